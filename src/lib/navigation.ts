/** The site's main sections, shared by the header menu and the HTML site map. */
import { vi } from '../i18n/vi.ts';
import { ALBUMS, CAMPAIGNS, CATEGORIES, HOME, NEWS, WARDS } from './routes.ts';

export const mainSections = [
  { href: HOME, label: vi.site.home },
  { href: NEWS, label: vi.site.news },
  { href: CAMPAIGNS, label: vi.site.campaigns },
  { href: ALBUMS, label: vi.site.albums },
  { href: CATEGORIES, label: vi.site.categories },
  { href: WARDS, label: vi.site.wards },
] as const;
