import { describe, expect, it } from 'vitest';
import { unclosedHtml } from './unclosed.ts';

describe('unclosedHtml: raw HTML that would swallow the rest of an article', () => {
  it('finds an unclosed textarea, title, style, iframe, xmp, noembed, noscript, plaintext, with its line', () => {
    expect(unclosedHtml('Đầu\n\n<textarea>\n\nĐoạn 1\n\n## Tiêu đề\n\nĐoạn 2')).toEqual({ tag: 'textarea', line: 3 });
    expect(unclosedHtml('Đầu <title>x\n\nĐoạn 1\n\n## Tiêu đề')).toEqual({ tag: 'title', line: 1 });
    expect(unclosedHtml('a\n\nb\n\n<div>\n<style>\n\np{}\n\n</style>\n</div>\n\nsau')).toEqual({ tag: 'style', line: 6 });
    for (const tag of ['iframe', 'xmp', 'noembed', 'noscript', 'noframes', 'script', 'TEXTAREA']) {
      expect(unclosedHtml(`Đầu\n\n<${tag}>\n\nĐoạn sau.`), tag).toEqual({ tag: tag.toLowerCase(), line: 3 });
    }
    // Nothing ends <plaintext>, not even </plaintext>.
    expect(unclosedHtml('a <plaintext> b </plaintext>\n\nc')).toEqual({ tag: 'plaintext', line: 1 });
  });
  it('finds one closed only after other paragraphs, and a self-closed one (HTML ignores the slash)', () => {
    expect(unclosedHtml('<title>\n\nĐoạn bị nuốt\n\n</title>\n\nsau')).toEqual({ tag: 'title', line: 1 });
    expect(unclosedHtml('<iframe src="https://x.vn/"/>\n\nsau')).toEqual({ tag: 'iframe', line: 1 });
  });
  it('finds dropped containers and comments left open', () => {
    expect(unclosedHtml('<form>\n<input>\n\nĐoạn trong form\n\n</form>')).toEqual({ tag: 'form', line: 1 });
    expect(unclosedHtml('<object><object></object>\n\nmất')).toEqual({ tag: 'object', line: 1 });
    expect(unclosedHtml('x\n\n<!-- ghi chú\n\nphần còn lại')).toEqual({ tag: '!--', line: 3 });
  });
  it('passes closed tags, code that shows tags, and ordinary raw HTML', () => {
    for (const ok of [
      'a <title>x</title> b\n\nc',
      '<style>p{}</style>\n\nsau',
      '<textarea>x</textarea>\n\nsau',
      'x <!-- a --> y\n\nz',
      '`<textarea>` trong mã\n\n```\n<title>\n```\n\nsau',
      '<svg/>\n\nsau',
      // Raw HTML only between the tags (blank lines split it into several HTML blocks): nothing of the article inside.
      '<form>\n<input>\n\n<select>\n<option>a<option>b\n</select>\n</form>\n\nsau',
      'Chữ <b>đậm</b>\n\n<table><tr><td>x</td></tr></table>',
      'Không có HTML nào.',
    ]) {
      expect(unclosedHtml(ok), ok).toBeNull();
    }
  });
});
