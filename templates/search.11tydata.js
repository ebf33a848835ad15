// Template data of the search page: the search settings (page size, filter list length, debounce,
// excerpt length) from src/heuristics/site.json, handed to assets/search.js as data attributes.
import settings from '../src/heuristics/site.json' with { type: 'json' };

export default { searchSettings: settings.search };
