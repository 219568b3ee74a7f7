import { markdownToHtml, defineMdastPlugin } from 'satteri';
const src = "Trước.\n\n```anh\nẢnh: ./anh/a.jpg\n```\n\nSau.\n\n```js\nx\n```\n";
const m = defineMdastPlugin({ name: 'm', code(node, ctx) {
  console.log('code', node.lang, node.meta, JSON.stringify(node.value), Object.keys(ctx), ctx.data);
  if (node.lang !== 'anh') return;
  ctx.replaceNode(node, { type: 'blockFigure', data: { hName: 'figure', hProperties: { className: ['block-figure'] } }, children: [
    { type: 'paragraph', data: { hName: 'span' }, children: [{ type: 'image', url: './anh/a.jpg', alt: 'Ảnh A' }] },
    { type: 'blockCaption', data: { hName: 'figcaption' }, children: [{ type: 'text', value: 'Chú thích' }, { type: 'blockCredit', data: { hName: 'span', hProperties: { className: ['credit'] } }, children: [{ type: 'text', value: ' (Ảnh: X)' }] }] },
    { type: 'blockTable', data: { hName: 'table' }, children: [{ type: 'x', data: { hName: 'caption' }, children: [{ type: 'text', value: 'Cap' }] }, { type: 'x', data: { hName: 'tbody' }, children: [{ type: 'x', data: { hName: 'tr' }, children: [{ type: 'x', data: { hName: 'th', hProperties: { scope: 'row' } }, children: [{ type: 'text', value: 'A' }] }] }] }] },
    { type: 'x', data: { hName: 'a', hProperties: { href: '/van-ban/x.pdf', className: ['document-file'] } }, children: [{ type: 'text', value: 'Tải' }] },
    { type: 'x', data: { hName: 'time', hProperties: { dateTime: '2024-12-20' } }, children: [{ type: 'text', value: '20/12/2024' }] },
  ] });
} });
console.log(markdownToHtml(src, { mdastPlugins: [m], features: { rawHtml: true } }).html);
