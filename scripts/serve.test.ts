/**
 * scripts/serve.mjs as a ward's IT person may leave it running: it answers
 * bad URLs without dying, never redirects to another host, closes files of
 * aborted downloads, and compresses text like a production web server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { precompress } from '../src/build/precompressAssets.ts';

const ROOT = resolve(import.meta.dirname, '..');
let dir: string;
let server: ChildProcess;
let port: number;

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => done(p));
    });
  });

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Start a download of the big file and drop the connection after its first bytes. */
function abortedDownload(): Promise<void> {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path: '/big.bin' }, (res) => {
      res.once('data', () => {
        req.destroy();
        done();
      });
    });
    req.on('error', () => done());
    req.end();
  });
}

const openFiles = () => readdirSync(`/proc/${server.pid}/fd`).length;

beforeAll(async () => {
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  dir = mkdtempSync(resolve(ROOT, 'tmp/serve-'));
  mkdirSync(join(dir, 'tin-tuc'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>Trang chủ</title></html>');
  writeFileSync(join(dir, 'tin-tuc/index.html'), `<!doctype html><html lang="vi"><p>${'Tin tức phường. '.repeat(200)}</p></html>`);
  writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="vi"><p>Không tìm thấy trang</p></html>');
  writeFileSync(join(dir, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 7));
  // The admin's bundle as the build leaves it: with its brotli and gzip copies (src/build/precompressAssets.ts).
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro/admin.js'), `console.log(${JSON.stringify('Quản trị nội dung '.repeat(500))});`);
  await precompress(join(dir, '_astro'));
  // Links a careless copy can leave in dist/: out to the machine's files, and one within the site.
  symlinkSync('/etc/passwd', join(dir, 'leak.txt'));
  symlinkSync('/etc', join(dir, 'etc'));
  rmSync(join(dir, '_astro/admin.js.gz'));
  symlinkSync('/etc/hostname', join(dir, '_astro/admin.js.gz'));
  symlinkSync(join(dir, 'tin-tuc/index.html'), join(dir, 'ban-sao.html'));
  port = await freePort();
  // Short limits, so the test sees a stalled reader dropped and the connection cap hold.
  server = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'scripts/serve.mjs'), dir], {
    env: { ...process.env, PORT: String(port), SERVE_IDLE_MS: '1500', SERVE_MAX_CONNECTIONS: '40' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done) => server.stdout!.once('data', () => done()));
});

afterAll(() => {
  if (server?.pid && server.exitCode === null) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('the local web server', () => {
  it('answers a URL it cannot decode with 400, and keeps serving', async () => {
    for (const bad of ['/%E0%A4%A', '/%', '/tin-tuc/%C3']) expect((await get(bad)).status).toBe(400);
    expect((await get('/')).status).toBe(200);
    expect(server.exitCode).toBeNull();
  });

  it('serves only regular files inside its root: no link out of it is followed', async () => {
    for (const path of ['/leak.txt', '/etc/passwd', '/etc/hostname', '/etc/']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain('Không tìm thấy trang');
    }
    // A compressed copy that is a link out is ignored: the file itself is sent, gzipped on the fly.
    const gz = await get('/_astro/admin.js', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString()).toContain('Quản trị nội dung');
    // A link within the site is still served.
    expect((await get('/ban-sao.html')).body.toString()).toContain('Tin tức phường.');
  });

  it('sends the security headers production sends (docs/deploy.md)', async () => {
    const page = await get('/');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('drops readers that stopped reading, bounds its connections, and keeps serving', async () => {
    // Downloads of the big file that are never read: each holds a socket and a file.
    const stalled = Array.from({ length: 60 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write('GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      socket.pause();
      return socket;
    });
    await new Promise((r) => setTimeout(r, 300));
    // No more than the cap (40 here) are held open at once: a socket and a file each.
    expect(openFiles()).toBeLessThanOrEqual(40 * 2 + 30);
    // The server closes idle ones (idle limit 1.5 s here, 30 s by default): its descriptors come back down.
    const deadline = Date.now() + 10_000;
    while (openFiles() >= 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(openFiles()).toBeLessThan(30);
    expect((await get('/')).status).toBe(200);
    for (const s of stalled) s.destroy();
  });

  it('says in Vietnamese that the port is taken, and how to choose another', async () => {
    const second = spawnSync(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'scripts/serve.mjs'), dir], {
      env: { ...process.env, PORT: String(port) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Cổng ${port} đang được một chương trình khác dùng`);
    expect(second.stderr).toContain('PORT=8080 npm start');
    expect(second.stderr).not.toMatch(/at Server\.|node:net/);
  });

  it('answers a browser that has the file with 304 and no body, until the file changes', async () => {
    writeFileSync(join(dir, 'runtime.js'), 'export const version = 1;');
    const first = await get('/runtime.js');
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/runtime.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzipped copy has a validator of its own: a validator of the plain file does not answer for it.
    const gzipped = await get('/runtime.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gzipped.status).toBe(200);
    writeFileSync(join(dir, 'runtime.js'), 'export const version = 22;');
    const changed = await get('/runtime.js', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain('22');
    // A missing page is never "not modified".
    expect((await get('/khong-co/', { 'if-none-match': etag })).status).toBe(404);
  });

  it('never redirects to another host', async () => {
    const res = await get('//evil.example/%2e%2e/tin-tuc');
    expect(String(res.headers.location ?? '/')).not.toMatch(/^\/\/|^[a-z]+:/i);
    const plain = await get('/tin-tuc');
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('/tin-tuc/');
  });

  it('closes the file of every aborted download', async () => {
    await get('/');
    const baseline = openFiles();
    for (let i = 0; i < 60; i++) await abortedDownload();
    await new Promise((r) => setTimeout(r, 500));
    expect(openFiles()).toBeLessThanOrEqual(baseline + 2);
    expect((await get('/')).status).toBe(200);
  });

  it('compresses text as a production server does, and serves 404 with its page', async () => {
    const page = await get('/tin-tuc/', { 'accept-encoding': 'gzip, br' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.body.length).toBeLessThan(1000);
    expect((await get('/big.bin', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    // The build's own compressed copies, brotli first; the file itself for a client that takes neither.
    const script = readFileSync(join(dir, '_astro/admin.js'));
    const br = await get('/_astro/admin.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body)).toEqual(script);
    const gz = await get('/_astro/admin.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(script);
    const plainScript = await get('/_astro/admin.js');
    expect(plainScript.headers['content-encoding']).toBeUndefined();
    expect(plainScript.body).toEqual(script);
    expect(plainScript.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const missing = await get('/khong-co/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Không tìm thấy trang');
  });
});
