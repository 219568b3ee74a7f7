/** Album Ảnh: content/albums/<slug>.md, photos beside it in content/albums/anh/. */
import { boolean, dateTime, hiddenInCms, image, list, longText, relation, text, type FieldMap } from './fields.ts';
import { photoHint } from './photoLimits.ts';

/** The most photos one album holds: each photo is a page and three image sizes, so the build stays short. */
export const MAX_ALBUM_PHOTOS = 200;

/** The admin's control for the photo list: Decap's list, with many photos uploaded at once (admin/photoList.ts). */
export const PHOTO_LIST_WIDGET = 'photo-list';

export const albumFields = {
  /** Album name as shown on its page and in lists, e.g. “Ngày hội Đại đoàn kết toàn dân tộc 2024”. */
  title: text({ label: 'Tên album', hint: 'Ví dụ: Ngày hội Đại đoàn kết toàn dân tộc năm 2024', max: 250 }),
  /** When the photos were published; a future moment keeps the album off the site until then (src/lib/publishing.ts). */
  publishedAt: dateTime({ label: 'Ngày giờ đăng', hint: 'Album hẹn giờ chỉ hiện sau thời điểm này (khi trang được dựng lại)' }),
  /** The photos, in the order readers see them; the first is the album's cover. */
  photos: list({
    label: 'Ảnh',
    hint: `Ảnh đầu tiên là ảnh bìa của album. Mỗi ảnh cần mô tả (alt). ${photoHint}`,
    summary: '{{fields.alt}}',
    min: 1,
    max: MAX_ALBUM_PHOTOS,
    widget: PHOTO_LIST_WIDGET,
    fields: {
      /** The photo; resized and converted to WebP by the site. */
      image: image({ label: 'Ảnh', hint: photoHint }),
      /** What the photo shows, for readers who cannot see it. */
      alt: text({ label: 'Mô tả ảnh (alt)', hint: 'Bắt buộc: mô tả ngắn nội dung ảnh cho người không xem được ảnh', max: 250 }),
      /** Caption printed under the photo. */
      caption: text({ label: 'Chú thích', required: false, max: 400 }),
    },
  }),
  /** Who took the photos, shown as “Ảnh: …”. */
  photographer: text({ label: 'Người chụp', hint: 'Ví dụ: Minh Ngọc', required: false, max: 120 }),
  /** A sentence or two about the event, shown above the photos. */
  description: longText({ label: 'Giới thiệu', hint: 'Một hai câu về sự kiện, hiện trên các ảnh', required: false, max: 600 }),
  /** Articles about the same event, linked from the album (and the album from them). */
  articles: relation({ label: 'Bài viết liên quan', collection: 'news', multiple: true, searchFields: ['title'], displayFields: ['title'] }),
  /** Wards and communes the photos are of. */
  wards: relation({
    label: 'Phường/xã liên quan',
    hint: 'Gõ tên để tìm, có dấu hay không dấu đều được',
    collection: 'wards',
    multiple: true,
    searchFields: ['label'],
    displayFields: ['label'],
  }),
  /** The phong trào the event belongs to. */
  campaign: relation({ label: 'Phong trào', collection: 'campaigns', required: false, searchFields: ['name'], displayFields: ['name'] }),
  /** A draft never reaches the public site (set by hand; in the CMS the editorial workflow is the status). */
  draft: hiddenInCms(boolean({ label: 'Bản nháp' })),
} satisfies FieldMap;
