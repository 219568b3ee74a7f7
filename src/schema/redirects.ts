/**
 * content/redirects.json: old addresses and where they lead now, so that
 * deleting or moving an article never leaves a dead link. One definition of
 * its fields (the same builders as the collections), checked by the build
 * (src/build/redirects.ts); the file can be added to the CMS from
 * these fields like any collection.
 */
import { dateTime, list, text, type FieldMap } from './fields.ts';

/** Site paths: ASCII, from the root, no query or fragment (a static server sees only the path). */
const PATH: [RegExp, string] = [
  /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/,
  'Đường dẫn phải bắt đầu bằng “/”, chỉ gồm chữ không dấu, số và - _ . /, không có “?” hay “#”',
];
const TARGET: [RegExp, string] = [
  /^(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*|https:\/\/[^\s"<>]+)$/,
  'Địa chỉ mới phải là đường dẫn trên trang (bắt đầu bằng “/”) hoặc một địa chỉ https://',
];

export const redirectFields = {
  redirects: list({
    label: 'Chuyển hướng',
    hint: 'Mỗi khi xóa hoặc đổi đường dẫn một bài, ghi địa chỉ cũ và địa chỉ mới ở đây',
    summary: '{{fields.from}} → {{fields.to}}',
    fields: {
      /** The old address, e.g. /tin-tuc/2015/bai-cu/ */
      from: text({ label: 'Địa chỉ cũ', hint: 'Ví dụ: /tin-tuc/2015/ten-bai-cu/', max: 300, pattern: PATH }),
      /** Where it leads now: a page of the site or an https:// address. */
      to: text({ label: 'Địa chỉ mới', hint: 'Ví dụ: /tin-tuc/2016/ten-bai-moi/ hoặc /tin-tuc/', max: 500, pattern: TARGET }),
      /** Why (kept for editors; not shown to readers). */
      reason: text({ label: 'Lý do', required: false, max: 300 }),
      /** When the old address stopped. */
      date: dateTime({ label: 'Ngày chuyển', required: false }),
    },
  }),
} satisfies FieldMap;
