/**
 * A plain static file server for the built handbook (node:http, no dependencies): the
 * preview command and the browser tests serve dist/site with it on 127.0.0.1, under
 * the base path the site was built for, the way any intranet web server would: files as
 * they are, a directory's index.html, a redirect for a directory without its slash, the
 * site's 404.html for anything else. It counts the bytes it sends, for the benchmark.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** How long a stopping server lets the responses under way finish. */
const CLOSE_GRACE_MS = 1000;

interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + base: the site's home page. */
  url: string;
  /** Every request answered so far (clear it with requests.length = 0). */
  requests: ServedRequest[];
  /** Stops listening; lets the responses under way finish for a moment, then cuts what is left. */
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** "/" or "/handbook/" */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = options.base ?? '/';
  const requests: ServedRequest[] = [];

  const fileFor = async (urlPath: string): Promise<{ file?: string; redirect?: string }> => {
    if (!urlPath.startsWith(base)) return {};
    const rel = urlPath.slice(base.length);
    const file = path.resolve(root, rel);
    // Never outside the root, never a dotfile (build notes stay private).
    if (!file.startsWith(root) || rel.split('/').some((part) => part.startsWith('.'))) return {};
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return { file };
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      const index = path.join(file, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
    }
    return {};
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        urlPath = '';
      }
      const record = (status: number, bytes: number) => requests.push({ path: url.pathname, status, bytes });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return record(405, 0);
      }
      const found = await fileFor(urlPath);
      if (found.redirect) {
        res.writeHead(301, { location: found.redirect + url.search }).end();
        return record(301, 0);
      }
      let status = 200;
      let file = found.file;
      if (!file) {
        status = 404;
        const notFound = path.join(root, '404.html');
        file = (await stat(notFound).catch(() => undefined))?.isFile() ? notFound : undefined;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到');
        return record(404, 0);
      }
      const size = (await stat(file)).size;
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return record(status, 0);
      }
      createReadStream(file).pipe(res);
      record(status, size);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    requests,
    // Stopped means gone, soon: idle connections are closed at once and the responses under way
    // may finish, but a connection still open a moment later (a client that stopped reading)
    // is cut, or it would hold the close until Node's request timeout (minutes).
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
