import { describe, expect, it } from 'vitest';
import { predecessorIds, wardDisplayName, wardsForListing, type WardRecord } from './wards.ts';

const hn = { code: '01', name: 'Thành phố Hà Nội' };
const wards: WardRecord[] = [
  { id: 'phuong-phuc-loi-00136', type: 'phuong', name: 'Phúc Lợi', status: 'current', province: hn },
  { id: 'phuong-viet-hung-00127', type: 'phuong', name: 'Việt Hưng', status: 'current', province: hn },
  {
    id: 'phuong-phuc-loi-cu-00136', type: 'phuong', name: 'Phúc Lợi', status: 'historic', province: hn,
    district: { code: '004', name: 'Quận Long Biên' },
    successors: [{ ward: { id: 'phuong-viet-hung-00127' }, whole: false }, { ward: 'phuong-phuc-loi-00136', whole: false }],
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
