// The search page's only script: starts Pagefind UI under the site's base path.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof window.PagefindUI !== 'function') return;
  // A large archive's index comes in shards (see src/site/search-shards.ts), merged here.
  const merge = (el.dataset.merge || '').split(' ').filter(Boolean);
  new window.PagefindUI({
    ...(merge.length ? { mergeIndex: merge.map((bundlePath) => ({ bundlePath })) } : {}),
    element: '#search',
    bundlePath: el.dataset.bundle,
    baseUrl: el.dataset.base,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
  });
  // Pagefind's input has only a placeholder; give it an accessible name.
  const input = el.querySelector('input[type="text"], input[type="search"], input');
  if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', 'Search the articles');
});
