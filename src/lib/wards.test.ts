import { describe, expect, it } from 'vitest';
import { predecessorIds, wardDisplayName, wardsForListing, type WardRecord, placeNames } from './wards.ts';

const hn = { code: '01', name: 'Thành phố Hà Nội' };
const wards: WardRecord[] = [
  { id: 'phuong-phuc-loi-00136', type: 'phuong', name: 'Phúc Lợi', status: 'current', province: hn },
  { id: 'phuong-viet-hung-00127', type: 'phuong', name: 'Việt Hưng', status: 'current', province: hn },
  {
    id: 'phuong-phuc-loi-cu-00136',
    type: 'phuong',
    name: 'Phúc Lợi',
    status: 'historic',
    province: hn,
    district: { code: '004', name: 'Quận Long Biên' },
    successors: [
      { ward: { collection: 'wards', id: 'phuong-viet-hung-00127' }, whole: false },
      { ward: { collection: 'wards', id: 'phuong-phuc-loi-00136' }, whole: false },
    ],
  },
];

describe('wards', () => {
  it('labels historic units with (cũ)', () => {
    expect(wardDisplayName(wards[2]!)).toBe('Phường Phúc Lợi (cũ)');
    expect(wardDisplayName(wards[0]!)).toBe('Phường Phúc Lợi');
  });
  it('finds predecessors of a current ward', () => {
    expect(predecessorIds('phuong-phuc-loi-00136', wards)).toEqual(['phuong-phuc-loi-cu-00136']);
    expect(predecessorIds('phuong-phuc-loi-cu-00136', wards)).toEqual([]);
  });
  it('lists an article about an old ward under every ward it became part of', () => {
    expect(wardsForListing(['phuong-phuc-loi-cu-00136'], wards).sort()).toEqual(
      ['phuong-phuc-loi-00136', 'phuong-phuc-loi-cu-00136', 'phuong-viet-hung-00127'].sort(),
    );
  });
});

describe('place names of an article', () => {
  const dn = { code: '48', name: 'Thành phố Đà Nẵng' };
  const hn = { code: '01', name: 'Thành phố Hà Nội' };
  const units: WardRecord[] = [
    {
      id: 'hoa-hiep-bac-cu',
      type: 'phuong',
      name: 'Hòa Hiệp Bắc',
      status: 'historic',
      district: { code: '490', name: 'Quận Liên Chiểu' },
      province: dn,
      successors: [{ ward: { collection: 'wards', id: 'hai-van' }, whole: true }],
    },
    { id: 'hai-van', type: 'phuong', name: 'Hải Vân', status: 'current', province: dn },
    {
      id: 'phuc-loi-cu',
      type: 'phuong',
      name: 'Phúc Lợi',
      status: 'historic',
      district: { code: '004', name: 'Quận Long Biên' },
      province: hn,
      successors: [{ ward: { collection: 'wards', id: 'phuc-loi' }, whole: true }],
    },
    { id: 'phuc-loi', type: 'phuong', name: 'Phúc Lợi', status: 'current', province: hn },
  ];
  it('names a historic ward, its district, province and what it became', () => {
    expect(placeNames(['hoa-hiep-bac-cu'], units)).toEqual(['Phường Hòa Hiệp Bắc', 'Quận Liên Chiểu', 'Thành phố Đà Nẵng', 'Phường Hải Vân']);
  });
  it('names a current ward with the old units and districts that went into it', () => {
    expect(placeNames(['phuc-loi'], units)).toEqual(['Phường Phúc Lợi', 'Thành phố Hà Nội', 'Quận Long Biên']);
  });
  it('knows nothing of untagged provinces', () => {
    expect(placeNames(['phuc-loi'], units).join(' ')).not.toContain('Đà Nẵng');
  });
});
