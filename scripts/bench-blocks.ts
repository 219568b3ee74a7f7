/**
 * What the rich blocks (docs/blocks.md) cost at scale. Takes a corpus from
 * scripts/corpus.ts and writes a copy in which a share of the articles (30%
 * by default) end with an award table and a document reference, and those
 * with a cover photo also with a ```anh figure of it. Then it times the
 * site's Markdown pipeline (src/markdown) over every body of both corpora,
 * best of three runs, so the figure is the blocks' own cost, without the rest
 * of the build. Build both corpora with `astro build` to see the whole cost
 * (docs/PERFORMANCE.md, “Rich blocks”).
 *
 *   node_modules/.bin/node scripts/corpus.ts --articles 1000
 *   node_modules/.bin/node scripts/bench-blocks.ts [--corpus tmp/corpus] [--out tmp/corpus-blocks] [--rate 0.3]
 *   node_modules/.bin/node scripts/bench-blocks.ts --help
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins, articleMdastPlugins } from '../src/markdown/plugins.ts';
import { articleFeatures } from '../src/markdown/processor.ts';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';
import { formatBlock } from '../src/markdown/blocks.ts';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'Cách dùng (usage): node_modules/.bin/node scripts/bench-blocks.ts [--corpus <thư mục>] [--out <thư mục>] [--rate <tỉ lệ>]';
const HELP = `Đo chi phí của các khối nội dung (docs/blocks.md): chép một kho bài của scripts/corpus.ts, thêm khối vào một phần các bài, rồi đo bộ xử lý Markdown của trang trên cả hai kho (lấy lần nhanh nhất trong ba lần).

${USAGE}

  --corpus <thư mục>  kho bài gốc (mặc định tmp/corpus)
  --out <thư mục>     nơi ghi bản sao có khối (mặc định tmp/corpus-blocks; thư mục cũ bị thay)
  --rate <tỉ lệ>      tỉ lệ bài được thêm khối, từ 0 đến 1 (mặc định 0.3)
  -h, --help          in hướng dẫn này`;

const { corpus, out, rate } = commandLineOrExit(
  () => {
    const line = readCommandLine(process.argv.slice(2), { corpus: { type: 'string' }, out: { type: 'string' }, rate: { type: 'string' } }, { lang: 'vi' });
    if (line.help) return 'help';
    const rate = Number(line.values.rate ?? 0.3);
    if (!(rate >= 0 && rate <= 1)) throw new UsageError(`--rate phải là số từ 0 đến 1: ${line.values.rate}`);
    return { corpus: resolve(line.values.corpus ?? join(ROOT, 'tmp/corpus')), out: resolve(line.values.out ?? join(ROOT, 'tmp/corpus-blocks')), rate };
  },
  { usage: USAGE, help: HELP },
);

const files = (dir: string) =>
  readdirSync(join(dir, 'news'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, 'news', f));

function blocksFor(i: number, cover: { image?: string; alt?: string } | undefined): string {
  const parts = [
    formatBlock({
      kind: 'awards',
      title: `Kết quả khen thưởng năm ${2015 + (i % 10)}`,
      columns: ['Tập thể, cá nhân', 'Danh hiệu', 'Hình thức'],
      rows: Array.from({ length: 6 }, (_, r) => [`Tổ dân phố số ${r + 1}`, 'Tổ dân phố văn hóa tiêu biểu', 'Giấy khen của Chủ tịch UBND phường']),
    }),
    formatBlock({
      kind: 'document',
      number: `${100 + i}/QĐ-UBND`,
      date: `${1 + (i % 28)}/12/2024`,
      issuer: 'Ủy ban nhân dân phường',
      summary: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc',
    }),
  ];
  if (cover?.image && cover.alt)
    parts.unshift(formatBlock({ kind: 'figure', photo: { image: cover.image, alt: cover.alt, caption: 'Ảnh trong bài' }, credit: 'Phóng viên' }));
  return parts.join('\n\n');
}

rmSync(out, { recursive: true, force: true });
cpSync(corpus, out, { recursive: true });
let withBlocks = 0;
files(out).forEach((file, i) => {
  if ((i * 7919) % 1000 >= rate * 1000) return;
  const text = readFileSync(file, 'utf8');
  const { data } = splitFrontmatter(text);
  writeFileSync(file, `${text.trimEnd()}\n\n${blocksFor(i, data.cover as { image?: string; alt?: string } | undefined)}\n`);
  withBlocks++;
});

const bodies = (dir: string) => files(dir).map((f) => ({ body: splitFrontmatter(readFileSync(f, 'utf8')).body }));
function time(items: { body: string }[], mdastPlugins: typeof articleMdastPlugins | []): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const { body } of items)
      markdownToHtml(body, {
        mdastPlugins,
        hastPlugins: articleHastPlugins,
        features: articleFeatures,
        data: { astro: { localImagePaths: new Set(), remoteImagePaths: new Set(), frontmatter: {}, headings: [] } },
      });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
const plain = bodies(corpus);
const blocks = bodies(out);
const results = {
  articles: plain.length,
  withBlocks,
  plainWithoutPlugin: time(plain, []),
  plainWithPlugin: time(plain, articleMdastPlugins),
  blocksWithPlugin: time(blocks, articleMdastPlugins),
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`${results.articles} bài, ${withBlocks} có khối → ${out}`);
console.log(`Markdown, kho gốc, không có plugin khối: ${ms(results.plainWithoutPlugin)}`);
console.log(`Markdown, kho gốc, có plugin khối:       ${ms(results.plainWithPlugin)}`);
console.log(
  `Markdown, kho có khối, có plugin khối:   ${ms(results.blocksWithPlugin)} (${((results.blocksWithPlugin - results.plainWithPlugin) / withBlocks).toFixed(2)} ms mỗi bài có khối)`,
);
