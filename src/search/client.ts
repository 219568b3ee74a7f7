/**
 * The search page in the browser: reads the state from the URL, loads
 * Pagefind (pagefind.js, its worker and WebAssembly, served from /pagefind/)
 * on first use, renders results, filters with counts and notices,
 * and keeps the URL in step (shareable, back/forward work). Only the search
 * page bundles this module; article pages ship no script.
 */
import { isEmptyState, normalizeQuery, parseSearchParams, searchHref, withFilter, type SearchState } from './searchQuery.ts';
import { excerptSegments } from './searchText.ts';
import { vi } from '../i18n/vi.ts';
import { emptyFacets, SearchEngine, type FacetOption, type IndexApi, type SearchResult, type SearchOutcome } from './engine.ts';
import { openPagefindIndex, type PagefindApi } from './pagefindIndex.ts';
import { BUNDLE_URL, FILTER, FILTER_KEYS, VOCABULARY_FILE, type FilterKey } from './keys.ts';

/** Labels for filter values (id → name; years need none), embedded by the page from the content collections. */
export type FacetLabels = Record<Exclude<FilterKey, typeof FILTER.year>, Record<string, string>> & {
  /** Ward ids that are historic units ("(cũ)"), listed in their own group. */
  historic: string[];
};

const PAGE_SIZE = 10;
/**
 * How long the keys must rest before search as you type goes on from the
 * newest years to every year. That search cannot be stopped once Pagefind's
 * worker has it, and for words of every page ("tổ dân") it takes 1–3 s at
 * 10,000 articles: at 250 ms a reader's pause between two keys set it off, and
 * the next key waited behind it (docs/PERFORMANCE.md). A second is a reader
 * who has stopped typing.
 */
const TYPING_PAUSE_MS = 1000;

