/** analyseText that never throws: an internal error becomes a message naming the file. */
import { message } from '../messages.ts';
import { analyseText } from '../pipeline/analyse.ts';

export type AnalyseResult = ReturnType<typeof analyseText>;

/** Analyses one article; a bug in a step skips that article with a message instead of aborting the build. */
export function safeAnalyse(text: string, file: string): AnalyseResult {
  try {
    return analyseText(text, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { draft: undefined, messages: [message('analysis-failed', reason.slice(0, 200), file)] };
  }
}
