/** sitemap.xml (needs absolute URLs, so only with a site URL) and robots.txt. */
import { xmlEscape } from './xml.ts';

/** The sitemap of the given page paths (relative to the site root, e.g. 'articles/x/'). */
export function sitemapXml(pages: readonly string[], siteUrl: string): string {
  const urls = pages.map((p) => `  <url><loc>${xmlEscape(siteUrl + p)}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** robots.txt: everything may be crawled; names the sitemap when it exists. */
export function robotsTxt(siteUrl?: string): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl}sitemap.xml\n` : ''}`;
}

