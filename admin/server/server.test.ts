import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPaths } from './server.ts';
import { versionOf } from './conflict.ts';
import { formatDateTime } from '../../src/lib/dates.ts';

describe('what a decap-server request may commit', () => {
  it('is the entry, its new path and its photos when saving', () => {
    expect(
      requestPaths({
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ path: 'content/news/2024/a.md', newPath: 'content/news/2024/b.md' }],
          assets: [{ path: 'content/news/2024/anh/x.jpg' }],
          options: { useWorkflow: true },
        },
      }),
    ).toEqual({ paths: ['content/news/2024/a.md', 'content/news/2024/b.md', 'content/news/2024/anh/x.jpg'], workflowBase: 'main' });
  });

  it('has no workflow base when publishing directly', () => {
    expect(requestPaths({ action: 'persistEntry', params: { branch: 'main', entry: { path: 'content/categories/a.json' }, assets: [], options: {} } })).toEqual(
      {
        paths: ['content/categories/a.json'],
      },
    );
  });

  it('is the file itself for media and deletions, and nothing for reads', () => {
    expect(requestPaths({ action: 'persistMedia', params: { asset: { path: 'content/media/a.jpg' } } }).paths).toEqual(['content/media/a.jpg']);
    expect(requestPaths({ action: 'deleteFile', params: { path: 'content/media/a.jpg' } }).paths).toEqual(['content/media/a.jpg']);
    expect(requestPaths({ action: 'deleteFiles', params: { paths: ['a', 'b'] } }).paths).toEqual(['a', 'b']);
    expect(requestPaths({ action: 'entriesByFolder', params: {} }).paths).toEqual([]);
    expect(requestPaths(undefined).paths).toEqual([]);
  });
});

/**
 * The real server (node admin/server/server.ts) on a throwaway git repository,
 * asked over HTTP to touch what the CMS must never touch.
 */
