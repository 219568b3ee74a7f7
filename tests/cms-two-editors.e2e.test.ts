/**
 * Two people on one article (issue 21 item 3, issue 24 item 3), through
 * `npm run cms` in Chromium: two browser contexts, A and B, open the same
 * published article; A saves; B saves. B's save is refused with a message
 * that says when (and by whom, as git knows it) the article was saved, B's
 * text stays in B's editor, and the draft keeps A's change. B reloads, keeps
 * the newest version, makes the change again and saves: both changes are in.
 * A, now behind B, is refused in turn; reloaded, A is warned that the
 * local backup was written on an older version, takes it anyway and saves.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { gitIn, localBackup, makeRepository, startCms, toast } from './support/cms.ts';
import { formatDateTime } from '../src/lib/dates.ts';

const ENTRY = '2016/tin-phuong-so-02';
const FILE = `content/news/${ENTRY}.md`;
const BRANCH = `cms/news/${ENTRY}`;

let work = '';
let site = '';
let cms: Awaited<ReturnType<typeof startCms>> | undefined;
let browser: Browser | undefined;
const git = (...args: string[]) => gitIn(work, ...args);

interface Editor {
  page: Page;
  dialogs: string[];
}

/**
 * An officer in a browser of their own, with the article open in the editor. Asked after a
 * reload whether to use the local backup, `backup` says what they answer.
 */
async function openEditor(backup: 'accept' | 'dismiss'): Promise<Editor> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    if (dialog.message().includes('Có một bản lưu tạm') && backup === 'dismiss') void dialog.dismiss();
    else void dialog.accept();
  });
  await page.goto(`${site}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Loại nội dung').waitFor({ timeout: 120_000 });
  await page.goto(`${site}/admin/#/collections/news/entries/${ENTRY}`);
  await expect.poll(() => page.getByLabel('Tiêu đề').inputValue(), { timeout: 60_000 }).toBe('Tin phường số 02 năm 2016');
  return { page, dialogs };
}

const draft = () => git('show', `${BRANCH}:${FILE}`);
const lastSave = () => formatDateTime(new Date(git('log', '-1', '--format=%aI', BRANCH, '--', FILE).trim()));

beforeAll(async () => {
  work = makeRepository('tin-phuong-cms-two-');
  cms = await startCms(work);
  site = cms.site;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

describe('npm run cms, two editors on one article', () => {
  it('refuses the save made on the older version, keeps its text in the editor, and saves it once merged', async () => {
    // B keeps the newest version after a reload (and pastes the change into it), A keeps their own.
    const a = await openEditor('accept');
    const b = await openEditor('dismiss');
    // A changes the summary and saves: the article's draft branch has it.
    await a.page.getByLabel('Tóm tắt (sapo)').fill('Chị Lan sửa tóm tắt: phường ra quân làm sạch đường phố.');
    await a.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast(a.page, 'Đã lưu bài');
    await expect.poll(() => draft(), { timeout: 30_000 }).toContain('Chị Lan sửa tóm tắt');

    // B, who opened the article before A saved, changes the byline and saves: refused.
    await b.page.getByLabel('Tác giả').fill('Anh Minh');
    await b.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const refusal = `Bài này đã có người khác lưu lúc ${lastSave()} (người lưu: Biên tập viên), sau khi bạn mở bài.`;
    await toast(b.page, `Chưa lưu được bài: ${refusal}`);
    // The dialog stays until read, and says how to keep both versions.
    await expect
      .poll(() => b.dialogs.find((d) => d.startsWith(refusal)) ?? '', { timeout: 30_000 })
      .toContain('Để giữ cả hai bản: chép phần bạn vừa sửa, rồi tải lại trang (F5).');
    // Nothing typed is lost, and nothing was written over A's change.
    expect(await b.page.getByLabel('Tác giả').inputValue()).toBe('Anh Minh');
    await b.page.getByText('Có thay đổi chưa lưu').first().waitFor();
    expect(draft()).toContain('Chị Lan sửa tóm tắt');
    expect(draft()).not.toContain('Anh Minh');

    // B reloads, chooses the newest version over the backup, makes the change again and saves: both are in.
    // The local backup Decap keeps of B's change (written two seconds after the last change).
    await localBackup(b.page, 'Anh Minh');
    const before = b.dialogs.length;
    await b.page.reload();
    // Asked about the backup, B is told it was written on an older version.
    await expect
      .poll(() => b.dialogs.slice(before).some((d) => d.startsWith('Có một bản lưu tạm trên máy này cho bài này, nhưng nó được soạn trên một bản cũ')), {
        timeout: 60_000,
      })
      .toBe(true);
    await expect.poll(() => b.page.getByLabel('Tóm tắt (sapo)').inputValue(), { timeout: 30_000 }).toContain('Chị Lan sửa tóm tắt');
    await b.page.getByLabel('Tác giả').fill('Anh Minh');
    await b.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast(b.page, 'Đã lưu bài');
    await expect.poll(() => draft(), { timeout: 30_000 }).toContain('byline: Anh Minh');
    expect(draft()).toContain('Chị Lan sửa tóm tắt');

    // A, still on the version before B's save, is refused in turn; its own text stays.
    await a.page.getByLabel('Tóm tắt (sapo)').fill('Chị Lan sửa tóm tắt lần hai.');
    await a.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast(a.page, `Chưa lưu được bài: Bài này đã có người khác lưu lúc ${lastSave()}`);
    expect(await a.page.getByLabel('Tóm tắt (sapo)').inputValue()).toBe('Chị Lan sửa tóm tắt lần hai.');
    expect(draft()).toContain('byline: Anh Minh');
    expect(draft()).not.toContain('lần hai');

    // A reloads and, warned, takes their own backup over the newest version: saving it replaces B's change, as A chose.
    await localBackup(a.page, 'Chị Lan sửa tóm tắt lần hai.');
    const beforeA = a.dialogs.length;
    await a.page.reload();
    await expect
      .poll(() => a.dialogs.slice(beforeA).some((d) => d.startsWith('Có một bản lưu tạm trên máy này cho bài này, nhưng nó được soạn trên một bản cũ')), {
        timeout: 60_000,
      })
      .toBe(true);
    await expect.poll(() => a.page.getByLabel('Tóm tắt (sapo)').inputValue(), { timeout: 30_000 }).toBe('Chị Lan sửa tóm tắt lần hai.');
    await a.page.waitForTimeout(3000);
    await a.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => draft(), { timeout: 30_000 }).toContain('Chị Lan sửa tóm tắt lần hai.');
    expect(draft()).not.toContain('Anh Minh');

    // The served folder never left main, and main still has the published article.
    expect(git('branch', '--show-current').trim()).toBe('main');
    expect(git('show', `main:${FILE}`)).not.toContain('Chị Lan');
  });
});
