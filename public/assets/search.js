// The search page's only script: starts Pagefind UI under the site's base path.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof window.PagefindUI !== 'function') return;
  new window.PagefindUI({
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
