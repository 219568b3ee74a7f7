import { describe, expect, it } from 'vitest';
import { fromVnParts } from '../lib/dates.ts';
import { districtEntryId, wardEntryId } from './dvhc.ts';
import { loadDvhc } from './dvhcFile.ts';
import { articleProvinces, campaignProvinces, eraOf, findCampaigns, findMentions, findUnits, placeTones, type CampaignInfo } from './tags.ts';

const dvhc = loadDvhc();
const Y2015 = fromVnParts(2015, 9, 7)!;
const units = (text: string, when = Y2015) => {
  const found = findUnits(text, when, dvhc);
  return { wards: found.wards.map(wardEntryId), districts: found.districts.map(districtEntryId), provinces: found.provinces, problems: found.problems };
};

describe('eraOf', () => {
  it('switches on 1 July 2025, Viet Nam time', () => {
    expect(eraOf(fromVnParts(2025, 6, 30, 23, 59)!)).toBe('old');
    expect(eraOf(fromVnParts(2025, 7, 1)!)).toBe('new');
  });
});

describe('placeTones', () => {
  it('puts old and new tone placements on the same vowel', () => {
    expect(placeTones('Hoà Khánh')).toBe(placeTones('Hòa Khánh'));
    expect(placeTones('Thuỷ')).toBe(placeTones('Thủy'));
    expect(placeTones('Huế')).not.toBe(placeTones('Huệ'));
  });
});

describe('findMentions', () => {
  it('reads a type word followed by a capitalised name, up to punctuation (the name is cut to a known one later)', () => {
    expect(
      findMentions('Đảng ủy phường Thượng Thanh, Ban chấp hành; LĐLĐ quận Long Biên và Quận ủy Long Biên').map((m) => `${m.kind}:${m.words.join(' ')}`),
    ).toEqual([
      'ward:Thượng Thanh',
      'district:Long Biên và Quận ủy Long', // six words at most
      'district:Long Biên',
    ]);
  });
  it('is not fooled by common words, acronyms, sentence ends or ALL CAPS', () => {
    expect(findMentions('Cộng hòa xã hội chủ nghĩa; Thành phố giao; Quận ủy UBND quận; của quận. Năm 2014; KINH TẾ - XÃ HỘI PHƯỜNG PHÚC LỢI')).toEqual([]);
  });
});

describe('findUnits', () => {
  it('resolves “phường Phúc Lợi” near “Long Biên” to Hà Nội’s old ward, not Yên Bái’s', () => {
    expect(units('Năm 2015 phường Phúc Lợi, Long Biên phát huy sức mạnh.')).toMatchObject({ wards: ['phuong-phuc-loi-cu-00136'], problems: [] });
  });
  it('uses the unit type: “phường Phúc Lợi” is unique among wards even without context', () => {
    expect(units('phường Phúc Lợi')).toMatchObject({ wards: ['phuong-phuc-loi-cu-00136'], problems: [] });
  });
  it('uses the district and province around a commune name', () => {
    expect(units('Hội nghị tại xã Phúc Lợi, huyện Lục Yên, tỉnh Yên Bái.')).toEqual({
      wards: ['xa-phuc-loi-cu-04363'],
      districts: ['huyen-luc-yen-135'],
      provinces: ['Tỉnh Yên Bái'],
      problems: [],
    });
    expect(units('Nông dân xã Phúc Lợi (Nghệ An) thu hoạch lúa.').wards).toEqual(['xa-phuc-loi-cu-18040']);
  });
  it('reports an ambiguous name and never guesses', () => {
    const found = units('Nông dân xã Phúc Lợi thu hoạch lúa.');
    expect(found.wards).toEqual([]);
    expect(found.problems).toEqual(['Trùng tên, không rõ là đơn vị nào: “Xã Phúc Lợi” (Lục Yên, Tỉnh Yên Bái; Hưng Nguyên, Tỉnh Nghệ An) (ambiguous)']);
    expect(units('Cờ thi đua cho phường Phú Thượng.').problems[0]).toMatch(/Trùng tên.*Phú Thượng.*Tây Hồ.*Thuận Hóa/);
    expect(units('huyện Châu Thành').problems[0]).toMatch(/Trùng tên.*huyện Châu Thành/);
  });
  it('reports a name the dataset does not know', () => {
    expect(units('Đoàn công tác về phường Không Có Thật.').problems).toEqual(['Không có phường/xã này trong danh mục: “phường Không Có Thật” (unknown ward)']);
  });
  it('resolves against the new units after 1 July 2025, falling back to old names', () => {
    const later = fromVnParts(2025, 8, 1)!;
    expect(units('UBND phường Phúc Lợi, thành phố Hà Nội', later).wards).toEqual(['phuong-phuc-loi-00136']);
    expect(units('phường Thượng Thanh (cũ)', later).wards).toEqual(['phuong-thuong-thanh-cu-00115']);
  });
  it('reads district and province forms, and old tone placement', () => {
    expect(units('Quận Tây Hồ; Phường Hoà Khánh Nam; quận Liên Chiểu; TP. Hồ Chí Minh; Thành ủy Hà Nội')).toEqual({
      wards: ['phuong-hoa-khanh-nam-cu-20198'],
      districts: ['quan-tay-ho-003', 'quan-lien-chieu-490'],
      provinces: ['Thành phố Hồ Chí Minh', 'Thành phố Hà Nội'],
      problems: [],
    });
  });
  it('tells quận Hoàng Mai (Hà Nội) from thị xã Hoàng Mai (Nghệ An)', () => {
    expect(units('quận Hoàng Mai').districts).toEqual(['quan-hoang-mai-008']);
    expect(units('thị xã Hoàng Mai').districts).toEqual(['thi-xa-hoang-mai-432']);
  });
});

