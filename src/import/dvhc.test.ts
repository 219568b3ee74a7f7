import { describe, expect, it } from 'vitest';
import {
  districtEntry,
  districtEntryId,
  districtFromEntryId,
  formatEntryJson,
  indexDvhc,
  nameKey,
  splitDistrictName,
  wardEntriesWithPredecessors,
  wardEntry,
  wardEntryId,
  wardFromEntryId,
  type DvhcFile,
} from './dvhc.ts';
import { loadDvhc } from './dvhcFile.ts';

const dvhc = loadDvhc();

describe('nameKey', () => {
  it('folds marks, đ and punctuation, and agrees on old and new tone placement', () => {
    expect(nameKey('Phường Phúc Lợi')).toBe('phuong phuc loi');
    expect(nameKey('Hoà Bình')).toBe(nameKey('Hòa Bình'));
    expect(nameKey('Văn Miếu - Quốc Tử Giám')).toBe('van mieu quoc tu giam');
    expect(nameKey("Ea H'leo")).toBe('ea h leo');
    expect(nameKey('Đà Nẵng')).toBe('da nang');
  });
});

describe('splitDistrictName', () => {
  it('knows the four district types however the data capitalises them', () => {
    expect(splitDistrictName('Quận Long Biên')).toEqual({ type: 'quan', name: 'Long Biên' });
    expect(splitDistrictName('Thị Xã Sơn Tây')).toEqual({ type: 'thi-xa', name: 'Sơn Tây' });
    expect(splitDistrictName('Thành Phố Thủ Đức')).toEqual({ type: 'thanh-pho', name: 'Thủ Đức' });
    expect(splitDistrictName('Huyện Gia Lâm')).toEqual({ type: 'huyen', name: 'Gia Lâm' });
    expect(splitDistrictName('Xã Hòn Tre')).toEqual({ type: null, name: 'Xã Hòn Tre' });
  });
});

describe('the dataset index', () => {
  it('finds a name in both eras and tells them apart', () => {
    const phucLoi = dvhc.wardsNamed('phuc loi');
    expect(
      phucLoi
        .filter((u) => u.era === 'old')
        .map((u) => `${u.type} ${u.province.name}`)
        .sort(),
    ).toEqual(['phuong Thành phố Hà Nội', 'xa Tỉnh Nghệ An', 'xa Tỉnh Yên Bái']);
    expect(
      dvhc
        .wardsNamed('phuc loi', 'new')
        .map((u) => u.province.name)
        .sort(),
    ).toEqual(['Thành phố Hà Nội', 'Tỉnh Lào Cai']);
  });
  it('keeps each district once, with its province', () => {
    expect(dvhc.districtsNamed('long bien')).toEqual([{ code: '004', type: 'quan', name: 'Long Biên', province: { code: '01', name: 'Thành phố Hà Nội' } }]);
    expect(
      dvhc
        .districtsNamed('hoang mai')
        .map((d) => `${d.type} ${d.code}`)
        .sort(),
    ).toEqual(['quan 008', 'thi-xa 432']);
  });
  it('knows provinces of both eras by their short names', () => {
    expect(dvhc.provincesNamed('ha noi')).toEqual(['Thành phố Hà Nội']);
    expect(dvhc.provincesNamed('yen bai', 'old')).toEqual(['Tỉnh Yên Bái']);
    expect(dvhc.provincesNamed('yen bai', 'new')).toEqual([]);
    expect(dvhc.provincesNamed('ba ria vung tau')).toEqual(['Tỉnh Bà Rịa - Vũng Tàu']);
  });
  it('refuses a unit without a known type', () => {
    const bad: DvhcFile = { old: [], new: [{ code: '99999', type: null, name: 'X', province: { code: '01', name: 'Tỉnh X' }, predecessors: [] }] };
    expect(() => indexDvhc(bad)).toThrow(/unknown type/);
  });
});

describe('ward and district entries', () => {
  const oldPhucLoi = dvhc.ward('old', '00136')!;
  const newPhucLoi = dvhc.ward('new', '00136')!;

  it('gives current and historic units distinct ids although they share a code', () => {
    expect(wardEntryId(newPhucLoi)).toBe('phuong-phuc-loi-00136');
    expect(wardEntryId(oldPhucLoi)).toBe('phuong-phuc-loi-cu-00136');
    expect(districtEntryId(oldPhucLoi.district!)).toBe('quan-long-bien-004');
  });
  it('builds a current ward in schema order', () => {
    const { data } = wardEntry(newPhucLoi, dvhc);
    expect(Object.keys(data)).toEqual(['code', 'type', 'name', 'label', 'province', 'status']);
    expect(data).toEqual({
      code: '00136',
      type: 'phuong',
      name: 'Phúc Lợi',
      label: 'Phường Phúc Lợi – Thành phố Hà Nội',
      province: { code: '01', name: 'Thành phố Hà Nội' },
      status: 'current',
    });
  });
  it('builds a historic ward with its district and successors', () => {
    const { data } = wardEntry(oldPhucLoi, dvhc);
    expect(Object.keys(data)).toEqual(['code', 'type', 'name', 'label', 'province', 'district', 'status', 'successors']);
    expect(data.label).toBe('Phường Phúc Lợi (cũ) – Quận Long Biên, Thành phố Hà Nội');
    expect(data.district).toEqual({ code: '004', name: 'Quận Long Biên' });
    expect(data.successors).toEqual([
      { ward: 'phuong-viet-hung-00127', whole: false },
      { ward: 'phuong-phuc-loi-00136', whole: false },
    ]);
  });
  it('builds a district entry', () => {
    expect(districtEntry(oldPhucLoi.district!)).toEqual({
      id: 'quan-long-bien-004',
      data: { code: '004', type: 'quan', name: 'Long Biên', label: 'Quận Long Biên, Thành phố Hà Nội', province: { code: '01', name: 'Thành phố Hà Nội' } },
    });
  });
  it('brings every predecessor of the portal ward, and their successors, so all references resolve', () => {
    const entries = wardEntriesWithPredecessors(newPhucLoi, dvhc);
    const historic = [...entries]
      .filter(([, d]) => d.status === 'historic')
      .map(([id]) => id)
      .sort();
    expect(historic).toEqual([
      'phuong-giang-bien-cu-00121',
      'phuong-phuc-dong-cu-00151',
      'phuong-phuc-loi-cu-00136',
      'phuong-thach-ban-cu-00148',
      'phuong-viet-hung-cu-00127',
      'xa-co-bi-cu-00553',
    ]);
    for (const [, data] of entries) for (const s of data.successors ?? []) expect(entries.has(s.ward)).toBe(true);
  });
  it('maps entry ids back to units, and only ids it would give', () => {
    expect(wardFromEntryId('phuong-phuc-loi-cu-00136', dvhc)).toBe(oldPhucLoi);
    expect(wardFromEntryId('phuong-phuc-loi-00136', dvhc)).toBe(newPhucLoi);
    expect(wardFromEntryId('phuong-sai-ten-00136', dvhc)).toBeUndefined();
    expect(districtFromEntryId('quan-long-bien-004', dvhc)?.name).toBe('Long Biên');
    expect(districtFromEntryId('quan-long-bien-005', dvhc)).toBeUndefined();
  });
  it('formats JSON as the content folder keeps it', () => {
    expect(formatEntryJson({ a: { b: 1 } })).toBe('{\n  "a": {\n    "b": 1\n  }\n}\n');
  });
});
