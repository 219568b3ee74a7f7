import { describe, expect, it } from 'vitest';
import { collections } from '../../src/schema/collections.ts';
import {
  adminOrigins,
  checkRequest,
  cmsScope,
  hostAllowed,
  mayList,
  mayNameDraft,
  mayRead,
  mayViewPhoto,
  mayWriteEntry,
  mayWriteMedia,
  originAllowed,
} from './guard.ts';

const scope = cmsScope();
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
const JPG = Buffer.from('ffd8ffe000104a464946', 'hex').toString('base64');

describe('the folders the CMS edits', () => {
  it('are those of the generated CMS configuration', () => {
    expect([...scope.collections.values()].flatMap((c) => c.folder ?? []).sort()).toEqual(
      Object.values(collections)
        .map((c) => c.folder)
        .sort(),
    );
    expect(scope.mediaFolders).toEqual(['content/media']);
    expect(scope.collections.get('news')).toEqual({ folder: 'content/news', extension: 'md', mediaFolder: 'anh' });
    expect(scope.collections.get('settings')).toEqual({ files: ['content/don-vi.json'], extension: 'json' });
  });

  it('cannot be bounded from templated or climbing media folders, so the server refuses to start', () => {
    expect(() => cmsScope({ collections: [{ name: 'x', folder: 'content/x', media_folder: '../../scripts' }] })).toThrow();
    expect(() => cmsScope({ collections: [{ name: 'x', folder: 'content/x', media_folder: '/{{media_folder}}/x' }] })).toThrow();
    expect(() => cmsScope({ collections: [{ name: 'x' }] })).toThrow();
    expect(() => cmsScope({ collections: [{ name: 'x', files: [{ name: 'y', file: '../.git/config' }] }] })).toThrow();
    expect(() => cmsScope({ collections: [{ name: 'x', files: [{ name: 'y', file: 'content/{{slug}}.json' }] }] })).toThrow();
  });
});

describe('paths', () => {
  it('are read inside collection and media folders only', () => {
    for (const ok of ['content/news/2015/a.md', 'content/news/2024/anh/x.jpg', 'content/media/y.png', 'content/wards/a.json'])
      expect(mayRead(ok, scope), ok).toBe(true);
    for (const bad of [
      '.git/config',
      'content/news/../../.git/config',
      'content/news/./a.md',
      'content/news/.gitattributes',
      'content/news/.GIT/config',
      '/etc/passwd',
      'content\\news\\a.md',
      'content/news/a.md\0.png',
      'content/news//a.md',
      'C:/x/content/news/a.md',
      'scripts/import.ts',
      'src/pages/index.astro',
      'content/news',
      'content/newsletter/a.md',
      'content/LICENSE-dvhcvn.txt',
      '',
      42,
      undefined,
    ]) {
      expect(mayRead(bad, scope), String(bad)).toBe(false);
    }
  });

  it("let the preview read a photo anywhere in the content folder (an imported article's ../../images/x.jpg), and nothing else there", () => {
    expect(scope.contentRoot).toBe('content');
    expect(mayViewPhoto('content/images/anh-xoay-gps.jpg', scope)).toBe(true);
    expect(mayViewPhoto('content/images/a.PNG', scope)).toBe(true);
    for (const bad of [
      'content/redirects.json',
      'content/images/a.svg',
      'content/../x.jpg',
      'content/.git/x.jpg',
      'public/x.jpg',
      'x.jpg',
      'content/images/x.jpg\0.md',
    ])
      expect(mayViewPhoto(bad, scope), bad).toBe(false);
    const read = (action: string, path: string) => checkRequest({ action, params: { branch: 'main', path } }, scope).refusal;
    expect(read('getMediaFile', 'content/images/anh-xoay-gps.jpg')).toBeNull();
    // Read only: not deleted, not read as an entry.
    expect(read('deleteFile', 'content/images/anh-xoay-gps.jpg')).toMatch(/Không được phép truy cập/);
    expect(read('getEntry', 'content/images/anh-xoay-gps.jpg')).toMatch(/Không được phép truy cập/);
    expect(read('getMediaFile', 'content/redirects.json')).toMatch(/Không được phép truy cập/);
    expect(
      cmsScope({
        collections: [
          { name: 'a', folder: 'x/a' },
          { name: 'b', folder: 'y/b' },
        ],
      }).contentRoot,
    ).toBe('');
  });

  it('are listed for a collection or media folder, or one inside', () => {
    expect(mayList('content/news', scope)).toBe(true);
    expect(mayList('content/news/2024/anh', scope)).toBe(true);
    expect(mayList('content/media/', scope)).toBe(true);
    expect(mayList('content', scope)).toBe(false);
    expect(mayList('.git', scope)).toBe(false);
  });

  it("reach a file collection's own file (Thông tin đơn vị), and nothing beside it", () => {
    expect(mayRead('content/don-vi.json', scope)).toBe(true);
    expect(mayWriteEntry('content/don-vi.json', scope)).toBe(true);
    for (const bad of ['content/don-vi.json/x', 'content/redirects.json', 'content/don-vi.md', 'content/x/../don-vi.json']) {
      expect(mayWriteEntry(bad, scope), bad).toBe(false);
    }
    expect(mayList('content', scope)).toBe(false);
    expect(mayNameDraft('settings', 'don-vi', scope)).toBe(true);
  });

  it('are written as entries only in their collection, with its extension', () => {
    expect(mayWriteEntry('content/news/2024/bai.md', scope)).toBe(true);
    expect(mayWriteEntry('content/categories/a.json', scope)).toBe(true);
    expect(mayWriteEntry('content/news/2024/bai.mdx', scope)).toBe(false);
    expect(mayWriteEntry('content/categories/a.md', scope)).toBe(false);
    expect(mayWriteEntry('content/media/a.md', scope)).toBe(false);
  });

  it('are written as media only for real photos, named as such, in a media folder', () => {
    expect(mayWriteMedia('content/news/2024/anh/x.png', PNG, scope)).toBe(true);
    expect(mayWriteMedia('content/campaigns/anh/x.jpg', JPG, scope)).toBe(true);
    expect(mayWriteMedia('content/media/x.jpg', JPG, scope)).toBe(true);
    expect(mayWriteMedia('content/news/2024/x.png', PNG, scope)).toBe(false);
    expect(mayWriteMedia('content/categories/anh/x.png', PNG, scope)).toBe(false);
    expect(mayWriteMedia('content/news/2024/anh/x.mdx', PNG, scope)).toBe(false);
    expect(mayWriteMedia('content/news/2024/anh/x.jpg', PNG, scope)).toBe(false);
    expect(mayWriteMedia('content/media/x.svg', Buffer.from('<svg onload="x()"/>').toString('base64'), scope)).toBe(false);
    expect(mayWriteMedia('.git/hooks/x.png', PNG, scope)).toBe(false);
  });

  it('name drafts of known collections with ref-safe slugs', () => {
    expect(mayNameDraft('news', '2024/tong-ket', scope)).toBe(true);
    for (const [collection, slug] of [
      ['x', 'a'],
      ['news', '../a'],
      ['news', 'a b'],
      ['news', '-a'],
      ['news', 'a.lock'],
      ['news', 'a@{1}'],
      ['news', 'a\nb'],
    ]) {
      expect(mayNameDraft(collection, slug, scope), `${collection} ${slug}`).toBe(false);
    }
  });
});

