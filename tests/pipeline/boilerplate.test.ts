import { describe, expect, it } from 'vitest';
import { labelBoilerplate } from '../../src/pipeline/boilerplate.ts';
import { toLines } from '../../src/pipeline/lines.ts';

const ruleOf = (text: string) => labelBoilerplate(toLines(text))[0]?.rule ?? null;

describe('labelBoilerplate: captions and photo credits', () => {
  it.each([
    // a credit in brackets closes a caption
    ['China has warned it will take control of the city (Image: GETTY )', 'caption-credit'],
    ['Roughly 13,000 troops remain in the country [File: Reuters]', 'caption-credit'],
    ['Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).', 'caption-credit'],
    ['Wer die Äste auf die Wege zieht, ist unklar (Symbolbild)', 'caption-credit'],
    // a credit after a colon at the end of a short line
    ['Small lunar landers are planned by the company. Credit: Tyvak', 'caption-credit'],
    // A credit closing a long caption (more than 30 words) still marks it.
    ['Katastrophenschutz: Engagierte ehrenamtliche Frauen und Männer helfen bei der Evakuierung, bei der medizinischen Versorgung verunglückter Menschen und kümmern sich in den Tagen danach um die Versorgung der Betroffenen, sowohl Einsatzkräfte als auch Betroffene mit Essen und Getränken. Foto: Galli/Malteser', 'caption-credit'],
    // a full stop inside a domain or an initial is no sentence end
    ['Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com', 'caption-credit'],
    ['Beitragsbild: Titelseite der Zeitung vom 2.4.2019', 'caption-credit'],
    // a picture agency at the end
    ['Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images', 'caption-credit'],
    ['The two managers pose for a photo at a private residence in June, Getty Images', 'caption-credit'],
    // a numbered figure or table caption
    ['Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.', 'picture-caption'],
    ['Fig. 2 - Growth of the market since 2010', 'picture-caption'],
    ['Table 1. Results by region', 'picture-caption'],
    // a sentence that opens with such a word and a number is prose
    ['Figure 8 skaters train on the lake every winter morning before school starts.', null],
    // a caption that places people in the picture
    ['US professor Kevin King (left) and his Australian colleague Timothy Weeks', 'picture-caption'],
    ['Maria Tillessen (l.) und Alexandra Sackmann mit dem Künstler Gunter Demnig', 'picture-caption'],
    // a photographer and an outlet
    ['Jason Cipriani/ZDNet', 'picture-caption'],
    ['Anna Moneymaker / The New York Times', 'picture-caption'],
    // a caption led by a credit word, or closed by a credit after its sentence, a copyright sign or an agency
    ['Abbildung: Farblich codierte Schneehöhendarstellung auf Gipfelbuch.ch für das Mattertal', 'picture-caption'],
    ['Puerto de Montevideo. Foto: Archivo El País.', 'picture-caption'],
    ['Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO', 'picture-caption'],
    ['Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)', 'picture-caption'],
    // a sentence about a video, or one naming a copyright, is prose
    ['Instructional video: Here is a video showing how DXA works.', null],
    ['The logo, the company says, is protected by ©.', null],
    // a gallery counter
    ['1 of 6', 'widget'],
    // a menu pair with a slash is no credit
    ['Find/Post Jobs', null],
    // prose that merely mentions a photo stays
    ['The photo, taken in June, shows the two men at a private residence in California.', null],
  ])('%s', (text, expected) => {
    expect(ruleOf(text)).toBe(expected);
  });
});

describe('labelBoilerplate: calls to action', () => {
  it.each([
    ['Subscribe to WIRED and stay smart with more of your favorite Ideas writers.', 'call-to-action'],
    ['Enter your email address to subscribe to this blog and receive notifications of new posts by email.', 'call-to-action'],
    ['Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.', 'call-to-action'],
    ['Abonnez-vous à notre newsletter pour recevoir les dernières nouvelles.', 'call-to-action'],
    ['If you enjoyed reading this post – would you consider supporting our work? Just click here.', 'call-to-action'],
    // consent lines under a registration form, share prompts and offers written as sentences
    ['Mit der Registrierung akzeptieren Sie unsere Datenschutz- und Nutzungsbedingungen.', 'call-to-action'],
    ['Teile diesen Beitrag auf Social Media.', 'call-to-action'],
    ['Learn how to build fast images—read the rest of the packaging series.', 'call-to-action'],
    ['Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!', 'call-to-action'],
    // letters to the editor, cookie notices and licence notes under the text
    ['We want to hear what you think about this article. Submit a letter to the editor.', 'call-to-action'],
    ['Diese Website verwendet Cookies. Durch die weitere Nutzung erklären Sie sich damit einverstanden.', 'call-to-action'],
    ['All content is licensed under a Creative Commons Attribution 4.0 International License, unless stated otherwise.', 'call-to-action'],
    // lead-ins and widget labels in the five languages
    ['Le puede interesar: JEP abrirá tres nuevos macrocasos', 'lead-in'],
    ['Filed under bill clinton , warner bros.', 'lead-in'],
    ['Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin von Simon Dückert.', 'lead-in'],
    ['Mirá también', 'lead-in'],
    ['Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones', 'lead-in'],
    ['SEE MORE: Hong Kong protests: 800 students under siege in university', 'lead-in'],
    ['getaggt mit:Bedingungsloses GrundeinkommenBerlinDemonstration', 'lead-in'],
    ['Podziel się', 'widget'],
    ['Rezept drucken', 'widget'],
    // reporting that uses the same verbs stays
    ['The company continued to sign up additional subscribers throughout the day, the spokesman said.', null],
    ['Also, the council said the plan would be published in the spring.', null],
    // an article about the licences or about baking is not a notice
    ['Creative Commons licences let authors decide how others may reuse their work.', null],
    ['On rainy days my thoughts always drift toward cinnamon and cookies.', null],
  ])('%s', (text, expected) => {
    expect(ruleOf(text)).toBe(expected);
  });

  it('leaves a long paragraph that mentions a newsletter alone', () => {
    const long = `${'The council met on Monday and said it would publish the plan in its newsletter, '.repeat(4)}and residents welcomed it.`;
    expect(ruleOf(long)).toBeNull();
  });
});

describe('labelBoilerplate: lines in another script', () => {
  const ja = (line: string) => labelBoilerplate(toLines(`${'これは日本語の記事の本文です。'.repeat(4)}\n${line}`))[1]?.rule ?? null;
  it.each([
    // a Latin line alone on a Japanese page: a menu entry or a label
    ['Home News Contact', 'other-script'],
    // a Japanese line that names a product in Latin letters is in the page's language
    ['Kindle for PCの起動ホットキーがKeePassと被る', null],
    ['Ctrl＋Alt＋Kで', null],
  ])('%s', (line, expected) => {
    expect(ja(line)).toBe(expected);
  });
});

describe('labelBoilerplate: site-name lines and lists', () => {
  it.each([
    // a lone dash line near the top names the site
    ['lone site-name line', ['- Sputnik International', 'The council met on Monday to discuss the new road plan.'], ['site-name', null]],
    // a run of dash lines is a list: its items stay text
    ['dashed list', ['- two eggs', '- one cup of flour', '- a pinch of salt'], [null, null, null]],
  ])('%s', (_name, texts, expected) => {
    expect(labelBoilerplate(toLines(texts.join('\n'))).map((l) => l.rule)).toEqual(expected);
  });
});
