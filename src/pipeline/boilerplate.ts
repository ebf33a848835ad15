/**
 * Step 4: label each line as article text or page furniture, from the line's own features.
 * Rules run in a fixed order; the first that fits labels the line and is recorded.
 */
import { type LearnedBoilerplate, isLearnedBoilerplate } from '../archive/learned-boilerplate.ts';
import lists from '../heuristics/boilerplate.json' with { type: 'json' };
import { type Line, endsLikeSentence, fold, words } from './lines.ts';

export interface LineLabel {
  /** Null when the line looks like article text. */
  rule: string | null;
}

const widgets = new Set(lists.widgets);
const leadIns = lists.leadIns;
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const creditWords = lists.creditWords.map(escapeRegExp).join('|');
// "(Image: GETTY )", "[File: Reuters]", "(Symbolbild)", "... | © Getty Images" at the end of a line.
const CREDIT_BRACKET = new RegExp(`[([](?:${creditWords})\\b[^)\\]]{0,80}[)\\]]\\.?$|\\|\\s*©[^|]{1,80}$`, 'iu');
// "Credit: NASA" closing a short line (a caption under a picture).
// A full stop inside a name or domain ("Shutterstock.com", "dpa/A. Weigel") is no sentence end.
const CREDIT_COLON = new RegExp(`(?:^|\\s)(?:${creditWords}):\\s*(?:[^.!?:]|\\.(?=\\S)){1,60}$`, 'iu');
// "Puerto de Montevideo. Foto: Archivo El País.": a credit after the caption's sentence may end in a full stop.
const CREDIT_AFTER_SENTENCE = new RegExp(`[.!?]\\s+(?:${creditWords}):\\s*(?:[^.!?:]|\\.(?=\\S)){1,60}\\.$`, 'iu');
// "Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO", "(REUTERS/Denis Balibouse)": a copyright or an agency and a photographer closing the line.
// "Abbildung: Farblich codierte Schneehöhendarstellung ...": a caption led by a credit word.
const CREDIT_LEAD = new RegExp(`^(?:${creditWords}):\\s`, 'iu');
const COPYRIGHT_TAIL = /\s©\s?[^.!?©]{1,60}$/u;
const AGENCY_BRACKET = new RegExp(`[([]\\s*(?:${lists.agencies.map(escapeRegExp).join('|')})\\s*/[^)\\]]{1,60}[)\\]]\\.?$`, 'iu');
const CREDIT_TAIL = new RegExp(`(?:${lists.creditTails.map(escapeRegExp).join('|')})\\s*\\)?$`, 'iu');
const CALLS_TO_ACTION = lists.callsToAction;
// "Jane Doe (left) and ...": a caption placing people in a picture.
const CAPTION_POSITION = new RegExp(`\\((?:${lists.captionPositions.map(escapeRegExp).join('|')})\\)`, 'iu');
// "Jason Cipriani/ZDNet", "Anna Moneymaker / The New York Times": a photographer and an outlet.
const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}.&'’ -]{1,40}$/u;
// "1 of 6", "3 von 12": a gallery counter.
const GALLERY_COUNT = /^\d+\s*(?:of|von|de|sur|z)\s*\d+$/iu;
/** A line opening with a dash, a bar or a bullet: a site-name line alone, a list item in a run. */
const BULLET = /^[-–|•]\s*\S/;
// "Abbildung 4: klassische Schwachschicht", "Fig. 2 - ...", "Table 1." open a numbered caption.
const FIGURE_CAPTION = new RegExp(`^(?:${lists.figureWords.map(escapeRegExp).join('|')})\\s*\\d+[a-z]?\\s*[.:–-]`, 'iu');

export { fold };

/** Dominant script of a text: 'latin', 'cyrillic', 'other'. */
export function script(text: string): string {
  // One counting pass per script (not a regex per character): linear and fast on a 1 MB line.
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const other = (text.match(/\p{L}/gu)?.length ?? 0) - latin - cyrillic;
  if (latin >= cyrillic && latin >= other) return 'latin';
  return cyrillic >= other ? 'cyrillic' : 'other';
}

/** True when some letters of the text are in the script ('latin', 'cyrillic', 'other'). */
function hasScript(text: string, name: string): boolean {
  if (name === 'latin') return /\p{Script=Latin}/u.test(text);
  if (name === 'cyrillic') return /\p{Script=Cyrillic}/u.test(text);
  return /[^\p{Script=Latin}\p{Script=Cyrillic}\P{L}]/u.test(text);
}

