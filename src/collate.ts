/**
 * `collate(a, b)` orders strings exactly as `a.localeCompare(b)` does (the same default locale
 * and options), many times faster when called hundreds of thousands of times in a sort.
 */
export const collate = new Intl.Collator().compare;
