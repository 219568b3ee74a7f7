/** The site's main sections, shared by the header menu and the HTML site map. */
import { vi } from '../i18n/vi.ts';

export const mainSections = [
  { href: '/', label: vi.site.home },
  { href: '/tin-tuc/', label: vi.site.news },
  { href: '/phong-trao/', label: vi.site.campaigns },
  { href: '/album-anh/', label: vi.site.albums },
  { href: '/chuyen-muc/', label: vi.site.categories },
  { href: '/phuong-xa/', label: vi.site.wards },
] as const;
