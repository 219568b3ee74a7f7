#!/usr/bin/env node
// Static file server for the built site (dist/ by default): what `npm start`
// and the browser tests use. No dependencies, so the ward's IT person can
// also serve dist/ with any web server; this one only mirrors that behaviour.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

async function fileFor(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
    } catch {}
  }
  return null;
}

/** Start serving `root` on `port` (0 picks a free one); resolves to the server. */
export function serve(root, port = 4321, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?')[0] ?? '/';
    let file = await fileFor(base, pathOnly);
    // Directory URLs without the trailing slash redirect, like most hosts do.
    if (file && file.endsWith('index.html') && !pathOnly.endsWith('/') && !pathOnly.endsWith('.html')) {
      res.writeHead(301, { location: pathOnly + '/' + (url.includes('?') ? url.slice(url.indexOf('?')) : '') });
      res.end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = await fileFor(base, '/404.html');
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404');
      return;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  serve(root, port, host).then(() => console.log(`Tin Phường: http://localhost:${port}/ (phục vụ ${root}/; Ctrl+C để dừng)`));
}
