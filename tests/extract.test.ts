import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.ts';

const story = 'Harbour Talks Resume\n\nBy Ann Writer\n\nOfficials met in the harbour town on Tuesday to discuss the water supply of its farms.\n';

describe('extract', () => {
  it('builds an article once when a copy differs only in surrounding blank space, and keeps distinct texts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-extract-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), story);
    fs.writeFileSync(path.join(dir, 'b.txt'), `\n\n${story}\n\n`);
    fs.writeFileSync(path.join(dir, 'c.txt'), story.replace('Tuesday', 'Friday'));
    const archive = await extract({ articles: dir, workers: 0, entities: false });
    expect(archive.articles.map((a) => a.file).sort()).toEqual(['a.txt', 'c.txt']);
    expect(archive.messages.filter((m) => m.id === 'duplicate-article').map((m) => m.file)).toEqual(['b.txt']);
  });
});
