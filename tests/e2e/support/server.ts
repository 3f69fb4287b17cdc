/**
 * A static HTTP server on 127.0.0.1 for the e2e tests and benchmarks: /fixtures/* from
 * tests/fixtures, /corpus/* from ../shared/corpus/pages, and pages a test registers inline.
 * Every request is logged so tests can assert what the browser fetched.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS, FIXTURES } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  origin: string;
  /** The same server under another hostname (localhost), for per-site tests. */
  altOrigin: string;
  url(path: string): string;
  /** Serve `html` at `path` (e.g. "/t/shadow.html"). */
  page(path: string, html: string): string;
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const inline = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.headers.host ?? ''}${path}`);
    const body = inline.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(body);
      return;
    }
    const [base, rest] = path.startsWith('/corpus/') ? [CORPUS, path.slice(8)] : path.startsWith('/fixtures/') ? [FIXTURES, path.slice(10)] : [];
    const file = base && rest !== undefined ? normalize(join(base, rest)) : undefined;
    if (!file || !file.startsWith(base!)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    altOrigin: `http://localhost:${port}`,
    url: (p) => `${origin}${p}`,
    page(p, html) {
      inline.set(p, html);
      return `${origin}${p}`;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
