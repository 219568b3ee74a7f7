import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createVersionTracker, versionOf } from './versions.ts';
import { versionOf as serverVersionOf } from './server/conflict.ts';

const ARTICLE = 'content/news/2024/hop-to-dan-pho.md';
const PUBLISHED = '---\ntitle: Họp tổ dân phố\n---\nBản đã đăng.\n';
const DRAFT = '---\ntitle: Họp tổ dân phố\n---\nBản nháp của chị Lan.\n';
const MINE = '---\ntitle: Họp tổ dân phố\n---\nBản anh Minh sửa.\n';

/** A fake content server: answers per action, and keeps what each save sent. */
function server(answers: Record<string, unknown | Error>) {
  const saves: any[] = [];
  const send = async (payload: { action: string; params?: any }) => {
    if (payload.action === 'persistEntry') {
      saves.push(payload.params);
      return { message: 'entry persisted' };
    }
    const answer = answers[payload.action];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { send, saves };
}

const save = (useWorkflow: boolean, raw = MINE) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: '2024/hop-to-dan-pho', path: ARTICLE, raw }],
    assets: [],
    options: { useWorkflow, collectionName: 'news', commitMessage: 'x', status: 'draft' },
  },
});
const notFound = Object.assign(new Error('Not Found'), { status: 404 });

