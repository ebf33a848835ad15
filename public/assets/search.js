// The search page's only script: a small UI over Pagefind's JS API (pagefind/pagefind.js).
// What it downloads is what the reader needs, no more (budget: <= 300 KB per query on a
// 19,000-article archive; scripts/search-bytes.ts measures it the same way):
// - the runtime (pagefind.js, its worker, metadata and WebAssembly) once, when the page opens;
// - per query, only the index chunk of each word, after a pause in typing (no chunk per keystroke),
//   leaving out the very common words of a longer query (each has a large chunk of its own);
// - one fragment per result shown, pageSize at a time behind "More results";
// - the filter lists (one chunk per filter) only when the reader opens the filter panel.
// Settings come from data attributes (src/heuristics/site.json, search key). No inline styles.
(() => {
  const form = document.getElementById('search');
  if (!form) return;
  const $ = (sel) => form.querySelector(sel);
  const input = $('.search-input');
  const status = $('.search-status');
  const list = $('.search-results');
  const more = $('.search-more');
  const panel = $('.search-filters');
  const groups = $('.search-filter-groups');
  const panelStatus = $('.search-filters-status');
  const num = (v, d) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  const pageSize = num(form.dataset.pageSize, 10);
  const valuesShown = num(form.dataset.filterValues, 30);
  const debounceMs = num(form.dataset.debounce, 300);
  const stopWords = new Set((form.dataset.stopWords ?? '').split(/\s+/).filter(Boolean));
  // data-state tells tests and scripts/search-bytes.ts where the page is: loading, ready, typing,
  // searching, done (results shown), error.
  const state = (s) => {
    form.dataset.state = s;
  };
  state('loading');
  // Filters in the order the panel lists them; others the index may have follow.
  const ORDER = ['source', 'year', 'entity type', 'entity'];
  const LABEL = { source: 'Source', year: 'Year', 'entity type': 'Entity type', entity: 'Entity' };

  /** The selected values per filter: name -> Set of values. */
  const selected = new Map();
  let totals = null; // filter -> value -> count over the archive, once the panel has loaded them
  let counts = null; // the same over the current results
  let results = [];
  let shown = 0;
  let searchId = 0;
  let timer = 0;

  // The runtime is imported and initialised as the page opens, so a query only costs its chunks.
  const ready = import(`${form.dataset.bundle}pagefind.js`).then(async (pagefind) => {
    // Pagefind searches in a web worker (42 KB more to download once): ranking a word found in
    // most articles ("the", "said") takes the better part of a second and would freeze typing.
    await pagefind.options({ baseUrl: form.dataset.base, excerptLength: num(form.dataset.excerptWords, 30) });
    await pagefind.init();
    // A large archive's index comes in shards (src/site/search-shards.ts): one bundle each, merged.
    for (const bundlePath of (form.dataset.merge || '').split(' ').filter(Boolean)) {
      await pagefind.mergeIndex(bundlePath, { baseUrl: form.dataset.base });
    }
    if (form.dataset.state === 'loading') state('ready');
    return pagefind;
  });
  ready.catch(() => {
    state('error');
    status.textContent = 'Search could not start: the search index did not load.';
  });

  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Pagefind's excerpt is the article text with < and > escaped and the matches in <mark>; it is
  // rebuilt as DOM nodes so no article text is ever parsed as HTML.
  const excerpt = (html) => {
    const p = el('p', 'search-excerpt');
    let marked = false;
    for (const part of String(html).split(/(<\/?mark>)/)) {
      if (part === '<mark>') marked = true;
      else if (part === '</mark>') marked = false;
      else if (part) {
        const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        p.append(marked ? el('mark', '', text) : document.createTextNode(text));
      }
    }
    return p;
  };

  // A query of several words runs without its stop words ("the price of oil" -> "price oil"):
  // each of them would fetch a large index chunk and hardly changes which articles match. A
  // quoted phrase, a one-word query and a query of stop words only run as typed.
  const essential = (term) => {
    const words = term.split(/\s+/);
    const common = (w) => stopWords.has(w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (/^".+"$/.test(term) || words.length < 2 || words.every(common)) return { query: term, left: [] };
    return { query: words.filter((w) => !common(w)).join(' '), left: [...new Set(words.filter(common).map((w) => w.toLowerCase()))] };
  };

  const filtersOption = () => {
    const filters = {};
    for (const [name, values] of selected) if (values.size) filters[name] = { any: [...values] };
    return filters;
  };

  const hasFilters = () => [...selected.values()].some((v) => v.size);

  const describe = (term, n, left) => {
    const what = term ? `for “${term}”` : 'in the archive';
    const filtered = hasFilters() ? ' with the chosen filters' : '';
    const common = left.length ? ` Common words left out: ${left.join(', ')} (quote the query to keep them).` : '';
    return (n === 0 ? `No articles ${what}${filtered}.` : `${n} ${n === 1 ? 'article' : 'articles'} ${what}${filtered}.`) + common;
  };

  async function showMore(focusFirst) {
    const id = searchId;
    const slice = results.slice(shown, shown + pageSize);
    more.disabled = true;
    state('searching');
    const data = await Promise.all(slice.map((r) => r.data()));
    if (id !== searchId) return;
    let first = null;
    for (const d of data) {
      const li = el('li', 'search-result');
      const title = el('h2', 'search-result-title');
      const a = el('a', '', d.meta?.title || d.url);
      a.href = d.url;
      title.append(a);
      li.append(title);
      const facts = [...(d.filters?.source ?? []), ...(d.filters?.year ?? [])];
      if (facts.length) li.append(el('p', 'meta', facts.join(' · ')));
      li.append(excerpt(d.excerpt));
      list.append(li);
      first ??= a;
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
    more.disabled = false;
    state('done');
    if (focusFirst && first) first.focus();
  }

  async function run() {
    const id = ++searchId;
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term && !hasFilters()) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      counts = null;
      updateCounts();
      state('done');
      return;
    }
    status.textContent = 'Searching…';
    state('searching');
    const { query, left } = essential(term);
    let found;
    try {
      found = await (await ready).search(query || null, { filters: filtersOption() });
    } catch {
      state('error');
      status.textContent = 'The search failed: part of the search index did not load. Try again.';
      return;
    }
    if (id !== searchId || !found) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    status.textContent = describe(term, results.length, left);
    counts = found.filters && Object.keys(found.filters).length ? found.filters : null;
    updateCounts();
    await showMore(false);
  }

  const schedule = () => {
    state('typing');
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  // One fieldset per filter: checkboxes for the values; a long list shows its most frequent
  // values plus every selected one, and a box finds the others.
  function renderGroup(name, values, query) {
    const fs = el('fieldset', 'search-filter');
    fs.dataset.filter = name;
    fs.append(el('legend', 'search-filter-name', LABEL[name] ?? name));
    const box = el('div', 'search-filter-values');
    const chosen = selected.get(name) ?? new Set();
    let entries = Object.entries(values);
    entries.sort(name === 'year' ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const long = entries.length > valuesShown;
    if (long && query) entries = entries.filter(([v]) => v.toLowerCase().includes(query.toLowerCase()));
    const visible = entries.slice(0, valuesShown);
    for (const v of chosen) if (!visible.some(([w]) => w === v)) visible.push([v, values[v] ?? 0]);
    for (const [value, total] of visible) {
      const label = el('label', 'search-filter-value');
      const box1 = el('input');
      box1.type = 'checkbox';
      box1.value = value;
      box1.checked = chosen.has(value);
      box1.addEventListener('change', () => {
        const set = selected.get(name) ?? new Set();
        if (box1.checked) set.add(value);
        else set.delete(value);
        selected.set(name, set);
        run();
      });
      const count = el('span', 'meta search-filter-count', `(${total})`);
      count.dataset.value = value;
      label.append(box1, ` ${value} `, count);
      box.append(label);
    }
    if (long) {
      const find = el('input', 'search-filter-find');
      find.type = 'search';
      find.id = `search-filter-find-${name.replace(/\W+/g, '-')}`;
      find.value = query ?? '';
      find.autocomplete = 'off';
      const n = entries.length;
      const label = el('label', 'search-filter-find-label', `Find a value (${query ? `${n} ${n === 1 ? 'match' : 'matches'}` : `${Math.min(n, valuesShown)} of ${n} shown`})`);
      label.htmlFor = find.id;
      find.addEventListener('input', () => {
        const fresh = renderGroup(name, values, find.value);
        fs.replaceWith(fresh);
        updateCounts();
        const again = fresh.querySelector('.search-filter-find');
        again.focus();
        again.setSelectionRange(again.value.length, again.value.length);
      });
      fs.append(label, find);
    }
    fs.append(box);
    return fs;
  }

  function renderFilters() {
    const names = Object.keys(totals).sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
    groups.replaceChildren(...names.map((name) => renderGroup(name, totals[name], '')));
    updateCounts();
  }

  // Counts follow the current results; the lists themselves stay put so focus is not lost.
  function updateCounts() {
    for (const fs of groups.querySelectorAll('.search-filter')) {
      const name = fs.dataset.filter;
      for (const span of fs.querySelectorAll('.search-filter-count')) {
        const value = span.dataset.value;
        span.textContent = `(${counts ? (counts[name]?.[value] ?? 0) : (totals?.[name]?.[value] ?? 0)})`;
      }
    }
  }

  // The filter lists are one download per filter; fetch them when the reader first opens the panel.
  panel.addEventListener('toggle', async () => {
    if (!panel.open || totals) return;
    panelStatus.textContent = 'Loading the filters…';
    state('searching');
    try {
      totals = await (await ready).filters();
    } catch {
      state('error');
      panelStatus.textContent = 'The filters did not load. Close and open the panel to try again.';
      return;
    }
    panelStatus.textContent = '';
    renderFilters();
    if (input.value.trim() || hasFilters()) run();
    else state('done');
  });

  more.addEventListener('click', () => showMore(true));
  input.addEventListener('input', schedule);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });

  form.hidden = false;
  const q = new URL(location.href).searchParams.get('q');
  if (q) {
    input.value = q;
    run();
  }
})();
