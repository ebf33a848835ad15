/** The --site-url option: an absolute http(s) URL ending in '/', or undefined. */

/** Normalises a site URL; throws with the fix when it cannot be one. */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--site-url "${value}" is not an absolute URL; give the address the site is published at, e.g. https://example.org/archive/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--site-url "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`--site-url "${value}" must not have a query or fragment; give only the folder the site lives in`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