describe('requests', () => {
  const refused = (action: string, params: Record<string, unknown>) => checkRequest({ action, params: { branch: 'main', ...params } }, scope).refusal;

  it('check every path-bearing parameter', () => {
    expect(refused('persistEntry', { entry: { slug: 'a', path: '.git/config', raw: 'x' }, dataFiles: [], assets: [], options: {} })).toMatch(/\.git\/config/);
    expect(
      refused('persistEntry', {
        dataFiles: [{ slug: 'a', path: 'content/news/2024/a.md', raw: 'x' }],
        assets: [],
        options: { useWorkflow: true, collectionName: 'scripts' },
      }),
    ).not.toBeNull();
    expect(refused('persistEntry', { dataFiles: 'content/news/a.md', assets: [] })).not.toBeNull();
    expect(refused('unpublishedEntry', { id: 'news/../../x' })).not.toBeNull();
    expect(refused('unpublishedEntry', { id: 'news' })).not.toBeNull();
    expect(refused('unpublishedEntryMediaFile', { id: 'news/2024/a', collection: 'news', slug: '2024/a', path: 'scripts/x' })).not.toBeNull();
    expect(refused('deleteFiles', { paths: 'scripts/x' })).not.toBeNull();
    expect(refused('updateUnpublishedEntryStatus', { collection: 'news', slug: '2024/a b', newStatus: 'x' })).not.toBeNull();
  });

  it('let the admin’s own requests through, with the paths they name', () => {
    expect(checkRequest({ action: 'info' }, scope)).toEqual({ refusal: null, paths: [] });
    expect(refused('unpublishedEntries', {})).toBeNull();
    expect(refused('unpublishedEntry', { collection: 'news', slug: '2024/a' })).toBeNull();
    expect(refused('publishUnpublishedEntry', { collection: 'news', slug: '2024/a' })).toBeNull();
    const save = checkRequest(
      {
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug: '2024/a', path: 'content/news/2024/a.md', raw: 'x' }],
          assets: [{ path: 'content/news/2024/anh/a.png', content: PNG, encoding: 'base64' }],
          options: { useWorkflow: true, collectionName: 'news', commitMessage: 'x', status: 'draft' },
        },
      },
      scope,
    );
    expect(save).toEqual({ refusal: null, paths: ['content/news/2024/a.md', 'content/news/2024/anh/a.png'] });
  });

  it('refuse actions decap-server’s git API does not have', () => {
    expect(refused('getNotes', {})).toMatch(/Thao tác không được phép/);
    expect(checkRequest(undefined, scope).refusal).not.toBeNull();
  });
});

describe('who may call', () => {
  it('names the server’s own host and port', () => {
    expect(hostAllowed('127.0.0.1:8081', 8081)).toBe(true);
    expect(hostAllowed('LOCALHOST:8081', 8081)).toBe(true);
    expect(hostAllowed('rebind.example:8081', 8081)).toBe(false);
    expect(hostAllowed('127.0.0.1:8082', 8081)).toBe(false);
    expect(hostAllowed('127.0.0.1', 8081)).toBe(false);
    expect(hostAllowed(undefined, 8081)).toBe(false);
  });

  it('is the admin’s origin, on 127.0.0.1 or localhost', () => {
    const origins = adminOrigins('http://127.0.0.1:4321');
    expect([...origins].sort()).toEqual(['http://127.0.0.1:4321', 'http://localhost:4321']);
    expect(originAllowed('http://localhost:4321', origins)).toBe(true);
    expect(originAllowed('http://localhost:9999', origins)).toBe(false);
    expect(originAllowed('null', origins)).toBe(false);
    expect(originAllowed('https://127.0.0.1:4321', origins)).toBe(false);
    // No Origin: not a browser (see originAllowed).
    expect(originAllowed(undefined, origins)).toBe(true);
    expect([...adminOrigins(['http://a.example:1', ' http://localhost:2/admin/'])]).toEqual(['http://a.example:1', 'http://localhost:2', 'http://127.0.0.1:2']);
  });
});
