import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('pipeline version inputs', () => {
  it('cover every module the per-article analysis imports', async () => {
    // Walk the import graph from the analysis entry point (modules and data files); each must be hashed.
    const source = fs.readFileSync(path.resolve('src/cache/pipeline-version.ts'), 'utf8');
    const excluded = [...source.matchAll(/'(src\/[^']+)'/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from '(\.{1,2}\/[^']+\.(?:ts|json))'/g)) visit(path.resolve(path.dirname(file), m[1]!));
    };
    visit(path.resolve('src/io/safe-analyse.ts'));
    const modules = [...seen].map((f) => path.relative(process.cwd(), f));
    expect(modules.filter((m) => excluded.some((e) => m.startsWith(e)))).toEqual([]);
    expect(modules.length).toBeGreaterThan(10);
  });
});
