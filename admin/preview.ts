/**
 * The editor's preview pane: the article as the site will show it, with the
 * site's own styles (src/styles/site.css and article.css, imported as they
 * are) and the same meta line, byline and source (src/lib/articleMeta.ts).
 * Markup mirrors src/layouts/ArticleLayout.astro and its components.
 */
import { createElement as h, type ReactNode } from 'react';
import { metaLine, sourceLine } from '../src/lib/articleMeta.ts';
import { formatDate, formatDateTime, parseStoredDate, toVnIso } from '../src/lib/dates.ts';
import { CAMPAIGN_LEVELS, optionLabel } from '../src/schema/options.ts';
import { fill, vi } from '../src/i18n/vi.ts';
import type { Lookups } from './entry.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: unknown[]): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string, field?: unknown) => { toString(): string } | undefined;
  fieldsMetaData?: ImmutableLike;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/** The name of a related entry: chosen in this session (Decap's metadata), else from the build-time lookups. */
function relatedName(props: PreviewProps, field: string, collection: string, id: string, fallback: Record<string, string>, key = 'name'): string {
  const picked = props.fieldsMetaData?.getIn([field, collection, id, key]);
  return (typeof picked === 'string' && picked) || fallback[id] || id;
}

function photo(props: PreviewProps, cover: Record<string, unknown> | undefined, className: string): ReactNode {
  const image = text(cover?.image);
  if (!cover || !image) return null;
  // Decap finds photos in the entry's media folder (content/news/<năm>/anh/), where the CMS puts them.
  const asset = props.getAsset(image);
  const caption = text(cover.caption);
  const credit = text(cover.credit);
  return h(
    'figure',
    { className },
    h('img', { src: asset?.toString() ?? '', alt: text(cover.alt) ?? '' }),
    caption || credit ? h('figcaption', null, caption, credit ? h('span', { className: 'credit' }, ` (${vi.article.photo}: ${credit})`) : null) : null,
  );
}

export function newsPreview(lookups: Lookups) {
  return function NewsPreview(props: PreviewProps) {
    const data = props.entry.get('data') as ImmutableLike;
    const d = data.toJS() as Record<string, unknown>;
    // Only a complete, valid date: never the last valid one while the field shows something else.
    const publishedAt = typeof d.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(d.publishedAt) ? parseStoredDate(d.publishedAt) : null;
    const legacy = d.legacy as { views?: number; dateOnly?: boolean } | undefined;
    const categoryId = text(d.category);
    const category = categoryId ? relatedName(props, 'category', 'categories', categoryId, lookups.categories) : undefined;
    const byline = text(d.byline);
    const source = text(d.source);
    const summary = text(d.summary);
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        { className: 'article' },
        h(
          'header',
          { className: 'article-header' },
          category ? h('p', { className: 'article-category' }, h('a', { href: '#' }, category)) : null,
          h('h1', { className: 'article-title' }, text(d.title) ?? ''),
          h(
            'div',
            { className: 'article-meta' },
            publishedAt ? h('p', { className: 'meta-line' }, h('time', { dateTime: toVnIso(publishedAt) }, metaLine({ publishedAt, legacy }))) : null,
            byline ? h('p', { className: 'byline' }, byline) : null,
            source ? h('p', { className: 'source' }, sourceLine(source)) : null,
          ),
          summary ? h('p', { className: 'article-summary' }, summary) : null,
        ),
        photo(props, d.cover as Record<string, unknown> | undefined, 'article-cover'),
        h('div', { className: 'article-body' }, props.widgetFor('body')),
        topics(props, d, lookups),
      ),
    );
  };
}

/** The article's wards and campaigns, as src/components/ArticleTopics.astro lists them under the article. */
function topics(props: PreviewProps, d: Record<string, unknown>, lookups: Lookups): ReactNode {
  const ids = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const groups = [
    { label: vi.article.wards, names: ids(d.wards).map((id) => relatedName(props, 'wards', 'wards', id, lookups.wards, 'label')) },
    { label: vi.article.campaigns, names: ids(d.campaigns).map((id) => relatedName(props, 'campaigns', 'campaigns', id, lookups.campaigns ?? {})) },
  ].filter((g) => g.names.length);
  if (!groups.length) return null;
  return h(
    'section',
    { className: 'article-topics' },
    h(
      'dl',
      { className: 'facts' },
      ...groups.flatMap((g) => [h('dt', { key: `${g.label}-t` }, g.label), h('dd', { key: `${g.label}-d` }, g.names.join(', '))]),
    ),
  );
}

export function campaignPreview() {
  return function CampaignPreview(props: PreviewProps) {
    const d = (props.entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
    const period = (d.period ?? {}) as { start?: string; end?: string };
    const start = period.start ? parseStoredDate(period.start) : null;
    const end = period.end ? parseStoredDate(period.end) : null;
    const level = text(d.level);
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        { className: 'article' },
        h(
          'header',
          { className: 'article-header' },
          h('h1', { className: 'article-title' }, text(d.name) ?? ''),
          text(d.theme) ? h('p', { className: 'article-summary' }, `${vi.campaign.theme}: ${d.theme as string}`) : null,
          h(
            'div',
            { className: 'article-meta' },
            start
              ? h(
                  'p',
                  null,
                  `${vi.campaign.period}: ${vi.campaign.from} ${formatDate(start)} ${end ? `${vi.campaign.to} ${formatDate(end)}` : `(${vi.campaign.ongoing})`}`,
                )
              : null,
            text(d.launchedBy) ? h('p', { className: 'byline' }, `${vi.campaign.launchedBy}: ${d.launchedBy as string}`) : null,
            level ? h('p', null, `${vi.campaign.level}: ${optionLabel(CAMPAIGN_LEVELS, level)}`) : null,
          ),
        ),
        photo(props, d.cover as Record<string, unknown> | undefined, 'article-cover'),
        h('div', { className: 'article-body' }, props.widgetFor('body')),
      ),
    );
  };
}

/** An album as its page shows it (src/pages/album-anh/[slug]/index.astro): title, date, count, photographer, introduction, the grid. */
export function albumPreview() {
  return function AlbumPreview(props: PreviewProps) {
    const d = (props.entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
    const publishedAt = typeof d.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(d.publishedAt) ? parseStoredDate(d.publishedAt) : null;
    const photos = (Array.isArray(d.photos) ? d.photos : []) as Record<string, unknown>[];
    const photographer = text(d.photographer);
    const description = text(d.description);
    const facts = [fill(vi.album.photos, { count: photos.length }), photographer ? `${vi.album.photographer}: ${photographer}` : ''].filter(Boolean);
    return h(
      'main',
      { className: 'wrap' },
      h(
        'article',
        { className: 'album' },
        h(
          'header',
          null,
          h('h1', { className: 'page-title' }, text(d.title) ?? ''),
          h(
            'p',
            { className: 'card-meta' },
            publishedAt ? [`${vi.album.published} `, h('time', { key: 'time', dateTime: toVnIso(publishedAt) }, formatDateTime(publishedAt)), ' · '] : null,
            facts.join(' · '),
          ),
          description ? h('p', { className: 'page-intro' }, description) : null,
        ),
        h(
          'ul',
          { className: 'album-grid', 'aria-label': vi.album.grid },
          ...photos.map((p, i) =>
            h(
              'li',
              { key: i },
              h('img', { src: text(p.image) ? (props.getAsset(p.image as string)?.toString() ?? '') : '', alt: text(p.alt) ?? '' }),
              text(p.caption) ? h('p', { className: 'card-meta' }, p.caption as string) : null,
            ),
          ),
        ),
      ),
    );
  };
}
