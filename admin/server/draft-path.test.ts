import { describe, expect, it } from 'vitest';
import { articlePath, draftFile, retarget } from './draft-path.ts';

const raw = (title: string, date: string) => `---\ntitle: ${title}\npublishedAt: ${date}\n---\n\nNội dung.\n`;
const save = (path: string, text: string, assets: string[] = []) => ({
  dataFiles: [{ path, raw: text, slug: path.replace(/^content\/news\/|\.md$/g, '') }],
  assets: assets.map((p) => ({ path: p, content: 'x', encoding: 'base64' })),
  options: { useWorkflow: true, collectionName: 'news' },
});

describe('where a draft article belongs', () => {
  it('is its Vietnamese year and the slug of its title', () => {
    expect(articlePath(raw('Hội nghị tổng kết năm 2026', '2027-01-05T09:00:00+07:00'))).toBe('content/news/2027/hoi-nghi-tong-ket-nam-2026.md');
    // 31/12 at 23:30 in Viet Nam is already the next year in UTC… and still this year here.
    expect(articlePath(raw('Đêm giao thừa', '2026-12-31T23:30:00+07:00'))).toBe('content/news/2026/dem-giao-thua.md');
    expect(articlePath(raw('Chưa có ngày', ''))).toBeNull();
    expect(articlePath('no front matter')).toBeNull();
  });

  it('is asked only of news drafts in the editorial workflow', () => {
    expect(draftFile(save('content/news/2026/a.md', raw('A', '2026-01-01T00:00:00+07:00')))).not.toBeNull();
    expect(draftFile({ ...save('content/news/2026/a.md', 'x'), options: { useWorkflow: false, collectionName: 'news' } })).toBeNull();
    expect(draftFile({ ...save('content/campaigns/a.md', 'x'), options: { useWorkflow: true, collectionName: 'campaigns' } })).toBeNull();
  });

  it('moves the file and its photos to the new year, keeping the slug (its draft branch)', () => {
    const request = save('content/news/2026/hoi-nghi.md', raw('Hội nghị tổng kết', '2027-01-05T09:00:00+07:00'), [
      'content/news/2026/anh/hoi-truong-ab12.jpg',
      'content/media/chung.jpg',
    ]);
    const { params, remove } = retarget(request, 'content/news/2027/hoi-nghi-tong-ket.md');
    expect(remove).toBe('content/news/2026/hoi-nghi.md');
    expect(params.dataFiles).toEqual([{ ...request.dataFiles[0], path: 'content/news/2027/hoi-nghi-tong-ket.md' }]);
    expect(params.assets!.map((a) => a.path)).toEqual(['content/news/2027/anh/hoi-truong-ab12.jpg', 'content/media/chung.jpg']);
    // Left alone: the request it came from.
    expect(request.dataFiles[0]!.path).toBe('content/news/2026/hoi-nghi.md');
  });
});
