/** News articles: content/news/YYYY/<slug>.md (.mdx only where a component is used). */
import { boolean, dateTime, group, hiddenInCms, image, integer, list, longText, relation, select, text, type FieldMap } from './fields.ts';
import { photoHint } from './photoLimits.ts';
import { ARTICLE_STATUSES } from './options.ts';

export const newsFields = {
  /** Headline exactly as published, NFC, any case (old ALL-CAPS titles keep their letters). */
  title: text({ label: 'Tiêu đề', hint: 'Tiêu đề bài viết, tối đa 250 ký tự', max: 250 }),
  /** Sapo: one or two sentences shown under the title and in lists. */
  summary: longText({ label: 'Tóm tắt (sapo)', hint: 'Một hai câu giới thiệu, hiện dưới tiêu đề và trong danh sách tin', max: 600 }),
  /** Publication moment, stored with +07:00; a future moment keeps the article off the site until then. */
  publishedAt: dateTime({ label: 'Ngày giờ đăng', hint: 'Bài hẹn giờ chỉ hiện sau thời điểm này (khi trang được dựng lại)' }),
  /** Last substantive update, shown as “Cập nhật”. */
  updatedAt: dateTime({ label: 'Ngày giờ cập nhật', required: false }),
  /** What changed and when, shown to readers under the article. */
  changes: list({
    label: 'Ghi chú cập nhật',
    hint: 'Mỗi lần sửa nội dung quan trọng, ghi ngày và nội dung sửa',
    summary: '{{fields.date}} — {{fields.note}}',
    fields: {
      /** When the change was made. */
      date: dateTime({ label: 'Ngày sửa' }),
      /** What was changed, in a sentence. */
      note: text({ label: 'Nội dung sửa', max: 300 }),
    },
  }),
  /** The chuyên mục the article is filed under. */
  category: relation({ label: 'Chuyên mục', collection: 'categories', searchFields: ['name'], displayFields: ['name'] }),
  /** Wards and communes the article is about; may name a historic (pre-2025) unit. */
  wards: relation({
    label: 'Phường/xã liên quan',
    hint: 'Gõ tên để tìm, có dấu hay không dấu đều được; tên trùng nhau được phân biệt bằng quận/huyện và tỉnh/thành. Không thấy phường/xã cần chọn? Danh sách lấy từ danh mục hành chính quốc gia: nhờ người phụ trách kỹ thuật thêm bằng lệnh npm run units (docs/cms.md, mục “Thêm phường/xã”).',
    collection: 'wards',
    multiple: true,
    searchFields: ['label'],
    displayFields: ['label'],
  }),
  /** Districts (quận/huyện, before 1 July 2025) the article is about. */
  districts: relation({
    label: 'Quận/huyện liên quan',
    hint: 'Quận/huyện trước ngày 1/7/2025. Không thấy trong danh sách? Nhờ người phụ trách kỹ thuật thêm bằng lệnh npm run units.',
    collection: 'districts',
    multiple: true,
    searchFields: ['label'],
    displayFields: ['label'],
  }),
  /** Phong trào thi đua and cuộc vận động the article reports on. */
  campaigns: relation({ label: 'Phong trào', collection: 'campaigns', multiple: true, searchFields: ['name'], displayFields: ['name'] }),
  /** Author line, e.g. “Tin, ảnh: Minh Ngọc”. */
  byline: text({ label: 'Tác giả', hint: 'Ví dụ: Tin, ảnh: Minh Ngọc', required: false, max: 200 }),
  /** Where the article comes from, shown as “Nguồn: …”. */
  source: text({ label: 'Nguồn', hint: 'Ghi tên cơ quan, không ghi chữ “Nguồn:”', required: false, max: 200 }),
  /** Lead photo with its alt text, caption and credit. */
  cover: group({
    label: 'Ảnh đại diện',
    required: false,
    fields: {
      /** The photo; resized and converted to WebP by the site. */
      image: image({ label: 'Ảnh', hint: photoHint }),
      /** What the photo shows, for readers who cannot see it. */
      alt: text({ label: 'Mô tả ảnh (alt)', hint: 'Bắt buộc: mô tả ngắn nội dung ảnh cho người không xem được ảnh', max: 250 }),
      /** Caption printed under the photo. */
      caption: text({ label: 'Chú thích', required: false, max: 400 }),
      /** Photographer or owner of the photo. */
      credit: text({ label: 'Nguồn ảnh', required: false, max: 120 }),
    },
  }),
  /** Shown among the featured articles on the home page. */
  featured: boolean({ label: 'Tin nổi bật', hint: 'Hiện ở khu tin nổi bật trang chủ' }),
  /**
   * A draft never reaches the public site, its feeds or its search index.
   * Written by the importer and by hand; in the CMS the editorial workflow
   * (Bản nháp → Đang xét duyệt → Sẵn sàng) is the one status, so no control.
   */
  draft: hiddenInCms(boolean({ label: 'Bản nháp', hint: 'Bản nháp không bao giờ hiện trên trang công khai' })),
  /**
   * Published, or withdrawn (kept as a notice with its reason, out of lists
   * and search). In the CMS it follows “Gỡ bài” (withdrawnReason): a reason
   * given means withdrawn (admin/entry.ts).
   */
  status: hiddenInCms(select({ label: 'Trạng thái', options: ARTICLE_STATUSES, default: 'published' })),
  /** Why a withdrawn article was withdrawn; required when status is withdrawn. The CMS's “Gỡ bài” control. */
  withdrawnReason: text({
    label: 'Gỡ bài',
    hint: 'Bài đã gỡ vẫn giữ địa chỉ và hiện thông báo kèm lý do; bài không còn trong danh sách, nguồn tin RSS và tìm kiếm.',
    required: false,
    max: 300,
    widget: 'withdrawal',
  }),
  /** Facts carried over from the old portal by the importer (read-only: the importer compares them on re-import). */
  legacy: hiddenInCms(
    group({
      label: 'Dữ liệu cổng cũ',
      required: false,
      collapsed: true,
      fields: {
        /** View count shown by the old portal (“Lượt xem”). */
        views: integer({ label: 'Lượt xem (cổng cũ)', required: false }),
        /** Address of the page on the old portal, if known. */
        url: text({ label: 'Địa chỉ trên cổng cũ', required: false }),
        /** The file the importer read. */
        importedFrom: text({ label: 'Nhập từ tệp', required: false }),
        /** The old portal gave a date but no time. */
        dateOnly: boolean({ label: 'Cổng cũ chỉ ghi ngày, không ghi giờ' }),
        /** Checksum of the file as the importer wrote it; an edited file is not overwritten without --force. */
        checksum: text({ label: 'Mã kiểm tra nhập liệu', required: false }),
      },
    }),
  ),
} satisfies FieldMap;
