/**
 * The CMS's block components round-trip the documented examples through
 * their forms, and preview exactly the HTML the site renders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins, articleMdastPlugins } from '../src/markdown/plugins.ts';
import { articleFeatures } from '../src/markdown/processor.ts';
import { BLOCK_COMPONENTS, blockFromData, dataFromBlock, previewHtml, registerBlockComponents } from './blocks.ts';
import { formatBlock } from '../src/markdown/blocks.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../docs/blocks.md'), 'utf8');
const EXAMPLES = [...DOC.matchAll(/^````md\n([\s\S]*?)\n````$/gm)].map((m) => /^```([a-z-]+)\n([\s\S]*)\n```$/.exec(m[1]!)!);
const site = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: articleMdastPlugins, hastPlugins: articleHastPlugins, features: articleFeatures }).html.trim();

describe('the CMS block components', () => {
  it('offer one component per block, each with its fence', () => {
    expect(BLOCK_COMPONENTS.map((c) => c.id)).toEqual(['anh', 'bo-anh', 'khen-thuong', 'van-ban']);
  });

  for (const [block, lang, body] of EXAMPLES) {
    it(`open and save the documented ${lang} example unchanged`, () => {
      const data = dataFromBlock(lang!, body!);
      expect(formatBlock(blockFromData(lang!, data))).toBe(block);
    });
    it(`preview the ${lang} example as the site renders it`, () => {
      expect(previewHtml(lang!, dataFromBlock(lang!, body!))).toBe(site(block!));
    });
  }

  it('write photos relative to the article, as astro:assets reads them', () => {
    expect(formatBlock(blockFromData('anh', { image: 'anh/a.jpg', alt: 'Cờ' }))).toBe('```anh\nẢnh: ./anh/a.jpg\nMô tả: Cờ\n```');
  });

  it("name the editor's code block in Vietnamese: Decap's own says “Code Block”", () => {
    const registered: { id: string; label: string; type?: string }[] = [];
    registerBlockComponents({ registerEditorComponent: (c) => registered.push(c as never) });
    expect(registered.map((c) => c.id)).toEqual(['code-block', 'khoi-anh', 'khoi-bo-anh', 'khoi-khen-thuong', 'khoi-van-ban']);
    // The type Decap replaces its own code block by.
    expect(registered[0]).toMatchObject({ type: 'code-block', label: 'Đoạn mã (không phải khối của trang)' });
  });

  it('say what is missing instead of previewing a block the build would refuse', () => {
    expect(previewHtml('anh', { image: './anh/a.jpg' })).toContain('Khối chưa đủ thông tin: thiếu “Mô tả” của ảnh');
  });
});
