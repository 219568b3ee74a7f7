import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneBlankLine, parseJson, parseMarkdown, prune, sameValue, serializeJson, serializeMarkdown } from './format.ts';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/content');
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(FIXTURES, dir, f));

const NEWS_DEFAULTS = { featured: false, draft: false, status: 'published', 'legacy.dateOnly': false };
const ORDER = [
  'title',
  'summary',
  'publishedAt',
  'updatedAt',
  'changes',
  'category',
  'wards',
  'districts',
  'campaigns',
  'byline',
  'source',
  'cover',
  'body',
  'featured',
  'draft',
  'status',
  'withdrawnReason',
  'legacy',
];

const seed = readFileSync(join(FIXTURES, 'news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md'), 'utf8');

/** Lines of b that are not in a, and of a not in b. */
function lineDiff(a: string, b: string) {
  const la = a.split('\n');
  const lb = b.split('\n');
  return { removed: la.filter((l) => !lb.includes(l)), added: lb.filter((l) => !la.includes(l)) };
}

describe('Markdown entries', () => {
  it('reads front matter as the site does and keeps the body byte for byte', () => {
    const data = parseMarkdown(seed);
    expect(data.publishedAt).toBe('2015-09-07T16:46:00+07:00');
    expect(data.legacy).toEqual({ views: 329, importedFrom: '000_1eba78289dc0a834.txt' });
    expect(seed.endsWith(data.body as string)).toBe(true);
  });

  it('writes every fixture back unchanged when nothing was edited', () => {
    for (const file of [...files('news', /\.md$/), ...files('campaigns', /\.md$/)]) {
      const text = readFileSync(file, 'utf8');
      expect(serializeMarkdown(parseMarkdown(text), ORDER, NEWS_DEFAULTS), file).toBe(text);
    }
  });

  it('changes only the edited line', () => {
    const data = parseMarkdown(seed);
    const out = serializeMarkdown({ ...data, byline: 'Tin: Minh Ngọc' }, ORDER, NEWS_DEFAULTS);
    const diff = lineDiff(seed, out);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(['byline: "Tin: Minh Ngọc"']);
    // The new key sits where the schema puts it: after campaigns, before featured.
    expect(out).toContain('  - thi-dua-yeu-nuoc\nbyline: "Tin: Minh Ngọc"\nfeatured: true\n');

    const retitled = serializeMarkdown({ ...data, title: 'Phường Phúc Lợi làm tốt công tác thi đua' }, ORDER, NEWS_DEFAULTS);
    expect(lineDiff(seed, retitled)).toEqual({
      removed: ['title: "Phường Phúc Lợi: Với công tác thi đua khen thưởng."'],
      added: ['title: Phường Phúc Lợi làm tốt công tác thi đua'],
    });
  });

  it('ignores what widgets add or re-format without an edit', () => {
    const data = parseMarkdown(seed);
    const touched = {
      ...data,
      publishedAt: '2015-09-07T09:46:00+00:00', // the datetime widget in a UTC browser
      featured: true,
      draft: false, // boolean default
      status: 'published', // select default
      wards: ['phuong-phuc-loi-cu-00136'],
      campaigns: ['thi-dua-yeu-nuoc'],
      byline: '',
      changes: [],
      cover: { image: '', alt: '', caption: '' },
      legacy: { views: 329, importedFrom: '000_1eba78289dc0a834.txt', dateOnly: false, url: '' },
      body: (data.body as string).replace(/^\n/, ''), // the Markdown widget drops the blank line
      __slug: 'x',
      __year: '2015',
      __list: 'anything',
    };
    expect(serializeMarkdown(touched, ORDER, NEWS_DEFAULTS)).toBe(seed);
  });

  it('rewrites the body when it changed, with one blank line after the front matter', () => {
    const out = serializeMarkdown({ ...parseMarkdown(seed), body: 'Đoạn mới.\n\n*Chú thích ảnh*' }, ORDER, NEWS_DEFAULTS);
    expect(out.endsWith('\n---\n\nĐoạn mới.\n\n*Chú thích ảnh*\n')).toBe(true);
  });

  it('writes a new entry in schema order, without empty or default values or CMS-only keys', () => {
    const out = serializeMarkdown(
      {
        draft: false,
        body: 'Nội dung.',
        title: 'Hội nghị: tổng kết năm 2024',
        publishedAt: '2024-12-31T23:30:00+07:00',
        summary: 'Tóm tắt.',
        category: 'tin-tuc-su-kien',
        wards: ['phuong-phuc-loi-00136'],
        districts: [],
        status: 'published',
        cover: { image: './anh/hoi-nghi.jpg', alt: 'Hội trường', caption: '' },
        __slug: 'hoi-nghi-tong-ket-nam-2024',
      },
      ORDER,
      NEWS_DEFAULTS,
    );
    expect(out).toBe(
      [
        '---',
        'title: "Hội nghị: tổng kết năm 2024"',
        'summary: Tóm tắt.',
        'publishedAt: 2024-12-31T23:30:00+07:00',
        'category: tin-tuc-su-kien',
        'wards:',
        '  - phuong-phuc-loi-00136',
        'cover:',
        '  image: ./anh/hoi-nghi.jpg',
        '  alt: Hội trường',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    expect(splitFrontmatter(out).data.publishedAt).toBe('2024-12-31T23:30:00+07:00');
  });

  it('keeps comments, and keys written in any way YAML allows', () => {
    const text = '---\n# nhập từ cổng cũ\ntitle: A\nsummary: B\n---\n\nC\n';
    expect(serializeMarkdown(parseMarkdown(text), ORDER)).toBe(text);
    expect(serializeMarkdown({ ...parseMarkdown(text), title: 'D' }, ORDER)).toBe('---\n# nhập từ cổng cũ\ntitle: D\nsummary: B\n---\n\nC\n');
    // An explicit key, and a list in brackets: the regular expressions that cut front matter by lines rewrote the whole file for these.
    const odd = '---\n# ghi chú\n? title\n: A\nwards: [phuong-phuc-loi-00136]\nsummary: B\n---\n\nC\n';
    expect(serializeMarkdown(parseMarkdown(odd), ORDER)).toBe(odd);
    expect(serializeMarkdown({ ...parseMarkdown(odd), summary: 'E' }, ORDER)).toBe(odd.replace('summary: B', 'summary: E'));
  });

  it('writes a changed title as a person would: on one line however long, quoted only when YAML needs it', () => {
    const data = parseMarkdown(seed);
    const long = 'Phường Phúc Lợi tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2024 và phát động phong trào thi đua năm 2025';
    expect(lineDiff(seed, serializeMarkdown({ ...data, title: long }, ORDER, NEWS_DEFAULTS)).added).toEqual([`title: ${long}`]);
    expect(lineDiff(seed, serializeMarkdown({ ...data, title: `${long}: một, hai, ba` }, ORDER, NEWS_DEFAULTS)).added).toEqual([
      `title: "${long}: một, hai, ba"`,
    ]);
    // A title that opens with a quotation: single quotes, so the quotation marks need no backslashes.
    expect(lineDiff(seed, serializeMarkdown({ ...data, title: '"Mái ấm tình thương" cho hộ nghèo' }, ORDER, NEWS_DEFAULTS)).added).toEqual([
      `title: '"Mái ấm tình thương" cho hộ nghèo'`,
    ]);
  });
});

describe('JSON entries', () => {
  it('writes unchanged files back as they were', () => {
    for (const file of [...files('categories', /\.json$/), ...files('wards', /\.json$/)]) {
      const text = readFileSync(file, 'utf8');
      expect(serializeJson({ ...parseJson(text), __search: 'x' }), file).toBe(text);
    }
  });

  it('writes an edit as 2-space JSON in the original key order', () => {
    const text = readFileSync(join(FIXTURES, 'categories/hoat-dong-khoi-chinh-quyen.json'), 'utf8');
    const out = serializeJson({ ...parseJson(text), order: 5, description: '' }, ['name', 'description', 'order']);
    expect(out).toBe('{\n  "name": "Hoạt động khối chính quyền",\n  "order": 5\n}\n');
  });
});

describe('values', () => {
  it('compares dates by moment and text in NFC', () => {
    expect(sameValue('2015-09-07T16:46:00+07:00', '2015-09-07T09:46:00Z')).toBe(true);
    expect(sameValue('2015-09-07', '2015-09-07T00:00:00+07:00')).toBe(false);
    expect(sameValue('Phúc Lợi'.normalize('NFD'), 'Phúc Lợi')).toBe(true);
  });

  it('prunes empty values and defaults', () => {
    expect(prune({ a: '', b: [], c: { d: null }, e: 0, f: false }, { f: false })).toEqual({ e: 0 });
    expect(prune([{ date: '', note: ' ' }])).toBeUndefined();
  });
});

describe('a rewritten body', () => {
  it('keeps one blank line between paragraphs, where the editor wrote three for an empty paragraph', () => {
    expect(oneBlankLine('Đoạn một.\n\n\n\nĐoạn hai.\n\n \n\nĐoạn ba.')).toBe('Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.');
    const out = serializeMarkdown({ ...parseMarkdown(seed), body: 'Đoạn mới.\n\n\n\nĐoạn sau.' }, ORDER, NEWS_DEFAULTS);
    expect(out.endsWith('---\n\nĐoạn mới.\n\nĐoạn sau.\n')).toBe(true);
  });

  it('leaves fenced code and blocks as they are', () => {
    const fenced = 'Trước.\n\n```khen-thuong\nTiêu đề: A\n\n\n- B | C\n```\n\n\n\nSau.';
    expect(oneBlankLine(fenced)).toBe('Trước.\n\n```khen-thuong\nTiêu đề: A\n\n\n- B | C\n```\n\nSau.');
  });
});
