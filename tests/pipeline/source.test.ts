import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/pipeline/lines.ts';
import { canonicalSource, pickSource } from '../../src/pipeline/source.ts';

const find = (text: string, title?: string) => pickSource(toLines(text), title);

describe('pickSource', () => {
  it.each([
    ['site-name line', '- Sputnik International\nWorld\nHeadline', undefined, 'Sputnik International', 'site-name-line'],
    ['link card to the own domain', 'Headline\nText.\nAlso on rt.com Another story', undefined, 'RT', 'also-on-domain'],
    ['publisher tag in the headline', 'Russia in Libya (Al Jazeera)\nText.', 'Russia in Libya (Al Jazeera)', 'Al Jazeera', 'headline-tag'],
    ['bio naming the outlet', 'Headline\nText.\nJane Doe\nI cover global news for The Chief Observer.', undefined, 'The Chief Observer', 'bio-for-outlet'],
    ['bio with a role', 'Headline\nText.\nJane Doe is a senior reporter at The Daily Planet', undefined, 'The Daily Planet', 'bio-for-outlet'],
    ['known agency tag in capitals', 'OIL PRICES FALL (AFP)\nText.', 'OIL PRICES FALL (AFP)', 'AFP', 'headline-tag'],
    ['copyright line', 'Headline\nText.\n© 2021 Reuters. All rights reserved.', undefined, 'Reuters', 'copyright-line'],
    ['wire sign-off', 'Headline\nText of the wire story.\nMore text.\n Reuter', undefined, 'Reuters', 'sign-off'],
    ['agency tag as the last line', 'Headline\nText of the story.\n(AFP)', undefined, 'AFP', 'sign-off'],
    ['known e-mail domain in the footer', 'Headline\nText.\nLeserbriefe an leserbriefe@spiegel.de', undefined, 'Der Spiegel', 'known-domain'],
  ])('%s', (_name, text, title, name, rule) => {
    const step = find(text, title);
    expect(step.value).toBe(name);
    expect(step.provenance?.rule).toBe(rule);
  });

  it('gives no source when the text has no evidence, even if it quotes one', () => {
    expect(find('The U.S Military considers its presence\nAccording to Reuters, the plan is ready.').value).toBeUndefined();
  });

  it.each([
    ['a month', 'Retail prices rose 3.4 pct in the year to February, the ministry said.\nThe ministry published its money supply figures for February.'],
    ['a country', 'Exporters expect a smaller surplus.\nSouth Korea has a five billion dlr trade deficit with Japan.'],
    ['a company', 'The partnership called the response unproductive.\nIt had attempted to discuss the offer with Gencorp.'],
    ['a quoted analyst', 'Shares rose.\n"The stock is going to be strong," said Ronald Glantz, analyst at Montgomery Securities.'],
    ['reported speech', 'Talks ended.\nThe report was confirmed by a correspondent for The Daily Planet, officials said.'],
  ])('does not read a story sentence ending in %s as a bio naming the outlet', (_name, text) => {
    expect(find(`Headline\n${text}`).value).toBeUndefined();
  });

  it.each([
    ['a stock ticker in the headline', 'CHAVIN RAISES STAKE IN MYERS (MYR)\nText.', 'CHAVIN RAISES STAKE IN MYERS (MYR)'],
    ['a table row under a dash', '- Position of APR 6 - May 6765\nText.', undefined],
    ['a table caption between dashes', '-In 000s of bushels-\nText.', undefined],
    ['a known name inside the last line', 'Headline\nText.\nShares of Reuters rose 3 pct.', undefined],
    ['a known name alone far above the end', 'Headline\nReuters\nText.\nMore text.\nThe end of the story.\nA last line.', undefined],
  ])('names no publisher from %s', (_name, text, title) => {
    expect(find(text, title).value).toBeUndefined();
  });

  it('maps spellings and domains to one canonical name', () => {
    expect(canonicalSource('www.aljazeera.com')).toBe('Al Jazeera');
    expect(canonicalSource('Sputnik News')).toBe('Sputnik International');
    expect(canonicalSource('Lenas Küche')).toBe('Lenas Küche');
  });
});
