/**
 * The unit that owns the portal: content/don-vi.json, one file that staff edit
 * in the CMS as “Thông tin đơn vị” (src/schema/cms.ts) and the site reads for
 * its header, footer, feeds and share cards (src/lib/siteIdentity.ts). Every
 * page footer shows it, as Vietnamese rules for state agencies' portals
 * require (Nghị định 42/2022/NĐ-CP): owning body, address, phone, email and
 * the person responsible.
 */
import { group, longText, relation, text, type FieldMap } from './fields.ts';

/** The file, relative to the content root. */
export const SITE_FILE = 'don-vi.json';

const EMAIL: [RegExp, string] = [/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, 'Thư điện tử phải có dạng ten@don-vi.gov.vn'];
const PHONE: [RegExp, string] = [/^[0-9+().\s-]{6,40}$/, 'Điện thoại chỉ gồm chữ số, dấu cách, + - . ( ), ví dụ 024 3875 0000'];

export const siteFields = {
  /** Portal name in the header and every page's <title>. */
  name: text({ label: 'Tên trang', hint: 'Hiện ở đầu mọi trang và trên thẻ trình duyệt, ví dụ: Tin Phường Phúc Lợi', max: 120 }),
  /** Short line under the name. */
  tagline: text({ label: 'Dòng giới thiệu', hint: 'Một dòng dưới tên trang, ví dụ: Trang thông tin điện tử phường Phúc Lợi, thành phố Hà Nội', max: 200 }),
  /** The body that owns and runs the portal. */
  owner: text({ label: 'Tên đơn vị chủ quản', hint: 'Ví dụ: Ủy ban nhân dân phường Phúc Lợi', max: 200 }),
  /** The ward entry (content/wards) the portal belongs to: its name goes on share cards. */
  ward: relation({
    label: 'Phường/xã của đơn vị',
    hint: 'Gõ tên để tìm, có dấu hay không dấu đều được',
    collection: 'wards',
    searchFields: ['label'],
    displayFields: ['label'],
  }),
  /** Street address of the owning body. */
  address: text({ label: 'Địa chỉ', hint: 'Ví dụ: Số 1 phố Phúc Lợi, phường Phúc Lợi, thành phố Hà Nội', max: 300 }),
  /** Switchboard phone, as printed. */
  phone: text({ label: 'Điện thoại', hint: 'Ví dụ: 024 3875 0000', pattern: PHONE }),
  /** Contact email. */
  email: text({ label: 'Thư điện tử', hint: 'Ví dụ: ubnd.phucloi@hanoi.gov.vn', pattern: EMAIL }),
  /** Person responsible for the content, with their title. */
  responsible: group({
    label: 'Người chịu trách nhiệm nội dung',
    fields: {
      name: text({ label: 'Họ và tên', max: 120 }),
      title: text({ label: 'Chức vụ', hint: 'Ví dụ: Chủ tịch Ủy ban nhân dân phường', max: 200 }),
    },
  }),
  /** Licence or establishing decision, if any; printed at the foot of every page. */
  licence: longText({ label: 'Giấy phép hoặc quyết định thành lập', hint: 'Không bắt buộc; in ở cuối mọi trang', required: false, max: 400 }),
} satisfies FieldMap;