describe('the running CMS server', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  // A whole 1×1 PNG: the server decodes photos as the build does.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  let repo = '';
  let port = 0;
  let server: ChildProcess | undefined;
  const ADMIN = 'http://127.0.0.1:45321';
  const gitConfig = () => readFileSync(join(repo, '.git/config'), 'utf8');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

  function call(
    body: unknown,
    headers: Record<string, string> = { origin: ADMIN },
    method = 'POST',
  ): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
    return new Promise((done, fail) => {
      const data = body === undefined ? '' : JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: '/api/v1',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => done({ status: res.statusCode!, headers: res.headers, text }));
        },
      );
      req.on('error', fail);
      req.end(data);
    });
  }

  const persistEntry = (path: string, raw = '---\ntitle: x\n---\n') => ({
    action: 'persistEntry',
    // base: null, a new entry (admin/server/conflict.ts).
    params: {
      branch: 'main',
      dataFiles: [{ slug: 'x', path, raw, base: null }],
      assets: [],
      options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
    },
  });
  const persistMedia = (path: string, content = PNG) => ({
    action: 'persistMedia',
    params: { branch: 'main', asset: { path, content: content.toString('base64'), encoding: 'base64' }, options: { commitMessage: 'x' } },
  });
  const evilConfig = Buffer.from('[core]\n\tfsmonitor = touch pwned\n');
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'tin-phuong-cms-guard-'));
    const files: Record<string, string> = {
      'content/news/2023/a.md': '---\ntitle: A\n---\nA\n',
      'content/media/README.txt': 'ảnh chung\n',
      'scripts/build.ts': 'console.log(1);\n',
      'src/pages/index.astro': '<p>Trang chủ</p>\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    // A committed symlink inside a collection folder, pointing into .git.
    symlinkSync('../../.git', join(repo, 'content/news/lien-ket'));
    // Security issue 21, item 6: an article that is a link to a script, a photo that is a link out of the repository.
    symlinkSync('../../../scripts/build.ts', join(repo, 'content/news/2023/x.md'));
    symlinkSync('/etc/passwd', join(repo, 'content/media/passwd.png'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Kiểm thử');
    git('config', 'user.email', 'kiem-thu@example.invalid');
    git('add', '-A');
    git('commit', '-qm', 'Nội dung ban đầu');
    // A draft, so the unpublishedEntry… reads reach a branch.
    git('branch', 'cms/news/2023/a');
    port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => done(port));
      });
    });
    server = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'admin/server/server.ts')], {
      cwd: repo,
      env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: repo, CMS_ADMIN_ORIGIN: ADMIN, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`the CMS server did not start:\n${output}`)), 30_000);
      const listen = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('nghe tại')) {
          clearTimeout(timer);
          done();
        }
      };
      server!.stdout!.on('data', listen);
      server!.stderr!.on('data', listen);
      server!.on('exit', (code) => fail(new Error(`the CMS server exited (${code}):\n${output}`)));
    });
  }, 60_000);

  afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('refuses to write .git/config through persistMedia', async () => {
    const before = gitConfig();
    const res = await call(persistMedia('.git/config', evilConfig));
    expect(gitConfig()).toBe(before);
    expect(res.status).toBe(403);
  });

  it('refuses to write .git/config through persistEntry', async () => {
    const before = gitConfig();
    const res = await call(persistEntry('.git/config', evilConfig.toString()));
    expect(gitConfig()).toBe(before);
    expect(res.status).toBe(403);
  });

  it('refuses to read .git/config through getEntry', async () => {
    const res = await call({ action: 'getEntry', params: { branch: 'main', path: '.git/config' } });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('[core]');
  });

  it('refuses .. traversal out of the content folders', async () => {
    const read = await call({ action: 'getEntry', params: { branch: 'main', path: 'content/news/../../.git/config' } });
    expect(read.status).toBe(403);
    expect(read.text).not.toContain('[core]');
    const write = await call(persistEntry('content/news/../../scripts/evil.md'));
    expect(write.status).toBe(403);
    expect(existsSync(join(repo, 'scripts/evil.md'))).toBe(false);
  });

  it('refuses a path through a symlink out of the content folders', async () => {
    const res = await call({ action: 'getEntry', params: { branch: 'main', path: 'content/news/lien-ket/config' } });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('[core]');
  });

  it('lists no entry or media file that is a committed symlink, and skips a link to /etc/passwd instead of failing the media library', async () => {
    const entries = await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: 'md', depth: 5 } });
    expect(entries.status).toBe(200);
    // Was: content/news/2023/x.md with the text of scripts/build.ts, which getEntry on the same path refuses.
    expect(JSON.parse(entries.text).map((e: { file: { path: string } }) => e.file.path)).toEqual(['content/news/2023/a.md']);
    expect(entries.text).not.toContain('console.log(1)');
    expect((await call({ action: 'getEntry', params: { branch: 'main', path: 'content/news/2023/x.md' } })).status).toBe(403);
    // Was: 500 for the whole library, every photo with it.
    const media = await call({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/media' } });
    expect(media.status, media.text).toBe(200);
    expect(JSON.parse(media.text).map((f: { path: string }) => f.path)).toEqual(['content/media/README.txt']);
    expect(media.text).not.toContain('root:');
    expect((await call({ action: 'getMediaFile', params: { branch: 'main', path: 'content/media/passwd.png' } })).status).toBe(403);
  });

  it('refuses paths in scripts/ and src/pages/', async () => {
    expect((await call(persistEntry('scripts/build.ts', 'process.exit(1)'))).status).toBe(403);
    expect(readFileSync(join(repo, 'scripts/build.ts'), 'utf8')).toBe('console.log(1);\n');
    expect((await call(persistMedia('src/pages/evil.astro'))).status).toBe(403);
    expect(existsSync(join(repo, 'src/pages/evil.astro'))).toBe(false);
    expect((await call({ action: 'deleteFile', params: { branch: 'main', path: 'src/pages/index.astro', options: { commitMessage: 'x' } } })).status).toBe(403);
    expect(existsSync(join(repo, 'src/pages/index.astro'))).toBe(true);
  });

  it.each([
    ['entriesByFolder of .git', 'entriesByFolder', { folder: '.git', extension: '', depth: 5 }],
    ['entriesByFiles with .git/config among the files', 'entriesByFiles', { files: [{ path: 'content/news/2023/a.md' }, { path: '.git/config' }] }],
    ['getMedia of .git', 'getMedia', { mediaFolder: '.git' }],
    ['getMediaFile of .git/config', 'getMediaFile', { path: '.git/config' }],
    ['deleteFiles with a file of scripts/', 'deleteFiles', { paths: ['content/news/2023/a.md', 'scripts/build.ts'], options: { commitMessage: 'x' } }],
    ['unpublishedEntryDataFile of .git/config', 'unpublishedEntryDataFile', { collection: 'news', slug: '2023/a', id: 'news/2023/a', path: '.git/config' }],
    ['unpublishedEntryMediaFile of .git/config', 'unpublishedEntryMediaFile', { collection: 'news', slug: '2023/a', id: 'news/2023/a', path: '.git/config' }],
    [
      'persistEntry with a photo in .git/hooks',
      'persistEntry',
      { ...persistEntry('content/news/2024/bai.md').params, assets: [{ path: '.git/hooks/pre-commit', content: PNG.toString('base64'), encoding: 'base64' }] },
    ],
    [
      'persistEntry moving the article to scripts/',
      'persistEntry',
      { ...persistEntry('content/news/2024/bai.md').params, dataFiles: [{ slug: 'x', path: 'content/news/2024/bai.md', newPath: 'scripts/bai.md', raw: 'x' }] },
    ],
    ['persistEntry of an .mdx file (Astro runs its code)', 'persistEntry', persistEntry('content/news/2024/chay-ma.mdx', 'export const x = 1').params],
    ['persistMedia of a script named .png', 'persistMedia', persistMedia('content/media/anh.png', Buffer.from('<script>alert(1)</script>')).params],
    // Security issue 21, item 6: the first bytes said JPEG, the rest was a web page.
    [
      'persistMedia of a JPEG header followed by HTML',
      'persistMedia',
      persistMedia(
        'content/media/anh.jpg',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), Buffer.from('<html><script>alert(1)</script></html>')]),
      ).params,
    ],
    [
      'persistEntry with a photo that is a JPEG header and HTML',
      'persistEntry',
      {
        ...persistEntry('content/news/2024/bai.md').params,
        assets: [
          {
            path: 'content/news/2024/anh/x.jpg',
            content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), Buffer.from('<html>x</html>')]).toString('base64'),
            encoding: 'base64',
          },
        ],
      },
    ],
    ['unpublishedEntry of a collection outside the CMS', 'unpublishedEntry', { collection: '../../x', slug: 'a' }],
    // Documents have their own library (content/van-ban/), and photos theirs.
    ['persistMedia of a PDF into a photo folder', 'persistMedia', persistMedia('content/news/2024/anh/qd.pdf', PDF).params],
    ["persistMedia of a photo into the documents' library", 'persistMedia', persistMedia('content/van-ban/anh.png').params],
    [
      'persistMedia of a web page named .pdf',
      'persistMedia',
      persistMedia('content/van-ban/qd.pdf', Buffer.from('<html><script>alert(1)</script></html>')).params,
    ],
    ['persistMedia of a PDF named .docx', 'persistMedia', persistMedia('content/van-ban/qd.docx', PDF).params],
    [
      'persistEntry with a document over 20 MB',
      'persistEntry',
      {
        ...persistEntry('content/news/2024/bai.md').params,
        assets: [{ path: 'content/van-ban/lon.pdf', content: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]).toString('base64'), encoding: 'base64' }],
      },
    ],
  ])('refuses %s', async (_name, action, params) => {
    const res = await call({ action, params: { branch: 'main', ...params } });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('[core]');
    expect(existsSync(join(repo, '.git/hooks/pre-commit'))).toBe(false);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('refuses a request whose Host is not its own (DNS rebinding)', async () => {
    const res = await call({ action: 'info' }, { host: `rebind.example:${port}` });
    expect([403, 421]).toContain(res.status);
    expect(res.text).not.toContain('local_git');
  });

  it('refuses a request from a foreign origin, and gives it no CORS headers', async () => {
    const res = await call({ action: 'getEntry', params: { branch: 'main', path: 'content/news/2023/a.md' } }, { origin: 'http://localhost:9999' });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('title: A');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await call(
      undefined,
      { origin: 'http://localhost:9999', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      'OPTIONS',
    );
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers the admin: lists, saves an article and a photo', async () => {
    const preflight = await call(
      undefined,
      { origin: ADMIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      'OPTIONS',
    );
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-origin']).toBe(ADMIN);

    const list = await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: 'md', depth: 5 } });
    expect(list.status).toBe(200);
    expect(list.headers['access-control-allow-origin']).toBe(ADMIN);
    expect(JSON.parse(list.text).map((e: { file: { path: string } }) => e.file.path)).toEqual(['content/news/2023/a.md']);

    const saved = await call(persistEntry('content/news/2024/x.md'), { origin: 'http://localhost:45321' });
    expect(saved.status).toBe(200);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/news/2024/x.md');
    const photo = await call(persistMedia('content/news/2024/anh/x.png'));
    expect(photo.status).toBe(200);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/news/2024/anh/x.png');
    // A document, into its own library: listed there, and committed.
    const document = await call(persistMedia('content/van-ban/qd-125-2024.pdf', PDF));
    expect(document.status, document.text).toBe(200);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/van-ban/qd-125-2024.pdf');
    const documents = await call({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/van-ban' } });
    expect(JSON.parse(documents.text).map((f: { path: string }) => f.path)).toEqual(['content/van-ban/qd-125-2024.pdf']);
    // Local tools send no Origin.
    expect((await call({ action: 'info' }, {})).status).toBe(200);
    // A direct save lands in the served folder as well, which stays clean.
    expect(readFileSync(join(repo, 'content/news/2024/anh/x.png'))).toEqual(PNG);
    expect(git('status', '--porcelain')).toBe('');
  }, 60_000);

  it('keeps drafts off the served folder, which never leaves main and gets the article on publish', async () => {
    const draft = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: '2024/nhap', path: 'content/news/2024/nhap.md', raw: '---\ntitle: Nháp\n---\n', base: null }],
        assets: [{ path: 'content/news/2024/anh/nhap.png', content: PNG.toString('base64'), encoding: 'base64' }],
        options: { commitMessage: 'Nháp', useWorkflow: true, status: 'draft', collectionName: 'news' },
      },
    };
    // What `astro dev` would see while the draft is saved and reopened: nothing at all.
    const seen: string[] = [];
    const watcher = watch(join(repo, 'content'), { recursive: true }, (_event, file) => {
      // The committed symlink into .git (above) reports git's own writes.
      if (!String(file).startsWith('news/lien-ket')) seen.push(String(file));
    });
    expect((await call(draft)).status).toBe(200);
    expect(git('branch', '--show-current').trim()).toBe('main');
    expect(git('show', '--name-only', '--format=', 'cms/news/2024/nhap').trim().split('\n').sort()).toEqual([
      'content/news/2024/anh/nhap.png',
      'content/news/2024/nhap.md',
    ]);
    expect(existsSync(join(repo, 'content/news/2024/nhap.md'))).toBe(false);
    expect(git('status', '--porcelain')).toBe('');

    const opened = await call({
      action: 'unpublishedEntryDataFile',
      params: { branch: 'main', collection: 'news', slug: '2024/nhap', path: 'content/news/2024/nhap.md', id: 'news/2024/nhap' },
    });
    expect(JSON.parse(opened.text).data).toContain('title: Nháp');
    expect(git('branch', '--show-current').trim()).toBe('main');
    await new Promise((done) => setTimeout(done, 200));
    watcher.close();
    expect(seen, seen.join(', ')).toEqual([]);

    expect((await call({ action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'news', slug: '2024/nhap' } })).status).toBe(200);
    expect(readFileSync(join(repo, 'content/news/2024/nhap.md'), 'utf8')).toContain('title: Nháp');
    expect(existsSync(join(repo, 'content/news/2024/anh/nhap.png'))).toBe(true);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('keeps answering after a page leaves with requests still waiting their turn', async () => {
    const list = { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: 'md', depth: 5 } };
    // Several at once, and most of them abandoned at once, as a page reload abandons its fetches.
    const abandoned = Array.from({ length: 6 }, () => {
      const data = JSON.stringify(list);
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), origin: ADMIN },
      });
      req.on('error', () => undefined);
      req.end(data);
      return req;
    });
    await new Promise((r) => setTimeout(r, 20));
    for (const req of abandoned.slice(1)) req.destroy();
    const answer = await Promise.race([call({ action: 'info' }), new Promise<'stalled'>((r) => setTimeout(() => r('stalled'), 4_000))]);
    expect(answer === 'stalled' ? answer : answer.status).toBe(200);
  });

  it('refuses a save made on an older version of the entry, published or draft, and keeps the newer one', async () => {
    const path = 'content/news/2023/a.md';
    const opened = JSON.parse((await call({ action: 'getEntry', params: { branch: 'main', path } })).text).data as string;
    const base = versionOf(opened);
    const save = (raw: string, useWorkflow: boolean, version: string | null | undefined = base) => ({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: '2023/a', path, raw, ...(version === undefined ? {} : { base: version }) }],
        assets: [],
        options: { commitMessage: 'x', useWorkflow, status: 'draft', collectionName: 'news' },
      },
    });
    const fromA = '---\ntitle: A\n---\nChị Lan sửa.\n';
    const fromB = '---\ntitle: A\n---\nAnh Minh sửa.\n';
    // Both opened the published article; A saves a direct change, then B (same version opened).
    expect((await call(save(fromA, false))).status).toBe(200);
    const refused = await call(save(fromB, false));
    expect(refused.status).toBe(409);
    const when = formatDateTime(new Date(git('log', '-1', '--format=%aI', '--', path).trim()));
    expect(JSON.parse(refused.text).error).toBe(
      `Bài này đã có người khác lưu lúc ${when} (người lưu: Kiểm thử), sau khi bạn mở bài. Bản của bạn chưa được lưu, để không xóa mất phần người kia đã sửa; nó vẫn còn nguyên trong khung soạn.`,
    );
    expect(git('show', `main:${path}`)).toBe(fromA);
    // B, having loaded A's version, saves fine.
    expect((await call(save(fromB, false, versionOf(fromA)))).status).toBe(200);
    expect(git('show', `main:${path}`)).toBe(fromB);

    // Editorial workflow: A's draft goes to cms/news/2023/a; B saves a draft from the published version.
    expect((await call(save(fromA, true, versionOf(fromB)))).status).toBe(200);
    expect(git('show', `cms/news/2023/a:${path}`)).toBe(fromA);
    expect((await call(save('---\ntitle: A\n---\nB lần nữa.\n', true, versionOf(fromB)))).status).toBe(409);
    expect(git('show', `cms/news/2023/a:${path}`)).toBe(fromA);
    // A saves its draft again (its own version): passes.
    const again = '---\ntitle: A\n---\nChị Lan sửa, lần hai.\n';
    expect((await call(save(again, true, versionOf(fromA)))).status).toBe(200);
    expect(git('show', `cms/news/2023/a:${path}`)).toBe(again);
    // A new entry may not replace an existing file, nor may a page that sends no version save at all.
    expect(JSON.parse((await call(save('x', false, null))).text).error).toMatch(/^Đã có một bài cùng tên/);
    expect((await call(save('x', false, undefined))).status).toBe(409);
    expect(git('show', `main:${path}`)).toBe(fromB);
    expect(git('status', '--porcelain')).toBe('');
  }, 60_000);

  it('works only on the branch it publishes to', async () => {
    git('branch', 'khac');
    const res = await call({ action: 'entriesByFolder', params: { branch: 'khac', folder: 'content/news', extension: 'md', depth: 5 } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error).toBe('Máy chủ CMS chỉ làm việc trên nhánh “main”.');
  });
});