/** Each filter's label and its “all” option; the search page renders its selects from this too. */
export const FACET_TEXT: Record<FilterKey, { label: string; all: string }> = {
  [FILTER.ward]: { label: vi.search.filterWard, all: vi.search.allWards },
  [FILTER.campaign]: { label: vi.search.filterCampaign, all: vi.search.allCampaigns },
  [FILTER.category]: { label: vi.search.filterCategory, all: vi.search.allCategories },
  [FILTER.year]: { label: vi.search.filterYear, all: vi.search.allYears },
};

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The site's Pagefind bundles. pagefind.js is loaded at run time from the
 * bundle (never bundled by Vite: it is the build's own, matching its index).
 */
const loadIndex = (): Promise<IndexApi> =>
  openPagefindIndex(BUNDLE_URL, { excerptLength: 32, ellipsis: '…', load: (url) => import(/* @vite-ignore */ url) as Promise<PagefindApi> });

async function loadVocabulary(): Promise<string[]> {
  const response = await fetch(`${BUNDLE_URL}${VOCABULARY_FILE}`);
  return response.ok ? ((await response.json()) as string[]) : [];
}

export function startSearchPage(root: ParentNode = document): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#tim-kiem-form');
  const input = $<HTMLInputElement>('#tim-kiem-q');
  const sortSelect = $<HTMLSelectElement>('#tim-kiem-sap-xep');
  const status = $<HTMLElement>('#tim-kiem-status');
  const notice = $<HTMLElement>('#tim-kiem-notice');
  const active = $<HTMLElement>('#tim-kiem-active');
  const list = $<HTMLOListElement>('#tim-kiem-results');
  const more = $<HTMLButtonElement>('#tim-kiem-more');
  const selects = Object.fromEntries(FILTER_KEYS.map((key) => [key, $<HTMLSelectElement>(`#tim-kiem-${key}`)])) as Record<FilterKey, HTMLSelectElement>;
  const labels = JSON.parse($<HTMLScriptElement>('#tim-kiem-labels').textContent || '{}') as FacetLabels;
  const historic = new Set(labels.historic ?? []);

  const baseTitle = document.title;
  let state = parseSearchParams(location.search);
  let engine: Promise<SearchEngine> | null = null;
  let run = 0;
  /** Aborts the search of the previous run: a search overtaken by the next keystroke stops before it loads its pages. */
  let overtaken: AbortController | null = null;
  let shown: SearchResult[] = [];
  let all: SearchResult[] = [];
  /** The last term is still being typed (an input event with no space after it): it also matches by its start. */
  let typing = false;
  const filtersBox = $<HTMLFieldSetElement>('.search-form__filters');

  const getEngine = () => {
    engine ??= loadIndex().then((index) => new SearchEngine(index, { vocabulary: loadVocabulary }));
    return engine;
  };
  // Start loading as soon as the reader shows interest.
  input.addEventListener('focus', () => void getEngine().catch(() => {}), { once: true });

  // Own properties only: "?phuong=constructor" must show "constructor", not Object's function.
  const labelOf = (key: FilterKey, value: string) => (key !== FILTER.year && labels[key] && Object.hasOwn(labels[key], value) ? labels[key][value]! : value);

  function showForm(s: SearchState) {
    if (normalizeQuery(input.value) !== s.q) input.value = s.q;
    sortSelect.value = s.sort === 'moi-nhat' ? 'moi-nhat' : '';
    for (const key of FILTER_KEYS) {
      const value = s.filters[key] ?? '';
      if (![...selects[key].options].some((o) => o.value === value)) selects[key].append(el('option', { value, textContent: labelOf(key, value) }));
      selects[key].value = value;
    }
  }

  function navigate(next: SearchState, mode: 'push' | 'replace', stillTyping = false) {
    state = next;
    typing = stillTyping;
    const href = searchHref(next);
    if (href !== location.pathname + location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', href);
    document.title = next.q ? `${next.q} – ${baseTitle}` : baseTitle;
    void search();
  }

  /** Filter options before their counts are loaded: every ward, campaign and category by name. */
  const namesOnly = (key: FilterKey): FacetOption[] => (key === FILTER.year ? [] : Object.keys(labels[key] ?? {}).map((value) => ({ value, count: -1 })));

  function renderFacets(facets: SearchOutcome['facets'], loaded = true) {
    for (const key of FILTER_KEYS) {
      const select = selects[key];
      const selected = state.filters[key] ?? '';
      const options = loaded ? [...facets[key]] : namesOnly(key);
      if (selected && !options.some((o) => o.value === selected)) options.push({ value: selected, count: 0 });
      options.sort(
        key === FILTER.year
          ? (a, b) => b.value.localeCompare(a.value)
          : (a, b) => b.count - a.count || labelOf(key, a.value).localeCompare(labelOf(key, b.value), 'vi'),
      );
      const option = (o: FacetOption) =>
        el('option', {
          value: o.value,
          textContent: o.count < 0 ? labelOf(key, o.value) : `${labelOf(key, o.value)} (${o.count})`,
          selected: o.value === selected,
        });
      const children: HTMLElement[] = [el('option', { value: '', textContent: FACET_TEXT[key].all, selected: !selected })];
      if (key === FILTER.ward && options.some((o) => historic.has(o.value))) {
        children.push(el('optgroup', { label: vi.search.wardsCurrent }, options.filter((o) => !historic.has(o.value)).map(option)));
        children.push(el('optgroup', { label: vi.search.wardsHistoric }, options.filter((o) => historic.has(o.value)).map(option)));
      } else children.push(...options.map(option));
      select.replaceChildren(...children);
      select.value = selected;
    }
  }

  function renderActive() {
    const keys = FILTER_KEYS.filter((k) => state.filters[k]);
    active.hidden = keys.length === 0;
    if (!keys.length) return active.replaceChildren();
    const buttons = keys.map((key) =>
      el('li', {}, [
        el(
          'button',
          { type: 'button', className: 'search-chip', onclick: () => navigate(withFilter(state, key, undefined), 'push') },
          [`${labelOf(key, state.filters[key]!)}`, el('span', { textContent: ' ×' }, [], { 'aria-hidden': 'true' })],
          { 'aria-label': `${vi.search.removeFilter} ${FACET_TEXT[key].label}: ${labelOf(key, state.filters[key]!)}` },
        ),
      ]),
    );
    if (keys.length > 1) {
      buttons.push(
        el('li', {}, [
          el('button', {
            type: 'button',
            className: 'search-chip search-chip--clear',
            textContent: vi.search.clearFilters,
            onclick: () => navigate({ ...state, filters: {} }, 'push'),
          }),
        ]),
      );
    }
    active.replaceChildren(
      el('p', { id: 'tim-kiem-active-label', textContent: vi.search.activeFilters }),
      el('ul', {}, buttons, { 'aria-labelledby': 'tim-kiem-active-label' }),
    );
  }

  /** The list items of results (their fragments are fetched first: the caller checks the search is still current). */
  async function resultItems(results: SearchResult[]): Promise<HTMLLIElement[]> {
    const views = await (await getEngine()).views(results);
    const items = views.map((v) => {
      const metaParts: (Node | string)[] = [el('span', { className: 'search-result__kind', textContent: v.kind })];
      if (v.date) metaParts.push(' · ', el('span', {}, [el('span', { className: 'sr-only', textContent: `${vi.search.date} ` }), v.date]));
      if (v.category) metaParts.push(' · ', el('span', {}, [el('span', { className: 'sr-only', textContent: `${vi.search.category}: ` }), v.category]));
      if (v.wards) metaParts.push(' · ', el('span', {}, [el('span', { className: 'sr-only', textContent: `${vi.search.ward}: ` }), v.wards]));
      const place = v.place ? [el('p', { className: 'search-result__place', textContent: fill(vi.search.placeMatched, { place: v.place }) })] : [];
      const excerpt = el('p', { className: 'search-result__excerpt' });
      for (const seg of excerptSegments(v.excerptHtml)) excerpt.append(seg.marked ? el('mark', { textContent: seg.text }) : seg.text);
      return el('li', { className: 'search-result' }, [
        el('h3', { className: 'search-result__title' }, [el('a', { href: v.href, textContent: v.title })]),
        el('p', { className: 'search-result__meta' }, metaParts),
        ...place,
        excerpt,
      ]);
    });
    return items;
  }

  function renderNotice(outcome: SearchOutcome) {
    notice.replaceChildren();
    const quoted = (terms: string[]) => terms.map((t) => fill(vi.search.unknownTerm, { term: t })).join(` ${vi.search.and} `);
    if (outcome.status === 'unknown-terms') {
      notice.append(el('p', { textContent: fill(vi.search.unknownTerms, { terms: quoted(outcome.unknownTerms), query: state.q }) }));
      if (outcome.suggestion) {
        const href = searchHref({ ...state, q: outcome.suggestion });
        const link = el('a', {
          href,
          textContent: outcome.suggestion,
          onclick: (e: MouseEvent) => (e.preventDefault(), navigate({ ...state, q: outcome.suggestion! }, 'push')),
        });
        notice.append(el('p', {}, [`${vi.search.suggest} `, link]));
      }
    } else if (outcome.approximate) {
      notice.append(el('p', { textContent: fill(vi.search.approximate, { query: state.q }) }));
    } else if (outcome.correctedQuery) {
      const changed = outcome.terms.filter((t) => t.how === 'telex' || t.how === 'vni' || t.how === 'spelling').map((t) => t.term);
      notice.append(el('p', { textContent: fill(vi.search.corrected, { terms: quoted(changed), query: outcome.correctedQuery }) }));
    } else if (outcome.status === 'no-results' && Object.keys(state.filters).length) {
      notice.append(el('p', { textContent: vi.search.tryFewerFilters }));
    }
  }

  function renderCount() {
    more.hidden = shown.length >= all.length;
    if (!more.hidden) more.textContent = fill(vi.search.more, { shown: shown.length, count: all.length });
  }

  function showIdle() {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    delete list.dataset.partial;
    notice.replaceChildren();
    status.textContent = vi.search.idle;
    more.hidden = true;
    renderFacets(emptyFacets(), false);
  }

  /** Search for the current state: the newest years first when they are loaded apart (quick), unless `whole`. */
  async function search(whole = false) {
    const id = ++run;
    overtaken?.abort();
    overtaken = new AbortController();
    const { signal } = overtaken;
    renderActive();
    if (isEmptyState(state)) return showIdle();
    list.setAttribute('aria-busy', 'true');
    delete list.dataset.partial;
    status.textContent = vi.search.loading;
    let outcome: SearchOutcome;
    try {
      outcome = await (await getEngine()).search(state, { typing, quick: !whole, signal });
    } catch (error) {
      if (id !== run) return;
      console.error(error);
      status.textContent = vi.search.error;
      list.removeAttribute('aria-busy');
      return;
    }
    if (id !== run) return;
    // Only the first letter or two of a word typed so far: nothing to search yet.
    if (outcome.status === 'idle') return showIdle();
    const first = outcome.results.slice(0, PAGE_SIZE);
    const items = await resultItems(first);
    // A newer search (the next keystroke) has started meanwhile: its results, not these, go in.
    if (id !== run) return;
    all = outcome.results;
    shown = first;
    list.replaceChildren(...items);
    list.removeAttribute('aria-busy');
    renderFacets(outcome.facets, outcome.facetsLoaded);
    renderNotice(outcome);
    const query = outcome.correctedQuery ?? state.q;
    if (outcome.status === 'results')
      status.textContent = query ? fill(vi.search.found, { count: all.length, query }) : fill(vi.search.foundFiltered, { count: all.length });
    else if (outcome.status === 'no-results') status.textContent = query ? fill(vi.search.noResults, { query }) : vi.search.noResultsFiltered;
    else status.textContent = fill(vi.search.noResults, { query: state.q });
    renderCount();
    delete list.dataset.partial;
    if (outcome.partial) {
      // The newest years answered; older ones load now, and the search runs again over all of them.
      list.setAttribute('aria-busy', 'true');
      list.dataset.partial = 'true';
      status.textContent += ` ${vi.search.searchingOlder}`;
      const engine = await getEngine();
      // While typing, the whole archive is searched once the keys pause: a keystroke's search of every
      // year would only be superseded by the next one (Pagefind's own debouncedSearch waits the same way).
      // Otherwise once these results are on screen: the whole archive's answer (thousands of results
      // from its worker) holds the page's thread for up to a second, and they would show only after it.
      const pause = new Promise((resolve) => (typing ? setTimeout(resolve, TYPING_PAUSE_MS) : requestAnimationFrame(() => setTimeout(resolve, 0))));
      Promise.all([engine.complete(), pause]).then(
        () => void (id === run && search(true)),
        (error: unknown) => {
          console.error(error);
          if (id === run) list.removeAttribute('aria-busy');
        },
      );
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, q: normalizeQuery(input.value) }, 'push');
  });
  // Search as the reader types, at every keystroke: a search takes a few milliseconds once
  // the index is loaded, and a newer one simply supersedes an older one (see `run`).
  input.addEventListener('input', () => {
    const q = normalizeQuery(input.value);
    const stillTyping = q !== '' && !/\s$/.test(input.value);
    if (q !== state.q || stillTyping !== typing) navigate({ ...state, q }, 'replace', stillTyping);
  });
  // Filter counts cost a download of their own: fetch them when the reader turns to the filters.
  // Only the filters are redrawn: the results the reader may be tabbing through stay as they are.
  const wantFacets = () =>
    void getEngine()
      .then(async (e) => {
        await e.loadFacets();
        const id = run;
        if (isEmptyState(state)) return renderFacets(emptyFacets(), false);
        const outcome = await e.search(state, { typing });
        if (id === run) renderFacets(outcome.facets, outcome.facetsLoaded);
      })
      .catch(() => {});
  filtersBox.addEventListener('focusin', wantFacets, { once: true });
  filtersBox.addEventListener('pointerdown', wantFacets, { once: true });
  for (const key of FILTER_KEYS) {
    selects[key].addEventListener('change', () => navigate(withFilter(state, key, selects[key].value || undefined), 'push'));
  }
  sortSelect.addEventListener('change', () => navigate({ ...state, sort: sortSelect.value === 'moi-nhat' ? 'moi-nhat' : 'lien-quan' }, 'push'));
  more.addEventListener('click', async () => {
    const next = all.slice(shown.length, shown.length + PAGE_SIZE);
    const id = run;
    const items = await resultItems(next);
    if (id !== run) return;
    shown = [...shown, ...next];
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
    renderCount();
  });
  window.addEventListener('popstate', () => {
    state = parseSearchParams(location.search);
    showForm(state);
    void search();
  });

  showForm(state);
  form.dataset.ready = 'true';
  void search();
}
