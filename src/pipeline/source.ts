/**
 * Step 7: the publisher, from evidence in the text. Rules run in order of how directly the
 * evidence names the page's own publisher; a source merely quoted in the story never counts.
 */
import table from '../heuristics/sources.json' with { type: 'json' };
import type { Step } from '../types.ts';
import type { Line } from './lines.ts';

const domains: Record<string, string> = table.domains;
const BIO_CUES = new Set(table.bioCues.words);
const NOT_OUTLETS = new Set(table.notOutlets.words);
const NOT_BIO = new Set(table.notBio.words);
/** Every publisher the data file knows, lower-cased: what an all-capitals tag may be ('(AFP)', '(CNN)'). */
const KNOWN_PUBLISHERS = new Set([...Object.keys(table.names), ...Object.values(table.names), ...Object.values(table.domains)].map((n) => n.toLowerCase()));
/** A site name has no long number in it and does not end in a dash ('- Position of APR 6 - May 6765', '-In 000s of bushels-'). */
const SITE_NAME = /^[-–|•]\s*([\p{Lu}][\p{L}\p{N} .&'-]{1,40})$/u;
const plausibleSiteName = (name: string) => !/\d{3}/.test(name) && !/[-–]$/.test(name);
const FOR_OUTLET = /\b(?:for|at|with)\s+((?:The\s+)?\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,4})\.?$/u;
const names: Record<string, string> = table.names;

/** Canonical publisher name for a spelling or domain, else the text as written. */
export function canonicalSource(raw: string): string {
  const text = raw.trim().replace(/^www\./i, '');
  const lower = text.toLowerCase();
  return domains[lower] ?? names[lower] ?? text;
}

interface Rule {
  name: string;
  confidence: number;
  find: (lines: readonly Line[], title: string | undefined) => { value: string; evidence: string } | undefined;
}

// Labels bounded in length and number (as DNS bounds them): an unbounded `(?:label\.)+` backtracks
// quadratically on runs such as '1.1.1.1...'.
const DOMAIN = /\b((?:[a-z0-9-]{1,63}\.){1,4}(?:com|net|org|co\.uk|de|fr|es|pl|ru|news|info|io))\b/i;
const firstMatch = (lines: readonly Line[], re: RegExp, limit = lines.length) => {
  for (const line of lines.slice(0, limit)) {
    const m = re.exec(line.text);
    if (m?.[1]) return { value: m[1], evidence: line.text.slice(0, 200) };
  }
  return undefined;
};

const RULES: Rule[] = [
  // 1. A site-name line at the top of the page: "- Sputnik International".
  {
    name: 'site-name-line',
    confidence: 0.9,
    find: (lines) => {
      const hit = firstMatch(lines, SITE_NAME, 5);
      return hit && plausibleSiteName(hit.value) ? hit : undefined;
    },
  },
  // 2. A link card to the site's own pages: "Also on rt.com ...".
  { name: 'also-on-domain', confidence: 0.85, find: (lines) => firstMatch(lines, new RegExp(`^also on ${DOMAIN.source}`, 'i')) },
  // 3. The publisher in parentheses at the end of the headline: "... (Al Jazeera)". A tag in
  // capitals only counts when it is a publisher the data file knows ("(AFP)"): stock tickers
  // ("(DMP)") and wire codes ("(RPT)") are written the same way.
  {
    name: 'headline-tag',
    confidence: 0.75,
    find: (_lines, title) => {
      const m = title ? /\(([\p{Lu}][\p{L} .&'-]{1,30})\)\s*$/u.exec(title) : null;
      if (!m?.[1] || (!/\p{Ll}/u.test(m[1]) && !KNOWN_PUBLISHERS.has(m[1].toLowerCase()))) return undefined;
      return { value: m[1], evidence: title!.slice(0, 200) };
    },
  },
  // 4. An author bio naming the outlet: "I cover global news for The Chief Observer." Only a
  // line that reads as a bio (a reporter's role or work) counts: the story's own last sentences
  // end in "for February" and "a trade deficit with Japan" too.
  {
    name: 'bio-for-outlet',
    confidence: 0.75,
    find: (lines) => {
      for (const line of lines.slice(-6)) {
        const m = FOR_OUTLET.exec(line.text);
        if (!m?.[1] || NOT_OUTLETS.has(m[1].toLowerCase())) continue;
        const words = line.text.toLowerCase().match(/\p{L}+/gu) ?? [];
        if (!words.some((w) => BIO_CUES.has(w)) || words.some((w) => NOT_BIO.has(w))) continue;
        return { value: m[1], evidence: line.text.slice(0, 200) };
      }
      return undefined;
    },
  },
  // 5. A copyright line: "© 2020 The Daily Planet".
  { name: 'copyright-line', confidence: 0.7, find: (lines) => firstMatch(lines.slice(-10), /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(\p{Lu}[\p{L}\p{N} .&'-]{2,40}?)\.?\s*(?:all rights reserved.*)?$/iu) },
  // 6. A known web or e-mail domain in the page's header or footer ("redaktion@spiegel.de").
  {
    name: 'known-domain',
    confidence: 0.6,
    find: (lines) => {
      for (const line of [...lines.slice(0, 5), ...lines.slice(-15)]) {
        for (const m of line.text.matchAll(new RegExp(DOMAIN.source, 'gi'))) {
          const domain = m[1]!.toLowerCase().replace(/^www\./, '');
          const known = Object.keys(domains).find((d) => domain === d || domain.endsWith(`.${d}`));
          if (known) return { value: known, evidence: line.text.slice(0, 200) };
        }
      }
      return undefined;
    },
  },
  // 7. A wire sign-off: one of the last lines is a publisher the data file knows, alone ("Reuter",
  // "(AFP)", "dpa"). Last, as a photo credit can stand alone at the end of a page too.
  {
    name: 'sign-off',
    confidence: 0.6,
    find: (lines) => {
      for (const line of lines.filter((l) => l.text.trim()).slice(-3)) {
        const name = line.text.trim().replace(/^[([–—-]+\s*|\s*[)\].–—-]+$/g, '');
        if (KNOWN_PUBLISHERS.has(name.toLowerCase())) return { value: name, evidence: line.text.slice(0, 200) };
      }
      return undefined;
    },
  },
];

/** Finds the publisher; undefined when the text gives no evidence. */
export function pickSource(lines: readonly Line[], title: string | undefined): Step<string | undefined> {
  for (const rule of RULES) {
    const hit = rule.find(lines, title);
    if (!hit) continue;
    return {
      value: canonicalSource(hit.value),
      provenance: { rule: rule.name, evidence: hit.evidence, confidence: rule.confidence },
      messages: [],
    };
  }
  return { value: undefined, messages: [] };
}
