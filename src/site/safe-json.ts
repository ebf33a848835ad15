/**
 * Output helpers for text from articles that lands outside HTML text nodes: JSON inside a
 * `<script>` element, XML feeds, and link addresses. Templates escape everything else.
 */

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside `<script type="application/ld+json">` (or any script element):
 * `<`, `>`, `&`, U+2028 and U+2029 are written as \u escapes, so `</script>` or `<!--` in an
 * article cannot end the element, and the result is still valid JSON and JavaScript.
 */
export function jsonForScript(value: unknown, space?: number): string {
  const json = JSON.stringify(value ?? null, null, space) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
}

/**
 * Text with every character XML 1.0 forbids removed (C0 controls other than tab, LF and CR;
 * U+FFFE, U+FFFF; lone surrogates). Escape the result as usual (`&`, `<`) when writing it.
 */
export function xmlSafe(text: unknown): string {
  return String(text ?? '').replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/** Text escaped for XML element content and attribute values, invalid characters removed. */
export function xmlEscape(text: unknown): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The address when it is an absolute http(s) URL, else '' (no `javascript:`, `data:` ...). */
export function safeUrl(value: unknown): string {
  const text = String(value ?? '').trim();
  if (!/^https?:\/\//i.test(text) || /[\s\u0000-\u001f\u007f]/.test(text)) return '';
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
