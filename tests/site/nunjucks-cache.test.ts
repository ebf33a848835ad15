import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cacheNunjucksTemplates } from '../../src/site/nunjucks-cache.ts';

// A private copy of the library object, so the patch does not leak into other tests' Eleventy.
const require = createRequire(import.meta.url);
const nunjucks = require('nunjucks') as { Template: new (...a: unknown[]) => { render(ctx: object): string }; Environment: new () => object };
const lib = { ...nunjucks };
cacheNunjucksTemplates(lib as never);

describe('cacheNunjucksTemplates', () => {
  const env = new nunjucks.Environment();

  it('returns the same compiled template for the same source, path and environment', () => {
    const a = new lib.Template('Hello {{ name }}', env, 'a.njk');
    const b = new lib.Template('Hello {{ name }}', env, 'a.njk');
    expect(b).toBe(a);
    expect(a).toBeInstanceOf(nunjucks.Template);
  });

  it('renders each page with its own data from the one template', () => {
    const t = () => new lib.Template('<p>{{ name }}</p>', env, 'p.njk');
    expect(t().render({ name: 'Ann' })).toBe('<p>Ann</p>');
    expect(t().render({ name: 'Bo' })).toBe('<p>Bo</p>');
  });

  it('keeps templates apart by source, path and environment', () => {
    const one = new lib.Template('x', env, 'a.njk');
    expect(new lib.Template('y', env, 'a.njk')).not.toBe(one);
    expect(new lib.Template('x', env, 'b.njk')).not.toBe(one);
    expect(new lib.Template('x', new nunjucks.Environment(), 'a.njk')).not.toBe(one);
  });

  it('patches once', () => {
    const patched = lib.Template;
    cacheNunjucksTemplates(lib as never);
    expect(lib.Template).toBe(patched);
  });
});
