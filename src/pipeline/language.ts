/** Step 9: the language of the body, as a BCP 47 tag ('und' when the text is too short to tell). */
import { francAll } from 'franc-min';
import stopLists from '../heuristics/stopwords.json' with { type: 'json' };
import type { Step } from '../types.ts';

/** A detected language, with franc's codes from likeliest to least likely. */
export type LanguageGuess = Step<string> & { ranked: string[] };

/** ISO 639-3 (franc) -> BCP 47 for the languages franc-min knows best. */
const TO_BCP47: Record<string, string> = {
  eng: 'en', deu: 'de', spa: 'es', fra: 'fr', pol: 'pl', rus: 'ru', ita: 'it', por: 'pt', nld: 'nl',
  arb: 'ar', cmn: 'zh', jpn: 'ja', tur: 'tr', ukr: 'uk', swe: 'sv', ces: 'cs', ron: 'ro', hun: 'hu',
};

/** How many of the likeliest languages of the page the body's language is chosen from. */
const CANDIDATES = 8;

/**
 * Detects the language of a text. `page`: a detection over the whole page; the text (the body,
 * part of that page) is then compared with the page's likeliest languages only, not all 80.
 */
export function detectLanguage(text: string, page?: LanguageGuess): LanguageGuess {
  const sample = text.slice(0, 1500);
  const within = page?.ranked.length && page.ranked[0] !== 'und' ? page.ranked.slice(0, CANDIDATES) : undefined;
  const ranked = francAll(sample, { minLength: 40, ...(within ? { only: within } : {}) }).map(([c]) => c);
  const code = ranked[0] ?? 'und';
  const value = TO_BCP47[code] ?? (code === 'und' ? 'und' : code);
  return {
    value,
    ranked,
    provenance: { rule: 'trigram-detector', evidence: `franc: ${code} over ${sample.length} characters`, confidence: value === 'und' ? 0 : 0.8 },
    messages: [],
  };
}

const STOP_WORDS = new Map<string, ReadonlySet<string>>();
for (const [lang, list] of Object.entries(stopLists)) if (!lang.startsWith('_')) STOP_WORDS.set(lang, new Set(list as string[]));
const ALL_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS.values()].flatMap((s) => [...s]));

/** Stop words of a language (BCP 47); undefined when the data has no list for it. */
export function stopWordsFor(language: string): ReadonlySet<string> | undefined {
  return STOP_WORDS.get(language);
}

/** The union of every stop-word list: for short texts whose language cannot be told. */
export function anyStopWords(): ReadonlySet<string> {
  return ALL_STOP_WORDS;
}
