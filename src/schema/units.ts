/**
 * Administrative units: wards/communes and the districts that existed before
 * 1 July 2025. Derived from data/dvhc-2025.json.gz by scripts (never
 * typed by hand), read-only in the CMS, where they feed relation widgets.
 */
import { boolean, group, list, relation, select, text, type FieldMap } from './fields.ts';
import { DISTRICT_TYPES, UNIT_STATUSES, WARD_TYPES } from './options.ts';

const codeName = <R extends boolean = true>(label: string, required?: R) =>
  group({
    label,
    required,
    fields: {
      /** Official statistics code. */
      code: text({ label: 'Mã', pattern: [/^\d{2,5}$/, 'Mã đơn vị hành chính gồm chữ số'] }),
      /** Full official name, e.g. “Quận Long Biên”. */
      name: text({ label: 'Tên' }),
    },
  });

export const wardFields = {
  /** Official 5-digit code (reused by some new units: the entry id tells old from new). */
  code: text({ label: 'Mã', pattern: [/^\d{5}$/, 'Mã phường/xã gồm 5 chữ số'] }),
  /** Phường, xã, thị trấn or đặc khu. */
  type: select({ label: 'Loại', options: WARD_TYPES }),
  /** Name without the type, e.g. “Phúc Lợi”. */
  name: text({ label: 'Tên' }),
  /** Name with its context, for pickers where names repeat: “Phường Phúc Lợi (cũ) – Quận Long Biên, Thành phố Hà Nội”. */
  label: text({ label: 'Tên đầy đủ' }),
  /** Province or centrally-run city. */
  province: codeName('Tỉnh/thành phố'),
  /** District, for units from before 1 July 2025. */
  district: codeName('Quận/huyện', false),
  /** Current, or historic (merged in the 2025 reorganisation). */
  status: select({ label: 'Tình trạng', options: UNIT_STATUSES }),
  /** For a historic unit: the current unit(s) it became part of. */
  successors: list({
    label: 'Sáp nhập vào',
    fields: {
      /** The current unit. */
      ward: relation({ label: 'Phường/xã mới', collection: 'wards', searchFields: ['label'], displayFields: ['label'] }),
      /** Whether the whole old unit went into it (false: only part of it). */
      whole: boolean({ label: 'Toàn bộ' }),
    },
  }),
} satisfies FieldMap;

export const districtFields = {
  /** Official 3-digit code. */
  code: text({ label: 'Mã', pattern: [/^\d{3}$/, 'Mã quận/huyện gồm 3 chữ số'] }),
  /** Quận, huyện, thị xã or thành phố thuộc tỉnh. */
  type: select({ label: 'Loại', options: DISTRICT_TYPES }),
  /** Name without the type, e.g. “Long Biên”. */
  name: text({ label: 'Tên' }),
  /** Name with context: “Quận Long Biên, Thành phố Hà Nội”. */
  label: text({ label: 'Tên đầy đủ' }),
  /** Province or centrally-run city. */
  province: codeName('Tỉnh/thành phố'),
} satisfies FieldMap;
