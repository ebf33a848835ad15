// Bare-Eleventy baseline for `npm run bench`: one page per article from the same records, no
// analysis, no entity pages. Reads the records from BENCH_RECORDS (a data/articles.json).
import fs from 'node:fs';

export default function (eleventyConfig) {
  const records = JSON.parse(fs.readFileSync(process.env.BENCH_RECORDS, 'utf8'));
  eleventyConfig.addGlobalData('records', records);
  return { dir: { input: 'scripts/bench/bare', output: process.env.BENCH_OUT }, templateFormats: ['njk'] };
}