describe('findCampaigns', () => {
  const campaigns: CampaignInfo[] = [
    { id: 'thi-dua-yeu-nuoc', name: 'Phong trào thi đua yêu nước', aliases: ['thi đua yêu nước', 'thi đua ái quốc'], start: fromVnParts(1948, 6, 11)! },
    {
      id: 'ky-cuong-hanh-chinh-2017',
      name: 'Năm Kỷ cương hành chính 2017',
      aliases: ['năm kỷ cương hành chính'],
      start: fromVnParts(2017, 1, 1)!,
      end: fromVnParts(2017, 12, 31)!,
    },
  ];
  it('matches names and aliases folded, whole words only', () => {
    expect(findCampaigns('Bác Hồ ra LỜI KÊU GỌI THI ĐUA ÁI QUỐC', Y2015, campaigns)).toEqual(['thi-dua-yeu-nuoc']);
    expect(findCampaigns('thi đua yêu nướcnhất', Y2015, campaigns)).toEqual([]);
  });
  it('matches a campaign only within its period (and the year after it ends)', () => {
    const text = 'Năm 2017 được Thành phố chọn là năm “Kỷ cương hành chính”.';
    expect(findCampaigns(text, fromVnParts(2018, 1, 19)!, campaigns)).toEqual(['ky-cuong-hanh-chinh-2017']);
    expect(findCampaigns('Trong thực hiện năm kỷ cương hành chính', Y2015, campaigns)).toEqual([]);
    expect(findCampaigns(text, fromVnParts(2020, 1, 1)!, campaigns)).toEqual([]);
  });
});

describe('campaign scope', () => {
  const hanoi: CampaignInfo = {
    id: 'ky-cuong-hanh-chinh-2017',
    name: 'Năm Kỷ cương hành chính 2017',
    aliases: ['năm kỷ cương hành chính'],
    start: fromVnParts(2017, 1, 1)!,
    end: fromVnParts(2017, 12, 31)!,
    level: 'tinh-thanh',
    launchedBy: 'Thành phố Hà Nội',
  };
  const national: CampaignInfo = {
    id: 'thi-dua-yeu-nuoc',
    name: 'Phong trào thi đua yêu nước',
    aliases: ['thi đua yêu nước'],
    start: fromVnParts(1948, 6, 11)!,
    level: 'toan-quoc',
    launchedBy: 'Chủ tịch Hồ Chí Minh',
  };
  const when = fromVnParts(2017, 6, 1)!;
  const scoped = (text: string) => {
    const article = articleProvinces(findUnits(text, when, dvhc));
    return findCampaigns(text, when, [hanoi, national], { article, campaign: (c) => campaignProvinces(c, dvhc) });
  };
  it('knows where a local campaign belongs, from its launcher or its wards', () => {
    expect(campaignProvinces(hanoi, dvhc)).toEqual(['ha noi']);
    expect(campaignProvinces({ ...hanoi, launchedBy: 'Ban Thường vụ Thành ủy Hà Nội' }, dvhc)).toEqual(['ha noi']);
    expect(campaignProvinces({ ...hanoi, launchedBy: 'UBND phường', wards: ['phuong-hoa-hiep-bac-cu-20194'] }, dvhc)).toEqual(['da nang']);
    expect(campaignProvinces(national, dvhc)).toEqual([]);
  });
  it('does not attach one province’s campaign to another province’s article, even within its period', () => {
    expect(scoped('Phường Hòa Hiệp Bắc, quận Liên Chiểu hưởng ứng năm kỷ cương hành chính và phong trào thi đua yêu nước.')).toEqual(['thi-dua-yeu-nuoc']);
    expect(scoped('Phường Thượng Thanh, quận Long Biên hưởng ứng năm kỷ cương hành chính và phong trào thi đua yêu nước.')).toEqual([
      'ky-cuong-hanh-chinh-2017',
      'thi-dua-yeu-nuoc',
    ]);
  });
  it('keeps the campaign when the article names no place at all', () => {
    expect(scoped('Cơ quan hưởng ứng năm kỷ cương hành chính.')).toEqual(['ky-cuong-hanh-chinh-2017']);
  });
});
