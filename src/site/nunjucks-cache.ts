/**
 * Eleventy 3.1 compiles Nunjucks templates through `new nunjucks.Template(source, env, path)`
 * once per page (its own compile cache is off for Nunjucks since 3.1.0-alpha.1, in favour of
 * Nunjucks' loader cache, which only covers includes and layouts). On a site of thousands of
 * pages from one template that recompiles the same source thousands of times: a third of the
 * render time. This keeps one compiled Template per (environment, path, source) instead.
 * Rendering a compiled Template many times is what Nunjucks does for every cached include.
 */
const PATCHED = Symbol.for('news-archive.nunjucks-template-cache');

type TemplateClass = new (src: unknown, env?: object, path?: string, eagerCompile?: boolean) => object;

/** Makes `nunjucks.Template` reuse a compiled template for the same source, path and environment. */
export function cacheNunjucksTemplates(nunjucks: { Template: TemplateClass }): void {
  const Original = nunjucks.Template as TemplateClass & { [PATCHED]?: true };
  if (Original[PATCHED]) return;
  const byEnv = new WeakMap<object, Map<string, object>>();
  function CachedTemplate(src: unknown, env?: object, path?: string, eagerCompile?: boolean): object {
    if (typeof src !== 'string' || !env) return new Original(src, env, path, eagerCompile);
    let cache = byEnv.get(env);
    if (!cache) {
      cache = new Map();
      byEnv.set(env, cache);
    }
    const key = `${path ?? ''}\u0000${src}`;
    let template = cache.get(key);
    if (!template) {
      template = new Original(src, env, path, eagerCompile);
      cache.set(key, template);
    }
    return template;
  }
  CachedTemplate.prototype = Original.prototype;
  Object.setPrototypeOf(CachedTemplate, Original);
  (CachedTemplate as unknown as { [PATCHED]: true })[PATCHED] = true;
  nunjucks.Template = CachedTemplate as unknown as TemplateClass;
}
