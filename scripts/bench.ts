/**
 * `npm run bench`: builds archives of N articles made from the Reuters corpus and prints, for a
 * cold build, a warm full build and rebuilds after adding, editing and deleting one article: wall
 * time, CPU time, peak RSS and pages written; then a bare-Eleventy baseline and our/bare ratios.
 *
 *   npm run bench                 # N = 1000, 5000, 19043
 *   npm run bench -- 1000         # chosen sizes
 *   npm run bench -- 1000 --verify  # also check each rebuild equals a cold build, byte for byte
 *
 * Needs ../shared/corpora (the Reuters corpus) and GNU time (/usr/bin/time, Debian package `time`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAKE = path.resolve(ROOT, '../shared/tools/make-archive.mjs');
const WORK = path.join(os.tmpdir(), 'news-archive-bench');
const args = process.argv.slice(2);
const verify = args.includes('--verify');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  /** Pages of the site, and pages rendered by this run (unchanged pages are not rendered again). */
  pages: number;
  rendered: number;
  /** The build's own "Time:" line (time per stage). */
  stages: string;
}

function timed(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): Run {
  const res = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', command, ...argv], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const out = `${res.stdout}\n${res.stderr}`;
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
  if (res.status !== 0 || !m) throw new Error(`command failed (${res.status}): ${command} ${argv.join(' ')}\n${out.slice(-2000)}`);
  const summary = /Pages: (\d+) \((\d+) rendered/.exec(out) ?? /Up to date: .*, (\d+) pages\)/.exec(out);
  const bare = /Wrote (\d+) files/.exec(out);
  const pages = Number(summary?.[1] ?? bare?.[1] ?? 0);
  const rendered = summary ? Number(summary[2] ?? 0) : Number(bare?.[1] ?? 0);
  const stages = /^Time: (.*)$/m.exec(out)?.[1] ?? '';
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, pages, rendered, stages };
}

function build(articles: string, out: string, cache: string): Run {
  return timed('node', [path.join(ROOT, 'bin/news-archive.js'), 'build', '--articles', articles, '--out', out, '--cache', cache]);
}

function sameTree(a: string, b: string): boolean {
  const res = spawnSync('diff', ['-rq', a, b], { encoding: 'utf8' });
  return res.status === 0;
}

function archive(n: number): string {
  const dir = path.join(WORK, `archive-${n}`);
  if (!fs.existsSync(dir)) execFileSync('node', [MAKE, String(n), dir, '--seed', '1'], { stdio: 'ignore' });
  return dir;
}

// A share of the cold build by wall time and by CPU time: on a shared machine the load changes
// between runs, and CPU time moves less with it than wall time does.
const row = (name: string, r: Run, ref?: Run) =>
  `${name.padEnd(22)} ${r.wall.toFixed(1).padStart(7)} s ${r.cpu.toFixed(1).padStart(7)} s ${r.rssMb.toFixed(0).padStart(6)} MB ${String(r.pages).padStart(7)} ${String(r.rendered).padStart(9)}${ref ? `   ${((100 * r.wall) / ref.wall).toFixed(0)}% of cold (CPU ${((100 * r.cpu) / ref.cpu).toFixed(0)}%)` : ''}${r.stages ? `\n${''.padEnd(23)}${r.stages}` : ''}`;

if (!fs.existsSync(MAKE)) {
  console.error(`bench: ${MAKE} not found; the benchmark needs ../shared beside the repository.`);
  process.exit(2);
}
if (!fs.existsSync('/usr/bin/time')) {
  console.error('bench: GNU time is needed (apt-get install time).');
  process.exit(2);
}
console.log(`news-archive bench on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const n of sizes.length ? sizes : [1000, 5000, 19043]) {
  const base = archive(n);
  const extra = archive(n + 1);
  const work = path.join(WORK, `run-${n}`);
  fs.rmSync(work, { recursive: true, force: true });
  const articles = path.join(work, 'articles');
  fs.cpSync(base, articles, { recursive: true });
  const out = path.join(work, 'site');
  const cache = path.join(work, 'cache');
  let files = fs.readdirSync(articles).sort();
  let added = fs.readdirSync(extra).find((f) => !files.includes(f));
  const held = path.join(work, 'held-out');
  if (!added) {
    // The whole corpus has no article left to add: hold one out of the cold build instead.
    added = files[files.length - 1]!;
    fs.mkdirSync(held, { recursive: true });
    fs.renameSync(path.join(articles, added), path.join(held, added));
    files = files.slice(0, -1);
  }
  const addedFrom = fs.existsSync(path.join(held, added)) ? held : extra;
  const victim = files[Math.floor(files.length / 2)]!;

  console.log(`\n${n} articles                wall        cpu   peak RSS   pages  rendered`);
  const cold = build(articles, out, cache);
  console.log(row('cold build', cold));
  const warm = build(articles, out, cache);
  console.log(row('warm full build', warm, cold));
  const check = (label: string) => {
    if (!verify) return;
    const ref = path.join(work, 'reference');
    fs.rmSync(ref, { recursive: true, force: true });
    build(articles, ref, path.join(work, 'ref-cache'));
    console.log(`  ${label}: output ${sameTree(out, ref) ? 'identical to' : 'DIFFERS from'} a cold build`);
  };
  if (added) {
    fs.copyFileSync(path.join(addedFrom, added), path.join(articles, added));
    console.log(row('add one article', build(articles, out, cache), cold));
    check('after add');
  }
  // An edit inside the story (not after its sign-off, where it would be boilerplate): its page,
  // its records and its search shard change.
  const lines = fs.readFileSync(path.join(articles, victim), 'utf8').split('\n');
  lines.splice(Math.ceil(lines.length / 2), 0, 'The company declined to comment further on the report, a spokesman said on Tuesday.');
  fs.writeFileSync(path.join(articles, victim), lines.join('\n'));
  console.log(row('edit one article', build(articles, out, cache), cold));
  check('after edit');
  fs.rmSync(path.join(articles, victim));
  console.log(row('delete one article', build(articles, out, cache), cold));
  check('after delete');

  const bareOut = path.join(work, 'bare');
  const bare = timed('node', [path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=scripts/bench/bare/eleventy.config.mjs', '--quiet'], {
    BENCH_RECORDS: path.join(out, 'data/articles.json'),
    BENCH_OUT: bareOut,
  });
  console.log(row('bare Eleventy', bare));
  console.log(`our cold / bare: ${(cold.wall / bare.wall).toFixed(2)}×   our warm full / bare: ${(warm.wall / bare.wall).toFixed(2)}×`);
}