/** A line made of one token repeated many times: an icon font dump or a menu. */
function isRepetitive(text: string): boolean {
  const tokens = words(text.toLowerCase());
  if (tokens.length < 10) return false;
  // A long run of words without any punctuation is a menu or an icon-font dump, not prose.
  if (tokens.length >= 20 && !/[.,;!?]/.test(text)) return true;
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  // A loop, not Math.max(...values): spreading 100,000+ distinct words overflows the stack.
  let top = 0;
  for (const n of counts.values()) if (n > top) top = n;
  return top / tokens.length >= 0.3 && !/[.!?]\s/.test(text);
}

/** Labels each line; `siteNames` are publisher names seen on site-name lines (for captions). */
export function labelBoilerplate(lines: readonly Line[], siteNames: readonly string[] = [], learned?: LearnedBoilerplate): LineLabel[] {
  const docScript = script(lines.map((l) => l.text).join(' '));
  const suffixes = siteNames.map((n) => fold(n)).filter(Boolean);
  const rules = lines.map((line) => (isLearnedBoilerplate(learned, line.text) ? 'learned' : ruleFor(line.text, docScript, suffixes)));
  // A run of lines that open with a dash or a bullet is a list, not a site-name line: its items stay.
  const bulleted = lines.map((l) => BULLET.test(l.text));
  return rules.map((rule, i) => ({ rule: rule === 'site-name' && (bulleted[i - 1] || bulleted[i + 1]) ? null : rule }));
}

function ruleFor(text: string, docScript: string, siteSuffixes: readonly string[]): string | null {
  const folded = fold(text);
  // 1. Nothing but digits and punctuation: counters, page numbers, share counts.
  if (!/\p{L}/u.test(text)) return 'no-letters';
  // 2. Known widget labels (Subscribe, Share, Leave a Reply ...), matched as the whole line.
  if (widgets.has(folded)) return 'widget';
  // 3. Lead-ins to links, credits and captions ("READ MORE:", "Also on rt.com", "© AP Photo").
  const lower = text.toLowerCase();
  if (leadIns.some((p) => lower.startsWith(p))) return 'lead-in';
  // 4. A line ending in " - <site name>" is a caption or a link card of the site.
  if (siteSuffixes.some((s) => folded.endsWith(` ${s}`) && /\s[-–|]\s*[^-–|]+$/.test(text))) return 'site-caption';
  // 5. A caption or photo credit: a credit in brackets, after a colon, or a picture agency at the end.
  // A credit after a colon closes captions of any length ("... mit Essen und Getränken. Foto: Galli/Malteser").
  const n = words(text).length;
  if (CREDIT_BRACKET.test(text) || (n <= lists.creditColonMaxWords && CREDIT_COLON.test(text)) || (n <= 30 && CREDIT_TAIL.test(text))) return 'caption-credit';
  // 5b. A numbered figure caption, a caption placing people in a picture, a photographer and an
  // outlet ('picture-caption': unlike a credit above the text, these do not anchor the headline),
  // a gallery counter.
  if (FIGURE_CAPTION.test(text) || (words(text).length <= 40 && CAPTION_POSITION.test(text)) || NAME_SLASH_OUTLET.test(text)) return 'picture-caption';
  // 5c. A caption led by a credit word, or closed by a credit after its sentence, a copyright sign
  // or an agency in brackets.
  if (n <= lists.creditColonMaxWords && (CREDIT_LEAD.test(text) || CREDIT_AFTER_SENTENCE.test(text) || COPYRIGHT_TAIL.test(text) || AGENCY_BRACKET.test(text))) return 'picture-caption';
  if (GALLERY_COUNT.test(text)) return 'widget';
  // 6. A call to subscribe, sign up or accept terms, however it is worded.
  if (words(text).length <= lists.callToActionMaxWords && CALLS_TO_ACTION.some((p) => lower.includes(p))) return 'call-to-action';
  // 7. Icon-font dumps and menus repeat a token many times.
  if (isRepetitive(text)) return 'repetitive';
  // 8. A line in another script than the page (a translated headline, a widget label).
  // On a page in another script than Latin, a line that mixes in the page's script ("Kindle for
  // PCの起動ホットキー") is in the page's language: brand and product names are written in Latin.
  if ((docScript !== 'latin' || /[^\p{Script=Latin}\P{L}]/u.test(text)) && script(text) !== docScript && !(docScript !== 'latin' && hasScript(text, docScript)) && words(text).length <= 12) return 'other-script';
  // 9. A lone site-name line ("- Sputnik International").
  if (BULLET.test(text) && !endsLikeSentence(text) && words(text).length <= 6) return 'site-name';
  return null;
}
