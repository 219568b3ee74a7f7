/**
 * The album lightbox: a thumbnail opens its photo large in a modal <dialog>,
 * in place, instead of going to the photo's page. ← and → step through the
 * album (wrapping), Esc or “Đóng” closes it, and focus goes back to the
 * thumbnail of the photo last shown. Without this script (or with a modifier
 * key, or a middle click) the thumbnail is an ordinary link to the photo's
 * page. An external module: the site's CSP allows no inline script and no
 * inline style, so nothing here sets a style; classes in site.css do.
 */
import { stepPhoto } from '../lib/albums.ts';

interface Labels {
  close: string;
  previous: string;
  next: string;
  /** "Ảnh {n}/{count}" */
  photo: string;
  keys: string;
  photographer: string;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

function button(className: string, label: string, text: string): HTMLButtonElement {
  const b = element('button', className, text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  return b;
}

/** One grid's lightbox. */
function attach(grid: HTMLElement): void {
  const labels = JSON.parse(grid.dataset.lightbox || '{}') as Labels;
  const links = [...grid.querySelectorAll<HTMLAnchorElement>('a[data-full]')];
  if (!links.length) return;
  let current = 0;
  let dialog: HTMLDialogElement | undefined;
  let img: HTMLImageElement;
  let counter: HTMLElement;
  let caption: HTMLElement;
  let title: HTMLElement;

  const build = () => {
    dialog = element('dialog', 'lightbox');
    title = element('h2', 'lightbox-counter');
    title.id = `lightbox-${Math.random().toString(36).slice(2)}`;
    dialog.setAttribute('aria-labelledby', title.id);
    const figure = element('figure', 'lightbox-figure');
    img = element('img');
    img.decoding = 'async';
    caption = element('figcaption', 'lightbox-caption');
    counter = title;
    figure.append(img, caption);
    const close = button('lightbox-close', labels.close, '×');
    const prev = button('lightbox-prev', labels.previous, '‹');
    const next = button('lightbox-next', labels.next, '›');
    close.addEventListener('click', () => dialog!.close());
    prev.addEventListener('click', () => show(stepPhoto(current, -1, links.length)));
    next.addEventListener('click', () => show(stepPhoto(current, 1, links.length)));
    const bar = element('div', 'lightbox-bar');
    bar.append(title, close);
    const nav = element('div', 'lightbox-nav');
    nav.append(prev, next);
    const keys = element('p', 'lightbox-keys', labels.keys);
    dialog.append(bar, figure, nav, keys);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight') show(stepPhoto(current, 1, links.length));
      else if (event.key === 'ArrowLeft') show(stepPhoto(current, -1, links.length));
      else return;
      event.preventDefault();
    });
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog!.close();
    });
    dialog.addEventListener('close', () => links[current]!.focus());
    document.body.append(dialog);
  };

  const show = (index: number) => {
    current = index;
    const link = links[index]!;
    img.removeAttribute('srcset');
    img.src = link.dataset.full!;
    if (link.dataset.fullSrcset) img.srcset = link.dataset.fullSrcset;
    img.sizes = '100vw';
    img.alt = link.dataset.alt ?? '';
    counter.textContent = fill(labels.photo, { n: index + 1, count: links.length });
    const text = [link.dataset.caption, labels.photographer].filter(Boolean).join(' — ');
    caption.textContent = text;
    caption.hidden = !text;
  };

  grid.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[data-full]') as HTMLAnchorElement | null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!dialog) build();
    show(links.indexOf(link));
    dialog!.showModal();
  });
}

export function startLightbox(): void {
  if (typeof HTMLDialogElement !== 'function') return;
  for (const grid of document.querySelectorAll<HTMLElement>('[data-lightbox]')) {
    if (grid.dataset.lightboxReady) continue;
    grid.dataset.lightboxReady = '1';
    attach(grid);
  }
}
