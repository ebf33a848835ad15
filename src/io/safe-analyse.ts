/** analyseText that never throws: an internal error becomes a message naming the file. */
import { learnedFrom } from '../archive/learned-boilerplate.ts';
import { message } from '../messages.ts';
import { analyseText } from '../pipeline/analyse.ts';

export type AnalyseResult = ReturnType<typeof analyseText>;

/** One article to analyse, with everything its analysis depends on besides the pipeline. */
export interface AnalyseItem {
  file: string;
  text: string;
  /** The archive-learned boilerplate lines found in this text (folded). */
  learned?: readonly string[];
  /** Detect entities (default true). */
  entities?: boolean;
}

/** Analyses one article; a bug in a step skips that article with a message instead of aborting the build. */
export function safeAnalyse({ text, file, learned = [], entities = true }: AnalyseItem): AnalyseResult {
  try {
    return analyseText(text, file, { learned: learnedFrom(learned), entities });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { draft: undefined, messages: [message('analysis-failed', reason.slice(0, 200), file)] };
  }
}
