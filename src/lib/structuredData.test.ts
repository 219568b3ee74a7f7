import { describe, expect, it } from 'vitest';
import { breadcrumbList, bylineName, campaignWork, jsonLdText, newsArticle } from './structuredData.ts';

const publisher = { name: 'Ủy ban nhân dân phường Phúc Lợi', url: 'https://x.vn/', address: 'Số 1 phố Phúc Lợi', telephone: '024 3875 0000' };

describe('jsonLdText', () => {
  it('cannot close the script block or open a comment, and parses back to the same data', () => {
    const data = { headline: 'Tin </script><script>alert(1)</script> <!-- & “ngoặc”', x: '\u2028' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script|<!--|</i);
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('bylineName', () => {
  it('drops the newsroom prefix and keeps the person', () => {
    expect(bylineName('Tin, ảnh: Minh Ngọc')).toBe('Minh Ngọc');
    expect(bylineName('Bài và ảnh: Thu Hà')).toBe('Thu Hà');
    expect(bylineName('Nguyễn Văn B')).toBe('Nguyễn Văn B');
  });
});

describe('newsArticle', () => {
  const base = {
    url: 'https://x.vn/tin-tuc/2015/a/',
    headline: 'Tiêu đề',
    description: 'Sapo',
    images: ['https://x.vn/a.jpg'],
    datePublished: new Date('2015-09-07T16:46:00+07:00'),
    publisher,
  };
  it('dates in +07:00, modified defaulting to published, publisher the owning unit', () => {
    const ld = newsArticle(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      image: ['https://x.vn/a.jpg'],
      datePublished: '2015-09-07T16:46:00+07:00',
      dateModified: '2015-09-07T16:46:00+07:00',
      inLanguage: 'vi',
      publisher: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân phường Phúc Lợi', telephone: '024 3875 0000' },
    });
    // No byline, no source: the unit answers for it.
    expect(ld.author).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân phường Phúc Lợi' });
  });
  it('credits the byline’s person, or else the source', () => {
    expect(newsArticle({ ...base, byline: 'Tin, ảnh: Minh Ngọc' }).author).toEqual({ '@type': 'Person', name: 'Minh Ngọc' });
    const sourced = newsArticle({ ...base, source: 'Báo Hà Nội mới', dateModified: new Date('2016-01-02T03:04:05Z') });
    expect(sourced.author).toEqual({ '@type': 'Organization', name: 'Báo Hà Nội mới' });
    expect(sourced.dateModified).toBe('2016-01-02T10:04:05+07:00');
  });
});

describe('breadcrumbList and campaignWork', () => {
  it('numbers breadcrumb items from 1', () => {
    const ld = breadcrumbList([
      { name: 'Trang chủ', url: 'https://x.vn/' },
      { name: 'Tin tức', url: 'https://x.vn/tin-tuc/' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://x.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tin tức', item: 'https://x.vn/tin-tuc/' },
    ]);
  });
  it('gives a campaign its period as an ISO interval, open-ended while it runs', () => {
    const running = campaignWork({
      url: 'https://x.vn/phong-trao/a/',
      name: 'Thi đua yêu nước',
      launchedBy: 'Chủ tịch Hồ Chí Minh',
      start: new Date('1948-06-11T00:00:00+07:00'),
      images: [],
      publisher,
    });
    expect(running).toMatchObject({ '@type': 'CreativeWork', temporalCoverage: '1948-06-11/..', creator: { name: 'Chủ tịch Hồ Chí Minh' } });
    const ended = campaignWork({
      url: 'https://x.vn/phong-trao/b/',
      name: 'Kỷ cương',
      launchedBy: 'UBND',
      start: new Date('2017-01-01T00:00:00+07:00'),
      end: new Date('2017-12-31T00:00:00+07:00'),
      images: [],
      publisher,
    });
    expect(ended.temporalCoverage).toBe('2017-01-01/2017-12-31');
  });
});
