/** The command line: argv -> options -> build()/extract(); prints the report; sets the exit code. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { extract } from './extract.ts';
import type { Progress } from './progress.ts';
import { buildSummary, failing, formatMessages } from './report.ts';

const USAGE = `news-archive: raw article texts in, a browsable static archive out.

Usage:
  news-archive build [--articles DIR] [--out DIR] [--base-path /prefix/] [--site-url URL] [--strict] [--verbose]
  news-archive serve [--articles DIR] [--out DIR] [--port 8080]
  news-archive extract [DIR] [--out records.jsonl] [--strict] [--verbose]
  news-archive check [DIR]

Options:
  --articles DIR     folder of article files (default: articles)
  --out PATH         output folder for build (default: _site); output file for extract (default: stdout)
  --base-path P      URL prefix the site is served under, e.g. /archive/ (default: /)
  --site-url URL     absolute address the site is published at, e.g. https://example.org/archive/
                     (canonical URLs, Open Graph, sitemap.xml, absolute feed links; default: none)
  --no-search        skip the Pagefind search index
  --title TEXT       site title (default: News Archive)
  --max-file-size N  largest article file read, in bytes (default: 5000000)
  --cache DIR        cache folder: analyses and what the last build rendered (default: .cache);
                     --no-cache analyses and renders everything again
  --workers N        worker threads for analysis (default: one per core, at most 4; 0: none)
  --progress         show progress even when not on a terminal (default: on a terminal, off in CI)
  --authority FILE   curated entities (default: data/entities.yml beside the articles folder, if present)
  --strict           warnings fail the command (exit code 1)
  --verbose          list every message with its file
  --help             this text`;

/** One terminal line per stage, rewritten in place as its count advances. */
function progressLine(event: Progress): void {
  const count = event.total !== undefined ? `: ${event.done ?? 0}/${event.total}` : '';
  process.stderr.write(`\r\x1b[K${event.stage}${count}${event.total !== undefined && event.done === event.total ? '\n' : ''}`);
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      'base-path': { type: 'string' },
      'site-url': { type: 'string' },
      'no-search': { type: 'boolean', default: false },
      title: { type: 'string' },
      port: { type: 'string' },
      'max-file-size': { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
      authority: { type: 'string' },
      strict: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command = 'build', dirArg] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const showProgress = values.progress ?? (Boolean(process.stderr.isTTY) && !process.env.CI);
  const common = {
    articles: values.articles ?? dirArg ?? 'articles',
    basePath: values['base-path'],
    ...(values['max-file-size'] ? { maxFileSize: Number(values['max-file-size']) } : {}),
    ...(values['no-cache'] ? {} : { cache: values.cache ?? '.cache' }),
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    ...(showProgress ? { onProgress: progressLine } : {}),
    ...(values.authority ? { authority: values.authority } : {}),
  };
  const report = (messages: Parameters<typeof formatMessages>[0]) => {
    for (const line of formatMessages(messages, values.verbose)) console.error(line);
    return failing(messages, values.strict) ? 1 : 0;
  };
  switch (command) {
    case 'build':
    case 'serve': {
      const serve = command === 'serve';
      const started = Date.now();
      const result = await build({ ...common, skipIfUnchanged: true, out: values.out, siteTitle: values.title, siteUrl: values['site-url'], noSearch: values['no-search'], serve, port: values.port ? Number(values.port) : undefined });
      if (showProgress) process.stderr.write('\r\x1b[K');
      const code = report(result.messages);
      if (!serve) {
        const c = result.counts;
        const lines = buildSummary({
          articles: c.articles,
          entities: c.entities,
          sources: c.sources,
          out: path.relative(process.cwd(), result.out) || '.',
          ...(c.analysed !== undefined ? { analysed: c.analysed } : {}),
          ...(c.cached !== undefined ? { cached: c.cached } : {}),
          ...(result.upToDate ? { upToDate: true } : {}),
          pagesWritten: result.pages.length,
          ...(result.render ? { render: result.render } : {}),
          searchPages: result.searchPages,
          ...(result.searchShards ? { searchShards: result.searchShards } : {}),
          timings: result.timings,
          totalMs: Date.now() - started,
        });
        for (const line of lines) console.error(line);
      }
      return code;
    }
    case 'extract': {
      const archive = await extract(common);
      const lines = archive.articles.map((a) => JSON.stringify(a)).join('\n');
      if (values.out) await fs.writeFile(values.out, lines ? `${lines}\n` : '');
      else if (lines) process.stdout.write(`${lines}\n`);
      return report(archive.messages);
    }
    case 'check': {
      const archive = await extract(common);
      for (const a of archive.articles) {
        const gaps: string[] = [];
        if (!a.published) gaps.push('undated');
        else if (a.published.estimated) gaps.push(`date estimated (${a.published.date})`);
        if (!a.source) gaps.push('no source');
        if (!a.author) gaps.push('no author');
        if ((a.provenance.title?.confidence ?? 0) < 0.5) gaps.push('low-confidence title');
        if (gaps.length) console.log(`${a.file}: ${gaps.join(', ')}`);
      }
      return report(archive.messages);
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
