import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cmsCollection, settingsCollection } from '../src/schema/cms.ts';
import type { CmsField } from '../src/schema/fields.ts';
import { slugify } from '../src/lib/vietnamese.ts';
import { describeEntry, fieldDefaults, hasImageWithoutAlt, normaliseDate, prepareForSave, relativeMediaPath } from './entry.ts';
import { adminPhrases } from './locale-vi.ts';

const news = cmsCollection('news') as { name: string; identifier_field: string; fields: CmsField[] };
const categories = cmsCollection('categories') as { name: string; identifier_field: string; fields: CmsField[] };

const article = {
  title: 'Hội nghị tổng kết công tác thi đua năm 2024',
  summary: 'Tóm tắt.',
  publishedAt: '2024-12-31T17:30:00+00:00', // 1 January 2025, 00:30 in Viet Nam
  category: 'tin-tuc-su-kien',
  wards: ['phuong-phuc-loi-00136'],
  cover: { image: 'anh/hoi-nghi.jpg', alt: 'Hội trường' },
  changes: [{ date: '2025-01-02T01:00:00Z', note: 'Sửa tên' }],
  body: 'Nội dung.',
};

describe('before saving', () => {
  it("checks the unit's details (Thông tin đơn vị) with the site's own fields, in Vietnamese", () => {
    const settings = settingsCollection() as { name: string; files: { fields: CmsField[] }[] };
    const unit = { name: settings.name, fields: settings.files[0]!.fields };
    const sample = JSON.parse(readFileSync('content/don-vi.json', 'utf8')) as Record<string, unknown>;
    expect(prepareForSave(unit, sample).errors).toEqual([]);
    const { errors } = prepareForSave(unit, { ...sample, email: 'ubnd phuc loi', responsible: { name: '', title: 'Chủ tịch' } });
    expect(errors).toEqual(['Thư điện tử phải có dạng ten@don-vi.gov.vn', 'Thiếu trường bắt buộc “Họ và tên”']);
  });

  it('names the file with the site’s slugify() from the NFC title, under the Vietnamese year', () => {
    const decomposed = 'Đường Nguyễn Văn Cừ: khánh thành cầu mới'.normalize('NFD');
    const { data, errors } = prepareForSave(news, { ...article, title: decomposed });
    expect(errors).toEqual([]);
    expect(data.title).toBe(decomposed.normalize('NFC'));
    expect(data.__slug).toBe(slugify(decomposed.normalize('NFC')));
    expect(data.__slug).toBe('duong-nguyen-van-cu-khanh-thanh-cau-moi');
    expect(data.__year).toBe('2025');
  });

  it('stores dates with +07:00 and photo paths relative to the entry', () => {
    const { data } = prepareForSave(news, article);
    expect(data.publishedAt).toBe('2025-01-01T00:30:00+07:00');
    expect((data.changes as { date: string }[])[0]!.date).toBe('2025-01-02T08:00:00+07:00');
    expect((data.cover as { image: string }).image).toBe('./anh/hoi-nghi.jpg');
    expect(normaliseDate('1948-06-11', true)).toBe('1948-06-11');
    expect(relativeMediaPath('../../images/a.jpg')).toBe('../../images/a.jpg');
  });

  it('refuses what the site would refuse, in Vietnamese', () => {
    const missing = prepareForSave(news, { ...article, summary: '' });
    expect(missing.errors).toEqual(['Thiếu trường bắt buộc “Tóm tắt (sapo)”']);
    const shortTitle = prepareForSave(news, { ...article, title: 'a'.repeat(251) });
    expect(shortTitle.errors).toEqual(['“Tiêu đề” dài quá 250 ký tự']);
    const noAlt = prepareForSave(news, { ...article, cover: { image: 'anh/x.jpg' } });
    expect(noAlt.errors.join()).toContain('Mô tả ảnh (alt)');
    const noCover = prepareForSave(news, { ...article, cover: { image: '', alt: '' } });
    expect(noCover.errors).toEqual([]);
  });

  it('takes the status from “Gỡ bài” and the editorial workflow, never from a second control', () => {
    const withdrawn = prepareForSave(news, { ...article, withdrawnReason: '  Thông tin chưa chính xác ' });
    expect(withdrawn.errors).toEqual([]);
    expect(withdrawn.data).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Thông tin chưa chính xác' });
    const restored = prepareForSave(news, { ...article, status: 'withdrawn', withdrawnReason: '' });
    expect(restored.data.status).toBe('published');
    expect(restored.data).not.toHaveProperty('withdrawnReason');
    // An imported draft published through the workflow is published.
    expect(prepareForSave(news, { ...article, draft: true }).data.draft).toBe(false);
  });

  it('refuses a body photo without alt text, which Decap would save as ![](…)', () => {
    expect(prepareForSave(news, { ...article, body: 'Mở đầu.\n\n![](./anh/a.jpg)\n' }).errors).toEqual([adminPhrases.bodyImageWithoutAlt]);
    expect(prepareForSave(news, { ...article, body: '![Hội trường](./anh/a.jpg)\n*Quang cảnh*' }).errors).toEqual([]);
    expect(hasImageWithoutAlt('![ ](x.jpg)')).toBe(true);
    expect(hasImageWithoutAlt('[](x) và ![a](x.jpg)')).toBe(false);
  });

  it('refuses a block missing a required part (a photo block without “Mô tả”), in the preview’s words', () => {
    const body = 'Mở đầu.\n\n```anh\nẢnh: ./anh/a.jpg\n```\n\nKết.';
    expect(prepareForSave(news, { ...article, body }).errors).toEqual([
      'Khối chưa đủ thông tin: thiếu “Mô tả” của ảnh: mô tả ngắn nội dung ảnh cho người không xem được ảnh',
    ]);
    expect(prepareForSave(news, { ...article, body: body.replace('```\n\nKết', 'Mô tả: Trụ sở\n```\n\nKết') }).errors).toEqual([]);
  });

  it('trims titles and names', () => {
    expect(prepareForSave(news, { ...article, title: '  Hội nghị tổng kết  ' }).data.title).toBe('Hội nghị tổng kết');
    expect(prepareForSave(categories, { name: ' Tin tức ' }).data.name).toBe('Tin tức');
  });

  it('slugs categories from their name', () => {
    expect(prepareForSave(categories, { name: 'Đảng bộ – Chính quyền' }).data.__slug).toBe('dang-bo-chinh-quyen');
  });

  it('knows the schema defaults', () => {
    expect(fieldDefaults(news.fields)).toMatchObject({ featured: false, draft: false, status: 'published' });
  });
});

describe('in lists', () => {
  const lookups = { categories: { 'tin-tuc-su-kien': 'Tin tức sự kiện nổi bật' }, wards: { 'phuong-phuc-loi-00136': 'Phường Phúc Lợi' } };

  it('shows date, category, ward and status of an article', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    expect(describeEntry('news', { ...article, publishedAt: '2024-05-20T08:30:00+07:00' }, lookups, now)).toEqual({
      __list: '20/05/2024 · Tin tức sự kiện nổi bật · Phường Phúc Lợi · Công khai',
      __year: '2024',
      __category: 'Tin tức sự kiện nổi bật',
    });
    expect(describeEntry('news', { ...article, publishedAt: '2099-01-01T00:00:00+07:00' }, lookups, now).__list).toMatch(/Hẹn giờ$/);
    expect(describeEntry('news', { ...article, draft: true }, lookups, now).__list).toMatch(/Ẩn \(bản nháp\)$/);
    expect(describeEntry('news', { ...article, status: 'withdrawn' }, lookups, now).__list).toMatch(/Đã gỡ/);
  });
});
