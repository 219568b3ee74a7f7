/**
 * The unit that owns this portal, shown in every page footer as Vietnamese
 * rules for state agencies' portals require (Nghị định 42/2022/NĐ-CP):
 * owning body, address, phone, email and the person responsible.
 * Each ward edits this one file when it adopts the portal.
 */
export interface SiteIdentity {
  /** Portal name in the header and <title>. */
  name: string;
  /** Short line under the name. */
  tagline: string;
  /** The body that owns and runs the portal. */
  owner: string;
  /** The ward entry (content/wards) the portal belongs to. */
  ward: string;
  /** Street address of the owning body. */
  address: string;
  /** Switchboard phone, as printed. */
  phone: string;
  /** Contact email. */
  email: string;
  /** Person responsible for the content, with their title. */
  responsible: { name: string; title: string };
  /** Licence or establishing decision, if any. */
  licence?: string;
}

export const site: SiteIdentity = {
  name: 'Tin Phường Phúc Lợi',
  tagline: 'Trang thông tin điện tử phường Phúc Lợi, thành phố Hà Nội',
  owner: 'Ủy ban nhân dân phường Phúc Lợi',
  ward: 'phuong-phuc-loi-00136',
  address: 'Số 1 phố Phúc Lợi, phường Phúc Lợi, thành phố Hà Nội',
  phone: '024 3875 0000',
  email: 'ubnd.phucloi@hanoi.gov.vn',
  responsible: { name: 'Nguyễn Văn A', title: 'Chủ tịch Ủy ban nhân dân phường' },
  licence: 'Bản mẫu của dự án Tin Phường: thay các thông tin này bằng thông tin thật của đơn vị.',
};
