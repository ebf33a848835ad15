import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleUrn, atomFeed, jsonFeed, rfc3339 } from '../../src/site/feeds.ts';
import { robotsTxt, sitemapXml } from '../../src/site/sitemap.ts';
import { stripInvalidXml, xmlEscape } from '../../src/site/xml.ts';
import { article } from './records.ts';

const nasty = article('nasty', { title: 'Bell\u0007 <b>&amp; "quotes"\u0000 \uFFFE end', date: '2021-02-03', body: ['Text with \u001b escape'] });
const undated = article('undated');
const options = { title: 'Archive & Co', basePath: '/archive/', size: 50 };

describe('xml safety', () => {
  it.each([
    ['a\u0000b\u0008c', 'abc'],
    ['tab\tnl\ncr\r', 'tab\tnl\ncr\r'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair \uD83D\uDE00 ok', 'pair \uD83D\uDE00 ok'],
  ])('stripInvalidXml(%j)', (input, expected) => {
    expect(stripInvalidXml(input)).toBe(expected);
  });
  it('escapes markup characters', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('atomFeed', () => {
  it('is valid XML even with control characters in titles, and lists only dated articles', () => {
    const xml = atomFeed([nasty, undated], options);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFE]/);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
  it('without a site URL: urn:uuid ids and links from the base path', () => {
    const xml = atomFeed([nasty], options);
    expect(xml).toContain(`<id>${articleUrn('nasty')}</id>`);
    expect(articleUrn('nasty')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(xml).toContain('href="/articles/nasty/"');
  });
  it('with a site URL: absolute ids and links', () => {
    const xml = atomFeed([{ ...nasty, url: '/archive/articles/nasty/' }], { ...options, siteUrl: 'https://example.org/archive/' });
    expect(xml).toContain('<id>https://example.org/archive/articles/nasty/</id>');
    expect(xml).toContain('href="https://example.org/archive/feed.xml"');
  });
});

describe('jsonFeed', () => {
  it('parses as JSON Feed 1.1 without control characters', () => {
    const feed = JSON.parse(jsonFeed([nasty, undated], options));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].title).not.toMatch(/[\u0000-\u0008]/);
    expect(feed.items[0].date_published).toBe('2021-02-03T00:00:00Z');
    expect(feed.home_page_url).toBeUndefined();
  });
  it('omits date_published for an estimated date', () => {
    const est = article('e', { date: { date: '2021-02-03', estimated: true } });
    expect(JSON.parse(jsonFeed([est], options)).items[0].date_published).toBeUndefined();
  });
});

describe('rfc3339', () => {
  it.each([
    [{ date: '2020-02-23', precision: 'day', estimated: false, time: '05:06' }, '2020-02-23T05:06:00Z'],
    [{ date: '2020-02-23', precision: 'day', estimated: false, time: '05:06', timezone: '+02:00' }, '2020-02-23T05:06:00+02:00'],
    [{ date: '2020-02', precision: 'month', estimated: false }, '2020-02-01T00:00:00Z'],
    [{ date: '2020', precision: 'year', estimated: false, timezone: 'EST' }, '2020-01-01T00:00:00Z'],
  ] as const)('%j', (p, expected) => {
    expect(rfc3339(p)).toBe(expected);
  });
});

describe('sitemap and robots', () => {
  it('writes absolute, escaped locations', () => {
    const xml = sitemapXml(['', 'a&b/'], 'https://example.org/x/');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://example.org/x/a&amp;b/</loc>');
  });
  it('names the sitemap only when there is one', () => {
    expect(robotsTxt()).not.toContain('Sitemap');
    expect(robotsTxt('https://example.org/x/')).toContain('Sitemap: https://example.org/x/sitemap.xml');
  });
});
