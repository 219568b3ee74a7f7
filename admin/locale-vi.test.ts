import { describe, expect, it } from 'vitest';
// Decap's own phrase books, straight from the package the admin bundles.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import decapVi from 'decap-cms-locales/dist/esm/vi/index.js';
import { viPhrases } from './locale-vi.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('Vietnamese phrases for Decap CMS', () => {
  const enFlat = flatten(en as Tree);
  const viFlat = flatten(viPhrases as unknown as Tree);

  it('has every key of Decap’s English locale, and no other', () => {
    expect(enFlat.size).toBeGreaterThan(240);
    expect([...enFlat.keys()].filter((k) => !viFlat.has(k))).toEqual([]);
    expect([...viFlat.keys()].filter((k) => !enFlat.has(k))).toEqual([]);
  });

  it('covers what Decap’s own vi locale leaves in English', () => {
    const decapFlat = flatten(decapVi as Tree);
    const missing = [...enFlat.keys()].filter((k) => !decapFlat.has(k));
    expect(missing.length).toBeGreaterThan(50);
    for (const key of missing) expect(viFlat.get(key), key).toBeTruthy();
  });

  it('leaves no phrase in English', () => {
    const same = [...enFlat].filter(([key, text]) => viFlat.get(key) === text && /[A-Za-z]{3,}/.test(text.replace(/%\{\w+\}/g, '')));
    expect(same).toEqual([]);
  });

  it('keeps every placeholder Decap fills in', () => {
    // Dropped on purpose: the widget's code name ("string", "relation") read out to screen readers.
    const dropped = new Set(['editor.editorControl.field.widgetLabel']);
    // Added on purpose: what was saved or published, which admin/patches/noticeNamesWhat.ts passes (“Đã lưu album ảnh”).
    const added: Record<string, string[]> = { 'ui.toast.entrySaved': ['what'], 'ui.toast.entryPublished': ['what'] };
    for (const [key, text] of enFlat) {
      if (dropped.has(key)) expect(viFlat.get(key)).not.toMatch(/%\{/);
      else expect(placeholders(viFlat.get(key) ?? ''), key).toEqual([...placeholders(text), ...(added[key] ?? [])].sort());
    }
  });

  it('names the workflow columns as the newsroom does', () => {
    expect(viPhrases.workflow.workflowList.draftHeader).toBe('Bản nháp');
    expect(viPhrases.workflow.workflowList.inReviewHeader).toBe('Đang xét duyệt');
    expect(viPhrases.workflow.workflowList.readyHeader).toBe('Sẵn sàng');
  });
});
