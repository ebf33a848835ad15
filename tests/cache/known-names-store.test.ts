import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKnownScan, saveKnownScan } from '../../src/cache/known-names-store.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'known-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const scan = { entries: ['p\u0000Khalifa Haftar'], hits: { k1: [{ phrase: 'Khalifa Haftar', form: 'Khalifa Haftar' }], k2: [] } };

describe('the stored scan for known names', () => {
  it('reads back what was saved by the same code version, and nothing for another', async () => {
    await saveKnownScan(dir, 'v1', scan);
    expect(await readKnownScan(dir, 'v1')).toEqual(scan);
    expect(await readKnownScan(dir, 'v2')).toBeUndefined();
  });

  it.each([
    ['a broken file', '{"version":"v1","scan":'],
    ['a scan of another shape', '{"version":"v1","scan":{"entries":"x","hits":{}}}'],
  ])('reads nothing from %s', async (_, text) => {
    fs.writeFileSync(path.join(dir, 'known-names.json'), text);
    expect(await readKnownScan(dir, 'v1')).toBeUndefined();
  });
});
