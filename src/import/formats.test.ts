/**
 * The header formats documented in docs/import.md, each imported as a page:
 * the documentation is the list of what is supported, and this test holds
 * every example to its “→” line (date, time, views, byline, category).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../lib/dates.ts';
import { htmlToPage } from './html.ts';
import { parsePage } from './parse.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/import.md'), 'utf8');
const section = DOC.slice(DOC.indexOf('\n## Header formats'), DOC.indexOf('\n## ', DOC.indexOf('\n## Header formats') + 5));
const EXAMPLE = /^### (.+)\n+```(page|html)\n([\s\S]*?)\n```\n→ ngày (\S+) · giờ (\S+) · lượt xem (\S+) · tác giả (.+?) · chuyên mục (.+)$/gm;
const formats = [...section.matchAll(EXAMPLE)].map(([, name, kind, example, date, time, views, byline, category]) => ({
  name: name!,
  kind: kind!,
  example: example!,
  date,
  time,
  views,
  byline,
  category,
}));

/** A body long enough to be prose, naming no date. */
const BODY = `Sáng nay, đông đảo cán bộ, công chức và nhân dân trên địa bàn đã tham dự buổi lễ. ${'Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về nhiệm vụ trong thời gian tới. '.repeat(3)}`;
const none = (value: string | undefined) => value ?? '—';

describe('docs/import.md header formats', () => {
  it('documents every format with an example and its expected facts', () => {
    // Every “###” of the section is a format with a parsable example: a heading without one would go untested.
    expect(formats.map((f) => f.name)).toEqual([...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]));
    expect(formats.length).toBeGreaterThanOrEqual(14);
  });

  it.each(formats)('$name', ({ kind, example, date, time, views, byline, category }) => {
    let facts;
    if (kind === 'html') {
      const page = htmlToPage(`<!DOCTYPE html><html><body><nav><a href="/">Trang chủ</a></nav>${example.replace('<p>…</p>', `<p>${BODY}</p>`)}</body></html>`);
      facts = parsePage(page.text, { title: page.title, lang: page.lang });
    } else {
      facts = parsePage(example.includes('\n…\n') ? example.replace('\n…\n', `\n\n${BODY}\n\n`) : `${example}\n\n${BODY}\n`);
    }
    expect(facts.published && formatDate(facts.published.date)).toBe(date);
    expect(facts.published?.dateOnly ? '—' : facts.published && formatTime(facts.published.date)).toBe(time);
    expect(none(facts.views?.toString())).toBe(views);
    expect(none(facts.byline)).toBe(byline);
    expect(none(facts.category)).toBe(category);
    // The header never leaks into the body: the body is the article's text alone.
    expect(facts.blocks.map((b) => b.text)).toEqual([BODY.trim()]);
  });
});
