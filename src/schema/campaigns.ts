/** Campaign pages (phong trào thi đua, cuộc vận động): content/campaigns/<slug>.md */
import { dateTime, group, image, relation, select, tags, text, type FieldMap } from './fields.ts';
import { CAMPAIGN_LEVELS } from './options.ts';

export const campaignFields = {
  /** Official name, e.g. “Phong trào thi đua yêu nước”. */
  name: text({ label: 'Tên phong trào', max: 200 }),
  /** Theme or slogan, e.g. “Thi đua là yêu nước, yêu nước thì phải thi đua”. */
  theme: text({ label: 'Chủ đề, khẩu hiệu', required: false, max: 300 }),
  /** Which level launched it. */
  level: select({ label: 'Cấp phát động', options: CAMPAIGN_LEVELS }),
  /** The body or person that launched it. */
  launchedBy: text({ label: 'Đơn vị phát động', max: 200 }),
  /** When it runs; no end means it is still running. */
  period: group({
    label: 'Thời gian',
    fields: {
      /** Launch date. */
      start: dateTime({ label: 'Bắt đầu', dateOnly: true }),
      /** End date, empty while the campaign runs. */
      end: dateTime({ label: 'Kết thúc', dateOnly: true, required: false }),
    },
  }),
  /** Lead photo. */
  cover: group({
    label: 'Ảnh đại diện',
    required: false,
    fields: {
      /** The photo. */
      image: image({ label: 'Ảnh' }),
      /** What the photo shows. */
      alt: text({ label: 'Mô tả ảnh (alt)', max: 250 }),
    },
  }),
  /** Wards taking part, if it is a local campaign. */
  wards: relation({ label: 'Phường/xã tham gia', collection: 'wards', multiple: true, searchFields: ['label'], displayFields: ['label'] }),
  /** Other names the campaign goes by in old articles; the importer links articles that use them. */
  aliases: tags({ label: 'Tên gọi khác', hint: 'Các cách gọi khác trong bài viết, phân cách bằng dấu phẩy' }),
} satisfies FieldMap;
