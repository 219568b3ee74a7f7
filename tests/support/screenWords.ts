/**
 * English on the admin's screen, found as an officer would notice it: a word
 * of Decap's own English phrase book (decap-cms-locales/en, where every
 * untranslated label comes from) or of the browser's own controls, that is
 * not also a Vietnamese syllable written without marks (“to”, “in”, “set”
 * are Vietnamese too) nor the name of a file format staff are told about.
 *
 * `watchScreen` is the recorder the Chromium tests install in every page of
 * the admin: it runs in the browser, so it and `englishIn` use nothing from
 * outside themselves.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';

/** Names that stay as they are in Vietnamese text: formats, products, keys as printed on a keyboard, and “alt” of “Mô tả ảnh (alt)”. */
export const ALLOWED = [
  'pdf',
  'word',
  'excel',
  'jpeg',
  'png',
  'webp',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'odt',
  'ods',
  'markdown',
  'decap',
  'cms',
  'rss',
  'gps',
  'exif',
  'alt',
  'url',
  'email',
  'ctrl',
  'shift',
  'enter',
  'esc',
  'tab',
  'backspace',
];

/** What browsers, React and react-select (the pickers) print or read aloud unless told otherwise: not in Decap's phrase book. */
const BROWSER = [
  'choose',
  'files',
  'file',
  'chosen',
  'invalid',
  'date',
  'undefined',
  'null',
  'nan',
  'object',
  'loading',
  'untitled',
  'error',
  'available',
  'focused',
  'deselected',
  'refine',
  'currently',
  'escape',
];

const INITIALS = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
const NUCLEI = '(?:uye|uya|uyu|uoi|uou|ieu|yeu|oai|oao|oay|oeo|uay|uai|uau|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])';
const FINALS = '(?:ng|nh|ch|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIALS}${NUCLEI}${FINALS}$`);

/** A Vietnamese syllable with its marks taken off (“duong”, “nghieng”, “khuyen”); generous, never strict. */
export function isBareSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase());
}

/** The English words to look for, lower case. */
export function englishWords(): string[] {
  const words = new Set<string>(BROWSER);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of value.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z]+/g) ?? []) words.add(word.toLowerCase());
    } else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
  };
  walk(en);
  return [...words].filter((w) => w.length > 1 && !isBareSyllable(w) && !ALLOWED.includes(w)).sort();
}

/** The English words of `text`, as written there, each once. Self-contained: it also runs in the page. */
export function englishIn(text: string, english: string[]): string[] {
  const set = new Set(english);
  const found: string[] = [];
  // Words of Latin letters only: a word with a Vietnamese letter (ư, ơ, đ, a mark) is Vietnamese, and one with a
  // digit is a number or a code, such as the time an upload's name ends with (hoi-nghi-4if0a1.jpg holds no “if”).
  for (const word of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(word) && set.has(word.toLowerCase()) && !found.includes(word)) found.push(word);
  }
  return found;
}

export interface ScreenWatch {
  /** Patterns (regular expressions) of phrases that must never show, English or misleading Vietnamese. */
  patterns: string[];
  english: string[];
  /** The source of `englishIn`, so that the page runs the same check as the unit test. */
  englishIn: string;
}

/**
 * Installed with `context.addInitScript(watchScreen, watch)`: on every change of the
 * admin's screen and of its preview pane (a frame of the same origin), what it finds is
 * added to sessionStorage `unwantedWords` as “word (#/screen)”, kept across the day, and
 * the text around it to `unwantedContext` (screenContext()).
 */
export function watchScreen(watch: ScreenWatch): void {
  if (location.pathname !== '/admin/') return;
  const find = new Function(`return (${watch.englishIn})`)() as (text: string, english: string[]) => string[];
  let queued = false;
  const look = () => {
    queued = false;
    const seen: string[] = JSON.parse(sessionStorage.getItem('unwantedWords') ?? '[]');
    const frames = [...document.querySelectorAll('iframe')].map((f) => {
      try {
        return f.contentDocument?.body?.innerText ?? '';
      } catch {
        return '';
      }
    });
    const page = document.body?.innerText ?? '';
    const text = [page, ...frames].join('\n');
    const screen = location.hash.replace(/\/entries\/.*$/, '/entries/…') || '#/';
    // Where each was seen, for the failure message: a word that flashes for a frame is found by its neighbours.
    const around: string[] = JSON.parse(sessionStorage.getItem('unwantedContext') ?? '[]');
    const add = (what: string, at: number) => {
      const note = `${what} (${screen})`;
      if (seen.includes(note)) return;
      seen.push(note);
      const part = at < page.length ? 'page' : 'preview frame';
      around.push(`${note}, in the ${part}: …${text.slice(Math.max(0, at - 200), at + 200)}…`);
    };
    for (const pattern of watch.patterns) {
      const match = new RegExp(pattern).exec(text);
      if (match) add(match[0], match.index);
    }
    for (const word of find(text, watch.english)) add(word, text.search(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}(?![\\p{L}\\p{M}\\p{N}])`, 'u')));
    sessionStorage.setItem('unwantedWords', JSON.stringify(seen));
    sessionStorage.setItem('unwantedContext', JSON.stringify(around));
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(look);
  };
  new MutationObserver(queue).observe(document, { subtree: true, childList: true, characterData: true });
  // The preview pane's own changes do not reach the observer above.
  setInterval(queue, 500);
}

/** What `watchScreen` needs, for these patterns. */
export function screenWatch(patterns: string[]): ScreenWatch {
  return { patterns, english: englishWords(), englishIn: englishIn.toString() };
}

/** The text around each unwanted word `watchScreen` found, for a failure message: run in the page. */
export const screenContext = (): string => (JSON.parse(sessionStorage.getItem('unwantedContext') ?? '[]') as string[]).join('\n');