describe('the version an editor saves from', () => {
  it('is the same SHA-256 in the browser and on the server, Vietnamese included', async () => {
    expect(await versionOf(DRAFT)).toBe(createHash('sha256').update(Buffer.from(DRAFT, 'utf8')).digest('hex'));
    expect(await versionOf(DRAFT)).toBe(serverVersionOf(DRAFT));
  });

  it('is the published file it opened, when the article has no draft', async () => {
    const tracker = createVersionTracker();
    const { send, saves } = server({ getEntry: { data: PUBLISHED, file: { path: ARTICLE } }, unpublishedEntry: notFound });
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await expect(tracker.request({ action: 'unpublishedEntry', params: { collection: 'news', slug: '2024/hop-to-dan-pho' } }, send)).rejects.toThrow();
    await tracker.request(save(true), send);
    expect(saves[0].dataFiles[0].base).toBe(await versionOf(PUBLISHED));
    // The text it sends is untouched.
    expect(saves[0].dataFiles[0].raw).toBe(MINE);
  });

  it('is the draft it opened, whichever of the two loads answered last', async () => {
    const tracker = createVersionTracker();
    const { send, saves } = server({
      getEntry: { data: PUBLISHED, file: { path: ARTICLE } },
      unpublishedEntry: { diffs: [{ path: ARTICLE, binary: false }] },
      unpublishedEntryDataFile: { data: DRAFT },
    });
    await tracker.request({ action: 'unpublishedEntry', params: { collection: 'news', slug: '2024/hop-to-dan-pho' } }, send);
    await tracker.request({ action: 'unpublishedEntryDataFile', params: { collection: 'news', slug: '2024/hop-to-dan-pho', path: ARTICLE } }, send);
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await tracker.request(save(true), send);
    expect(saves[0].dataFiles[0].base).toBe(await versionOf(DRAFT));
  });

  it('is what this tab saved last, so its own next save passes', async () => {
    const tracker = createVersionTracker();
    const { send, saves } = server({ getEntry: { data: PUBLISHED, file: { path: ARTICLE } } });
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await tracker.request(save(true), send);
    // Decap reloads the published file after a first save in the workflow: the draft still counts.
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await tracker.request(save(true, MINE + 'Thêm một dòng.\n'), send);
    expect(saves[1].dataFiles[0].base).toBe(await versionOf(MINE));
    // A direct save (no workflow) likewise.
    await tracker.request(save(false), send);
    await tracker.request(save(false), send);
    expect(saves[3].dataFiles[0].base).toBe(await versionOf(MINE));
  });

  it('is the published file again once the draft is published or dropped', async () => {
    const tracker = createVersionTracker();
    const { send, saves } = server({
      getEntry: { data: PUBLISHED, file: { path: ARTICLE } },
      unpublishedEntryDataFile: { data: DRAFT },
      publishUnpublishedEntry: {},
    });
    await tracker.request({ action: 'unpublishedEntryDataFile', params: { collection: 'news', slug: '2024/hop-to-dan-pho', path: ARTICLE } }, send);
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await tracker.request({ action: 'publishUnpublishedEntry', params: { collection: 'news', slug: '2024/hop-to-dan-pho' } }, send);
    await tracker.request(save(true), send);
    expect(saves[0].dataFiles[0].base).toBe(await versionOf(PUBLISHED));
  });

  it('is none for a new entry, and lists are not what the editor opened', async () => {
    const tracker = createVersionTracker();
    const { send, saves } = server({ entriesByFolder: [{ data: PUBLISHED, file: { path: ARTICLE } }] });
    await tracker.request({ action: 'entriesByFolder', params: { folder: 'content/news' } }, send);
    await tracker.request(save(true), send);
    expect(saves[0].dataFiles[0].base).toBeNull();
    // Nor is an entry opened earlier at the path a new one is given.
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, async () => ({ data: PUBLISHED, file: { path: ARTICLE } }));
    const fresh = save(true);
    Object.assign(fresh.params.options, { newEntry: true });
    await tracker.request(fresh, send);
    expect(saves[1].dataFiles[0].base).toBeNull();
  });

  it('is kept with a local backup, and restoring one written from an older version says so first', async () => {
    const tracker = createVersionTracker();
    let text = PUBLISHED;
    const send = async () => ({ data: text, file: { path: ARTICLE } });
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    const base = await tracker.backupBase('news', '2024/hop-to-dan-pho', ARTICLE);
    expect(base).toBe(await versionOf(PUBLISHED));
    expect(await tracker.backupBase('news', '', undefined)).toBeNull();
    // Reloaded, nobody saved meanwhile: Decap's own question.
    expect(tracker.backupQuestion('news', '2024/hop-to-dan-pho', ARTICLE, base)).toBeNull();
    // A backup from before this check, or of a new entry: Decap's own question too.
    expect(tracker.backupQuestion('news', '2024/hop-to-dan-pho', ARTICLE, undefined)).toBeNull();
    expect(tracker.backupQuestion('news', '2024/hop-to-dan-pho', undefined, null)).toBeNull();
    // Reloaded after someone saved: the warning.
    text = DRAFT;
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await tracker.baseOf({ path: ARTICLE, slug: '2024/hop-to-dan-pho' }, {});
    expect(tracker.backupQuestion('news', '2024/hop-to-dan-pho', ARTICLE, base)).toMatch(
      /^Có một bản lưu tạm trên máy này cho bài này, nhưng nó được soạn trên một bản cũ/,
    );
  });

  it('tells the page when the server refused a save made on an older version, and remembers nothing of it', async () => {
    const told: string[] = [];
    const tracker = createVersionTracker({ onStale: (message) => told.push(message) });
    const refusal = Object.assign(new Error('Bài này đã có người khác lưu lúc 07/09/2015 16:46'), { status: 409 });
    const send = async (payload: { action: string }) => {
      if (payload.action === 'persistEntry') throw refusal;
      return { data: PUBLISHED, file: { path: ARTICLE } };
    };
    await tracker.request({ action: 'getEntry', params: { path: ARTICLE } }, send);
    await expect(tracker.request(save(false), send)).rejects.toBe(refusal);
    expect(told).toEqual(['Bài này đã có người khác lưu lúc 07/09/2015 16:46']);
    expect(await tracker.baseOf({ path: ARTICLE, slug: '2024/hop-to-dan-pho' }, { options: { useWorkflow: false } })).toBe(await versionOf(PUBLISHED));
  });
});
