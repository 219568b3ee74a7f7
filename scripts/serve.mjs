#!/usr/bin/env node
// Static file server for the built site (dist/ by default): what `npm start`
// and the browser tests use. No dependencies, so the ward's IT person can
// also serve dist/ with any web server; this one only mirrors that behaviour,
// compression included (the build's .br/.gz copies as nginx's `gzip_static`,
// else gzip on the fly as nginx's `gzip on`), and must survive whatever it is sent:
// it may be left running.
import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

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
  // Documents of the ```van-ban block (/van-ban/), as nginx's mime.types sends them.
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

/** Text worth compressing; photos, fonts and Pagefind's chunks (gzipped already) are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** The path part of a request URL, decoded, or null when it cannot be decoded ("/%E0%A4%A"). */
export function requestPath(url) {
  try {
    return decodeURIComponent((url ?? '/').split('?')[0] || '/');
  } catch {
    return null;
  }
}

/**
 * The real path of `candidate` when it is a regular file inside `root` (a real
 * path), links followed; else null. A link in dist/ to /etc/passwd is not served.
 */
async function regularFileInside(root, candidate) {
  try {
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

async function fileFor(root, path) {
  const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, clean);
  if (full !== root && !full.startsWith(root + sep)) return null;
  for (const candidate of [full, join(full, 'index.html')]) {
    if (await regularFileInside(root, candidate)) return candidate;
  }
  return null;
}

/** The build's compressed copy of `file` the client accepts (src/build/precompressAssets.ts), if there is one. */
async function precompressed(root, file, accepted) {
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
    const real = await regularFileInside(root, file + suffix);
    if (real) return { encoding, path: real, size: (await stat(real)).size };
  }
  return null;
}

/** Pagefind's files named by their content (index, fragment and filter chunks, metadata): cached for good, as docs/deploy.md tells servers to. */
const IMMUTABLE = /[/\\]pagefind[/\\](?:.+[/\\])?(?:(?:index|fragment|filter)[/\\][^/\\]+|[^/\\]+\.pf_meta)$/;

async function send(req, res, root, file, status, extra) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (IMMUTABLE.test(file)) extra = { ...extra, 'cache-control': 'public, max-age=31536000, immutable' };
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const ready = COMPRESSIBLE.has(extname(file)) ? await precompressed(root, file, accepted) : null;
  const gzip = !ready && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(accepted);
  const encoding = ready?.encoding ?? (gzip ? 'gzip' : undefined);
  // A validator, so that a browser that has the file asks and gets 304 with no body: Pagefind's
  // runtime (pagefind.js, its worker, its wasm) keeps its name from build to build.
  const info = await stat(file);
  const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
  if (
    status === 200 &&
    String(req.headers['if-none-match'] ?? '')
      .split(/\s*,\s*/)
      .includes(etag)
  ) {
    res.writeHead(304, { ...extra, etag, vary: 'accept-encoding' });
    return void res.end();
  }
  res.writeHead(status, {
    ...extra,
    'content-type': type,
    vary: 'accept-encoding',
    ...(status === 200 ? { etag } : {}),
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...(ready ? { 'content-length': ready.size } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  // pipeline() closes the file when the reader goes away mid-download; .pipe() leaked one descriptor each time.
  await pipeline(createReadStream(ready?.path ?? file), ...(gzip ? [createGzip()] : []), res).catch(() => res.destroy());
}

/**
 * Start serving `root` on `port` (0 picks a free one); resolves to the server.
 * `headers(path)` adds headers to each file served (the tests send the
 * deployment's security headers with it).
 * @param {string} root
 * @param {number} [port]
 * @param {string} [host]
 * @param {(path: string) => Record<string, string>} [headers]
 * @param {{ idleMs?: number, maxConnections?: number }} [limits] a connection
 *   that moves no byte for `idleMs` is closed (a reader that stopped reading
 *   holds a file and a socket); past `maxConnections` new ones are refused.
 */
export function serve(root, port = 4321, host = '127.0.0.1', headers = () => ({}), limits = {}) {
  // The root's real path: a file is served only when its real path lies under it (regularFileInside).
  const base = realpathSync(resolve(root));
  const server = createServer(async (req, res) => {
    try {
      const url = req.url ?? '/';
      const path = requestPath(url);
      if (path === null) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('400');
      }
      let file = await fileFor(base, path);
      // Directory URLs without the trailing slash redirect, like most hosts do; always to a
      // path on this host ("//evil.example/x" would be another host, so slashes are collapsed).
      const pathOnly = url.split('?')[0] || '/';
      if (file && file.endsWith('index.html') && !pathOnly.endsWith('/') && !pathOnly.endsWith('.html')) {
        const local = '/' + pathOnly.replace(/^[/\\]+/, '');
        res.writeHead(301, { location: local + '/' + (url.includes('?') ? url.slice(url.indexOf('?')) : '') });
        return void res.end();
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = await fileFor(base, '/404.html');
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('404');
      }
      await send(req, res, base, file, status, headers(path));
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.destroy();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  // Stalled readers (520 of them exhausted 1,024 descriptors) are dropped, and their number is bounded.
  server.setTimeout(limits.idleMs ?? 30_000, (socket) => socket.destroy());
  server.maxConnections = limits.maxConnections ?? 512;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  // The headers docs/deploy.md tells production to send (CSP and the rest): a ward that runs `npm start` as its server has them too.
  const { securityHeaders } = await import('../src/lib/securityHeaders.ts');
  const limits = { idleMs: Number(process.env.SERVE_IDLE_MS ?? 30_000), maxConnections: Number(process.env.SERVE_MAX_CONNECTIONS ?? 512) };
  serve(root, port, host, securityHeaders, limits).then(
    (server) => {
      const bound = server.address().port;
      console.log(`Tin Phường: http://localhost:${bound}/ (phục vụ ${root}/; Ctrl+C để dừng)`);
    },
    (error) => {
      if (error?.code === 'EADDRINUSE') {
        console.error(
          `Cổng ${port} đang được một chương trình khác dùng. Dừng chương trình đó, hoặc chọn cổng khác, ví dụ:\n  PORT=8080 npm start\n(port ${port} is in use: set PORT to another one)`,
        );
      } else {
        console.error(`Không mở được máy chủ: ${error?.message ?? error}`);
      }
      process.exit(1);
    },
  );
}
