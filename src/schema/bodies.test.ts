import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_FILE, bodyFacts, bodyFileName, bodyPresent, keepBody, pruneBodies, storedFacts, withBody } from './bodies.ts';

describe('rendered bodies beside the store', () => {
  let root = '';
  let cwd = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tin-phuong-bodies-'));
    cwd = process.cwd();
    // Pages resolve body files from the working directory, the site's root, as a build runs.
    process.chdir(root);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });
  const folder = () => join(root, 'cache', 'tin-phuong-bodies', 'news');

  it('stores no HTML, and gives it back to the page that renders', async () => {
    const html = '<p>Phường Phúc Lợi tổng kết phong trào thi đua.</p>';
    const kept = await keepBody(
      { html, metadata: { localImagePaths: ['./a.jpg'] } },
      { root, folder: folder(), filePath: 'content/tin-tuc/2015/a.md', digest: 'd1' },
    );
    expect(kept.html).toBe('');
    expect(kept.metadata?.localImagePaths).toEqual(['./a.jpg']);
    expect(kept.metadata?.[BODY_FILE]).toBe(`cache/tin-phuong-bodies/news/${bodyFileName('content/tin-tuc/2015/a.md', 'd1')}`);
    const page = withBody({ id: '2015/a', rendered: kept });
    expect(page.rendered?.html).toBe(html);
    expect(page.rendered?.metadata?.localImagePaths).toEqual(['./a.jpg']);
  });

  it('names a body by its file and digest, so an edit gets a new file', () => {
    expect(bodyFileName('a.md', 'd1')).not.toBe(bodyFileName('a.md', 'd2'));
    expect(bodyFileName('a.md', 'd1')).not.toBe(bodyFileName('b.md', 'd1'));
    expect(bodyFileName('a.md', 'd1')).toBe(bodyFileName('a.md', 'd1'));
  });

  it('keeps what the page keys read: an embedded album, and the documents linked', async () => {
    const html =
      '<p><a href="/van-ban/2024/qd-125.pdf" class="document-file">Quyết định</a> và <a href="/van-ban/ke-hoach.docx">kế hoạch</a></p>' +
      '<div class="album-embed"><p><a href="/album-anh/le-hoi/">Lễ hội</a></p></div>';
    expect(bodyFacts(html)).toEqual({ albums: true, documents: ['/van-ban/2024/qd-125.pdf', '/van-ban/ke-hoach.docx'] });
    expect(bodyFacts('<p>Không có gì.</p>')).toEqual({ albums: false, documents: [] });
    const kept = await keepBody({ html }, { root, folder: folder(), filePath: 'a.md', digest: 1 });
    expect(storedFacts(kept)).toEqual(bodyFacts(html));
    // A body still in the store (an entry from before) has no facts kept: the keys read its HTML.
    expect(storedFacts({ html })).toBeUndefined();
  });

  it('knows when a body file is gone, and says which entry when a page needs it', async () => {
    const kept = await keepBody({ html: '<p>x</p>' }, { root, folder: folder(), filePath: 'a.md', digest: 1 });
    expect(bodyPresent(kept, root)).toBe(true);
    rmSync(folder(), { recursive: true });
    expect(bodyPresent(kept, root)).toBe(false);
    expect(() => withBody({ id: '2015/a', rendered: kept })).toThrow(/^2015\/a: ENOENT/);
    // A body kept in the store, or none at all, needs no file.
    expect(bodyPresent({ html: '<p>x</p>' }, root)).toBe(true);
    expect(bodyPresent(undefined, root)).toBe(true);
  });

  it('prunes only the files no entry names', async () => {
    const a = await keepBody({ html: '<p>a</p>' }, { root, folder: folder(), filePath: 'a.md', digest: 1 });
    await keepBody({ html: '<p>a, before</p>' }, { root, folder: folder(), filePath: 'a.md', digest: 0 });
    writeFileSync(join(folder(), 'stray.html'), '');
    expect(readdirSync(folder())).toHaveLength(3);
    pruneBodies(folder(), [{ rendered: a }, { rendered: undefined }]);
    expect(readdirSync(folder())).toEqual([bodyFileName('a.md', 1)]);
    pruneBodies(join(root, 'nowhere'), []);
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });
});
