/**
 * An article's slug by its title and date: `<Vietnamese year>/<slug of the
 * title>`, its file content/news/<slug>.md and its page /tin-tuc/<slug>/.
 * One rule for the CMS (admin/entry.ts names new files with it), the local CMS
 * server (a draft follows it until published: admin/server/draft-path.ts) and
 * the admin, which opens the article under that name once published.
 */
import { parseStoredDate, vnYear } from '../src/lib/dates.ts';
import { slugify } from '../src/lib/vietnamese.ts';

export function articleSlug(title: unknown, publishedAt: unknown): string | null {
  const name = typeof title === 'string' ? slugify(title) : '';
  const date = typeof publishedAt === 'string' ? parseStoredDate(publishedAt) : publishedAt instanceof Date ? publishedAt : null;
  return name && date ? `${vnYear(date)}/${name}` : null;
}
