/** Chuyên mục: content/categories/<slug>.json */
import { integer, longText, text, type FieldMap } from './fields.ts';

export const categoryFields = {
  /** Name as shown in menus, e.g. “Hoạt động khối chính quyền”. */
  name: text({ label: 'Tên chuyên mục', max: 120 }),
  /** One sentence on what the category holds. */
  description: longText({ label: 'Mô tả', required: false, max: 300 }),
  /** Position in menus, smallest first. */
  order: integer({ label: 'Thứ tự', hint: 'Số nhỏ hiện trước', required: false }),
} satisfies FieldMap;
