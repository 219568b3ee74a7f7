/** Fixed option lists shared by the site, the CMS selects and search filters. */
import type { Option } from './fields.ts';

export const WARD_TYPES = [
  { value: 'phuong', label: 'Phường' },
  { value: 'xa', label: 'Xã' },
  { value: 'thi-tran', label: 'Thị trấn' },
  { value: 'dac-khu', label: 'Đặc khu' },
] as const satisfies readonly Option[];

export const DISTRICT_TYPES = [
  { value: 'quan', label: 'Quận' },
  { value: 'huyen', label: 'Huyện' },
  { value: 'thi-xa', label: 'Thị xã' },
  { value: 'thanh-pho', label: 'Thành phố' },
] as const satisfies readonly Option[];

export const UNIT_STATUSES = [
  { value: 'current', label: 'Đang hoạt động' },
  { value: 'historic', label: 'Đã sáp nhập (cũ)' },
] as const satisfies readonly Option[];

export const CAMPAIGN_LEVELS = [
  { value: 'phuong-xa', label: 'Phường/xã' },
  { value: 'quan-huyen', label: 'Quận/huyện' },
  { value: 'tinh-thanh', label: 'Tỉnh/thành phố' },
  { value: 'toan-quoc', label: 'Toàn quốc' },
] as const satisfies readonly Option[];

export const ARTICLE_STATUSES = [
  { value: 'published', label: 'Đang đăng' },
  { value: 'withdrawn', label: 'Đã gỡ (thu hồi)' },
] as const satisfies readonly Option[];

export type WardType = (typeof WARD_TYPES)[number]['value'];
export type DistrictType = (typeof DISTRICT_TYPES)[number]['value'];
export type CampaignLevel = (typeof CAMPAIGN_LEVELS)[number]['value'];

/** The label of an option value, for display. */
export function optionLabel(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
