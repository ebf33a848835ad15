/**
 * Shared setup of the browser-checked suite: builds the seed site with the CLI into a temp folder
 * under a base path, serves it on 127.0.0.1 with a strict Content-Security-Policy, and starts
 * Debian's chromium through playwright-core (never a downloaded browser).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE = '/archive/';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** In CI a missing browser is a failure, not a skip. */
export const SKIP_BROWSER = !HAVE_CHROMIUM && !process.env.CI;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The policy the site must run under: no inline script or style anywhere. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface Site {
  out: string;
  origin: string;
  /** Absolute URL of the site root, e.g. http://127.0.0.1:1234/archive/. */
  root: string;
  close: () => Promise<void>;
}

/** Serves `out` under BASE (directories serve index.html, anything else is 404 with 404.html) on a random port. */
export function serve(out: string): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = async (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      res.end(req.method === 'HEAD' ? undefined : await fs.readFile(file));
    };
    const notFound = () => send(404, path.join(out, '404.html'));
    if (!url.pathname.startsWith(BASE)) return notFound();
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(BASE.length));
    } catch {
      return notFound();
    }
    let file = path.resolve(out, rel);
    if (file !== out && !file.startsWith(out + path.sep)) return notFound();
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!(await fs.stat(file).catch(() => undefined))?.isFile()) return notFound();
    return send(200, file);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Builds the seed articles with the CLI (base path + site URL) and serves the result. */
export async function buildAndServe(): Promise<Site> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-e2e-'));
  const server = await serve(out);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const root = `${origin}${BASE}`;
  await promisify(execFile)(process.execPath, [path.join(REPO, 'bin/news-archive.js'), 'build', '--articles', path.join(REPO, 'articles'), '--out', out, '--base-path', BASE, '--site-url', root], { cwd: REPO });
  return {
    out,
    origin,
    root,
    close: async () => {
      await new Promise((r) => server.close(r));
      await fs.rm(out, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir`, relative, '/' separated. */
export async function walk(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, r)));
    else out.push(r);
  }
  return out.sort();
}
