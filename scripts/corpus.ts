/**
 * Synthetic archive for benchmarks: a complete content root (news, campaigns,
 * categories, wards, districts) shaped like content/, with thousands of
 * articles that read like a ward portal's archive: long paragraphs, lists,
 * captions, document references, people's names, addresses and figures.
 * Deterministic for a given seed. Never writes into content/.
 *
 *   node scripts/corpus.ts --articles 10000 --out tmp/corpus-10000 [--seed 1] [--cover-rate 0.1]
 *   node scripts/corpus.ts --help
 *
 * Ward and district entries come from the administrative dataset
 * (data/dvhc-2025.json.gz) through src/import/dvhc.ts, the same functions
 * scripts/units.ts uses, so their shape is the one the site expects.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import {
  districtEntry,
  formatEntryJson,
  wardEntriesWithSuccessors,
  wardEntryId,
  wardFullName,
  districtFullName,
  provinceShortName,
  type Dvhc,
  type DvhcFile,
  type WardUnit,
  type DistrictUnit,
} from '../src/import/dvhc.ts';
import { DEFAULT_DVHC_PATH, loadDvhc, readDvhcFile } from '../src/import/dvhcFile.ts';
import { slugify } from '../src/lib/vietnamese.ts';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';

const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------
// Random numbers (mulberry32): the same seed gives the same corpus.

export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to derive sub-seeds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Pick {
  r: Rng;
  constructor(r: Rng) {
    this.r = r;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)]!;
  }
  some<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.r() * copy.length), 1)[0]!);
    return out;
  }
  weighted<T>(items: readonly [T, number][]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.r() * total;
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------
// Vietnamese numbers, dates and names

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 4670.8 → “4.670,8” (Vietnamese grouping). */
export function viNumber(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac && !/^0+$/.test(frac) ? `${grouped},${frac.replace(/0+$/, '')}` : grouped;
}

interface Day {
  y: number;
  m: number;
  d: number;
}
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const viDate = (t: Day) => `${pad(t.d)}/${t.m < 10 ? `0${t.m}` : t.m}/${t.y}`;
const viDateLoose = (t: Day) => `${t.d}/${t.m}/${t.y}`;
function dayBefore(p: Pick, t: Day, maxDays: number): Day {
  const ms = Date.UTC(t.y, t.m - 1, t.d) - p.int(1, maxDays) * 86400000;
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

// prettier-ignore
const HO: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 3], ['Phan', 4], ['Vũ', 4], ['Võ', 3], ['Đặng', 2],
  ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 2], ['Dương', 1], ['Lý', 1], ['Đào', 1], ['Đoàn', 1], ['Vương', 0.5], ['Trịnh', 1],
  ['Trương', 1], ['Lâm', 0.5], ['Phùng', 0.5], ['Mai', 0.5], ['Tô', 0.3], ['Hà', 0.5], ['Tạ', 0.3], ['Lương', 0.4], ['Quách', 0.2], ['Kiều', 0.2],
  ['Cao', 0.5], ['Chu', 0.3], ['Đinh', 0.6], ['Lưu', 0.4], ['Thái', 0.2], ['Khổng', 0.1], ['Triệu', 0.3], ['Nông', 0.2], ['Lục', 0.1], ['Âu', 0.1],
];
// prettier-ignore
const DEM_NAM = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Đình', 'Xuân', 'Quang', 'Ngọc', 'Anh', 'Hoàng', 'Trọng', 'Tiến', 'Mạnh', 'Duy', 'Bá', 'Gia', 'Tuấn', 'Thế', 'Trung', 'Việt', 'Hồng', 'Kim', 'Phú', 'Nhật', 'Bảo', 'Chí', 'Khắc'];
// prettier-ignore
const DEM_NU = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Hồng', 'Thùy', 'Phương', 'Mai', 'Bích', 'Hải', 'Diệu', 'Lan', 'Tuyết', 'Xuân', 'Hoài', 'Khánh', 'Mỹ', 'Như', 'Quỳnh', 'Bảo'];
// prettier-ignore
const TEN_NAM = ['An', 'Anh', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đạt', 'Định', 'Đông', 'Giang', 'Hải', 'Hào', 'Hiếu', 'Hiển', 'Hòa', 'Hoàng', 'Hùng', 'Hưng', 'Huy', 'Khải', 'Khang', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Lộc', 'Long', 'Lợi', 'Luân', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Nhân', 'Phát', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Quý', 'Sơn', 'Tài', 'Tâm', 'Tân', 'Thắng', 'Thành', 'Thịnh', 'Thông', 'Toàn', 'Trí', 'Trung', 'Tú', 'Tuấn', 'Tùng', 'Vinh', 'Việt', 'Vũ', 'Xuân', 'Sang', 'Thuận', 'Đức', 'Hậu', 'Lực', 'Tiến', 'Công', 'Hiệp', 'Kỳ', 'Luật', 'Ninh', 'Quyết', 'Sỹ', 'Thiện', 'Thọ', 'Tín', 'Triều', 'Tường', 'Vĩnh', 'Bảo', 'Cảnh', 'Chương', 'Diệu', 'Hạnh', 'Khiêm', 'Lãm', 'Nguyên', 'Nhật', 'Pháp', 'Quảng', 'Sáng', 'Thạch', 'Trực', 'Uy', 'Vượng', 'Yên'];
// prettier-ignore
const TEN_NU = ['An', 'Anh', 'Bích', 'Chi', 'Châu', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Hường', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Nhàn', 'Oanh', 'Phượng', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thắm', 'Thơ', 'Thủy', 'Thúy', 'Thư', 'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Xuân', 'Yến', 'Hân', 'Lụa', 'Mơ', 'Nguyệt', 'Khuê', 'Ánh', 'Đào', 'Gấm', 'Hoài', 'Kiều', 'Lệ', 'Mận', 'Nhi', 'Sen', 'Thoa', 'Trinh', 'Tươi', 'Vui'];

function personName(p: Pick, female = p.chance(0.45)): string {
  const ho = p.weighted(HO);
  const dem = p.one(female ? DEM_NU : DEM_NAM);
  const ten = p.one(female ? TEN_NU : TEN_NAM);
  // Some names have two middle names (Nguyễn Thị Thu Hà), a few none (Trương Việt).
  if (p.chance(0.12)) return `${ho} ${dem} ${p.one(female ? DEM_NU : DEM_NAM)} ${ten}`;
  if (p.chance(0.05)) return `${ho} ${ten}`;
  return `${ho} ${dem} ${ten}`;
}
/** “Minh Ngọc”, the way bylines are signed. */
const penName = (p: Pick) => `${p.one([...DEM_NU, ...DEM_NAM].filter((d) => d !== 'Thị' && d !== 'Văn'))} ${p.one(p.chance(0.5) ? TEN_NU : TEN_NAM)}`;

// prettier-ignore
const STREETS = ['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Quang Trung', 'Nguyễn Huệ', 'Lê Duẩn', 'Phan Bội Châu', 'Phan Chu Trinh', 'Hoàng Diệu', 'Điện Biên Phủ', 'Nguyễn Văn Cừ', 'Ngô Quyền', 'Lạc Long Quân', 'Âu Cơ', 'Tôn Đức Thắng', 'Võ Văn Kiệt', 'Nguyễn Văn Linh', 'Trường Chinh', 'Giải Phóng', 'Kim Mã', 'Hoàng Hoa Thám', 'Nguyễn Chí Thanh', 'Nguyễn Lương Bằng', 'Bạch Đằng', 'Hùng Vương', 'Ông Ích Khiêm', 'Lê Thánh Tông', 'Trần Phú', 'Nguyễn Thị Minh Khai', 'Cách Mạng Tháng Tám', 'Ba Tháng Hai', 'Nam Kỳ Khởi Nghĩa', 'Pasteur', 'Yersin', 'Alexandre de Rhodes', 'Đinh Tiên Hoàng', 'Lê Hồng Phong', 'Nguyễn Tất Thành', 'Tố Hữu', 'Xuân Diệu', 'Hàn Mặc Tử', 'Chu Văn An', 'Tuệ Tĩnh', 'Hải Thượng Lãn Ông', 'Nguyễn Du', 'Bà Triệu', 'Mạc Đĩnh Chi', 'Nguyễn Khuyến', 'Ngô Gia Tự', 'Nguyễn Sơn', 'Ngọc Lâm', 'Thạch Bàn', 'Cổ Linh', 'Phúc Lợi', 'Sài Đồng', 'Lâm Du', 'Hồng Tiến', 'Bồ Đề', 'Trần Cao Vân', 'Nguyễn Lương Bằng', 'Âu Cơ', 'Hoàng Văn Thái', 'Tôn Đản', 'Kinh Dương Vương', 'Mậu Thân', 'Trần Hoàng Na', 'Ba Mươi Tháng Tư', 'Lý Tự Trọng', 'Đống Đa', 'Ngự Bình', 'Lê Quý Đôn', 'Tăng Bạt Hổ', 'Chi Lăng', 'Phú Xuân', 'Nguyễn Sinh Cung'];

// prettier-ignore
const COMPANY_WORDS = ['Hưng Thịnh', 'Phú Gia', 'Thành Đạt', 'Minh Phát', 'An Khang', 'Việt Tiến', 'Hoàng Long', 'Tân Phát', 'Sao Mai', 'Đại Nam', 'Bình Minh', 'Thiên Ân', 'Kim Ngân', 'Phúc Thịnh', 'Hòa Bình', 'Trường Sơn', 'Đông Á', 'Nam Việt', 'Hải Âu', 'Ánh Dương'];
// prettier-ignore
const COMPANY_TRADES = ['Xây dựng', 'Thương mại và Dịch vụ', 'Vận tải', 'Môi trường đô thị', 'Cấp thoát nước', 'Thực phẩm sạch', 'Dược phẩm', 'Điện lực', 'Công nghệ thông tin', 'Đầu tư và Phát triển nhà'];

// ---------------------------------------------------------------------------
// Places: the wards of the corpus

/** Provinces the corpus draws its wards from (names as in the dataset). */
export const PROVINCES = ['Thành phố Hà Nội', 'Thành phố Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Thành phố Huế', 'Thành phố Cần Thơ'];

interface Place {
  /** The historic unit (before 1 July 2025), with its district. */
  old: WardUnit;
  /** The current unit(s) it became part of. */
  current: WardUnit[];
  district: DistrictUnit;
  oldId: string;
  currentIds: string[];
  districtId: string;
  province: string;
  /** “phường Phúc Lợi” as written in running text. */
  inText: string;
  /** A few hamlet/residential-group names. */
  hamlets: string[];
}

function pickPlaces(dvhc: Dvhc, raw: DvhcFile, p: Pick, count: number): Place[] {
  const perProvince = Math.ceil(count / PROVINCES.length);
  const places: Place[] = [];
  for (const province of PROVINCES) {
    const rows = raw.old.filter((r) => r.province.name === province && r.successors.length > 0);
    const byDistrict = new Map<string, typeof rows>();
    for (const r of rows) byDistrict.set(r.district.code, [...(byDistrict.get(r.district.code) ?? []), r]);
    // Three or four districts per province, several wards in each: district pages have some substance.
    const districts = p.some(
      [...byDistrict.keys()].filter((code) => districtEntry(dvhc.district(code)!)),
      4,
    );
    const chosen: WardUnit[] = [];
    for (let i = 0; chosen.length < perProvince && i < 200; i++) {
      const code = districts[i % districts.length]!;
      const candidates = byDistrict.get(code)!.filter((r) => !chosen.some((c) => c.code === r.code));
      if (!candidates.length) continue;
      chosen.push(dvhc.ward('old', p.one(candidates).code)!);
    }
    for (const old of chosen) {
      const current = old.successors.map((s) => dvhc.ward('new', s.code)!).filter(Boolean);
      places.push({
        old,
        current,
        district: old.district!,
        oldId: wardEntryId(old),
        currentIds: current.map(wardEntryId),
        districtId: districtEntry(old.district!)!.id,
        province,
        inText: `${wardFullName(old).replace(/^\S+/, (t) => t.toLowerCase())}`,
        hamlets: [],
      });
    }
  }
  // Hamlet names: other units' names from the whole dataset, a wide vocabulary of place names.
  for (const place of places) {
    for (let i = 0; i < 24; i++) place.hamlets.push(p.one(raw.old).name);
  }
  return places.slice(0, count);
}

// ---------------------------------------------------------------------------
// Categories and campaigns

interface Campaign {
  slug: string;
  name: string;
  theme?: string;
  level: 'phuong-xa' | 'quan-huyen' | 'tinh-thanh' | 'toan-quoc';
  launchedBy: string;
  start: string;
  end?: string;
  aliases: string[];
  body: string;
  province?: string;
  topics: string[];
  wards?: string[];
}

// prettier-ignore
const CAMPAIGNS: Omit<Campaign, 'slug' | 'wards'>[] = [
  { name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư', level: 'toan-quoc', launchedBy: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', start: '2000-01-01', aliases: ['toàn dân đoàn kết xây dựng đời sống văn hóa'], body: 'Cuộc vận động do Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động, gắn với xây dựng gia đình văn hóa, tổ dân phố văn hóa.', topics: ['vanhoa', 'mttq'] },
  { name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau', level: 'toan-quoc', launchedBy: 'Thủ tướng Chính phủ', start: '2021-01-01', aliases: ['vì người nghèo', 'không để ai bị bỏ lại phía sau'], body: 'Phong trào thi đua giai đoạn 2021 – 2025 nhằm thực hiện mục tiêu giảm nghèo bền vững.', topics: ['ansinh', 'mttq'] },
  { name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam', level: 'toan-quoc', launchedBy: 'Bộ Chính trị', start: '2009-08-01', aliases: ['ưu tiên dùng hàng Việt'], body: 'Cuộc vận động triển khai theo Kết luận số 264-KL/TW ngày 31/7/2009 của Bộ Chính trị.', topics: ['kinhte', 'mttq'] },
  { name: 'Cả nước chung sức xây dựng nông thôn mới', level: 'toan-quoc', launchedBy: 'Thủ tướng Chính phủ', start: '2011-06-08', end: '2025-12-31', aliases: ['chung sức xây dựng nông thôn mới', 'nông thôn mới'], body: 'Phong trào thi đua theo Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ.', topics: ['dothi', 'kinhte'] },
  { name: 'Toàn dân bảo vệ an ninh Tổ quốc', level: 'toan-quoc', launchedBy: 'Bộ Công an', start: '1962-01-01', aliases: ['bảo vệ an ninh Tổ quốc'], body: 'Phong trào gắn với ngày hội Toàn dân bảo vệ an ninh Tổ quốc 19/8 hằng năm.', topics: ['anninh'] },
  { name: 'Năm văn minh đô thị 2015', level: 'tinh-thanh', launchedBy: 'Thành phố Hà Nội', start: '2015-01-01', end: '2015-12-31', province: 'Thành phố Hà Nội', aliases: ['năm văn minh đô thị'], body: 'Thành phố Hà Nội chọn năm 2015 là “Năm trật tự và văn minh đô thị”.', topics: ['dothi'] },
  { name: 'Thành phố 5 không, 3 có', level: 'tinh-thanh', launchedBy: 'Thành phố Đà Nẵng', start: '2000-01-01', province: 'Thành phố Đà Nẵng', aliases: ['5 không 3 có', 'năm không ba có'], body: 'Chương trình “5 không, 3 có” của thành phố Đà Nẵng: không hộ đói, không người mù chữ, không người lang thang xin ăn, không ma túy, không giết người cướp của; có nhà ở, có việc làm, có nếp sống văn hóa văn minh đô thị.', topics: ['ansinh', 'dothi'] },
  { name: 'Chống rác thải nhựa', level: 'toan-quoc', launchedBy: 'Thủ tướng Chính phủ', start: '2019-06-01', aliases: ['nói không với rác thải nhựa'], body: 'Phong trào chống rác thải nhựa, giảm sử dụng túi ni lông khó phân hủy.', topics: ['moitruong'] },
  { name: 'Phòng, chống dịch COVID-19', level: 'toan-quoc', launchedBy: 'Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19', start: '2020-01-30', end: '2022-12-31', aliases: ['chống dịch COVID-19', 'phòng chống dịch'], body: 'Phong trào thi đua “Cả nước chung tay, đẩy lùi đại dịch COVID-19”.', topics: ['yte'] },
  { name: 'Dân vận khéo', level: 'toan-quoc', launchedBy: 'Ban Dân vận Trung ương', start: '2009-01-01', aliases: ['phong trào dân vận khéo'], body: 'Phong trào thi đua “Dân vận khéo” gắn với học tập và làm theo lời Bác: “Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công”.', topics: ['mttq', 'dang'] },
  { name: 'Xây dựng phường đạt chuẩn văn minh đô thị', level: 'quan-huyen', launchedBy: 'UBND quận', start: '2013-03-01', aliases: ['phường văn minh đô thị'], body: 'Phong trào của các quận, phường về xây dựng phường đạt chuẩn văn minh đô thị.', topics: ['dothi', 'vanhoa'] },
  { name: 'Ngày Chủ nhật xanh', level: 'tinh-thanh', launchedBy: 'Thành phố Hồ Chí Minh', start: '2018-04-01', province: 'Thành phố Hồ Chí Minh', aliases: ['chủ nhật xanh'], body: 'Phong trào ra quân vệ sinh môi trường, khơi thông kênh rạch vào ngày Chủ nhật hằng tuần.', topics: ['moitruong'] },
  { name: 'Cần Thơ xanh – sạch – đẹp', level: 'tinh-thanh', launchedBy: 'Thành phố Cần Thơ', start: '2016-01-01', province: 'Thành phố Cần Thơ', aliases: ['xanh sạch đẹp'], body: 'Phong trào giữ gìn cảnh quan, vệ sinh môi trường đô thị và nông thôn của thành phố Cần Thơ.', topics: ['moitruong', 'dothi'] },
  { name: 'Huế – Thành phố xanh, sạch, sáng', level: 'tinh-thanh', launchedBy: 'Thành phố Huế', start: '2019-01-01', province: 'Thành phố Huế', aliases: ['xanh sạch sáng'], body: 'Chương trình chỉnh trang đô thị, chiếu sáng và cây xanh của cố đô Huế.', topics: ['dothi', 'moitruong'] },
  { name: 'Chuyển đổi số cấp phường', level: 'phuong-xa', launchedBy: 'UBND phường', start: '2022-01-06', aliases: ['đề án 06', 'chuyển đổi số'], body: 'Triển khai Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.', topics: ['cchc'] },
  { name: 'Tuổi trẻ sáng tạo', level: 'quan-huyen', launchedBy: 'Quận đoàn', start: '2012-03-26', aliases: ['tuổi trẻ xung kích sáng tạo'], body: 'Phong trào của Đoàn Thanh niên khuyến khích sáng kiến, giải pháp hữu ích của đoàn viên.', topics: ['doanthe', 'giaoduc'] },
  { name: 'Xây dựng gia đình 5 không 3 sạch', level: 'toan-quoc', launchedBy: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam', start: '2010-01-01', aliases: ['5 không 3 sạch'], body: 'Cuộc vận động của Hội Liên hiệp Phụ nữ Việt Nam gắn với xây dựng nông thôn mới, đô thị văn minh.', topics: ['doanthe', 'vanhoa'] },
];

// ---------------------------------------------------------------------------
// Phrase pools. {x} slots are filled by the article context (see fill()).

interface Topic {
  key: string;
  category: [string, number][];
  /** Campaign slugs (existing content/ ones or generated) this topic reports on. */
  campaigns: string[];
  titles: string[];
  events: string[];
  objects: string[];
  actions: string[];
  results: string[];
  headings: string[];
  tasks: string[];
  captions: string[];
  covers: string[];
}

// prettier-ignore
const TOPICS: Topic[] = [
  {
    key: 'thidua',
    category: [['hoat-dong-khoi-chinh-quyen', 3], ['tin-tuc-su-kien', 2], ['tin-tuc-su-kien-noi-bat', 1]],
    campaigns: ['thi-dua-yeu-nuoc', 'hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', 'nguoi-tot-viec-tot-ha-noi'],
    titles: [
      '{Ward} tổng kết công tác thi đua, khen thưởng năm {prevYear}',
      'Hội nghị tổng kết phong trào thi đua yêu nước năm {prevYear} và triển khai nhiệm vụ năm {year} tại {ward}',
      'Khen thưởng {n} tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm {prevYear} ở {ward}',
      'Ký kết giao ước thi đua năm {year} khối phường {district}',
      '{Ward}: Biểu dương điển hình tiên tiến giai đoạn {period}',
      'Gương người tốt, việc tốt ở tổ dân phố số {small}, {ward}',
      'Kết quả phong trào thi đua trong cán bộ, công chức {ward} {quarter}',
    ],
    events: ['hội nghị tổng kết công tác thi đua, khen thưởng', 'lễ ký kết giao ước thi đua', 'hội nghị biểu dương điển hình tiên tiến', 'lễ trao danh hiệu “Chiến sĩ thi đua cơ sở”', 'buổi gặp mặt các gương người tốt, việc tốt'],
    objects: ['phong trào thi đua yêu nước', 'công tác thi đua, khen thưởng', 'việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 'các đợt thi đua cao điểm', 'phong trào “Người tốt, việc tốt”', 'công tác bình xét danh hiệu thi đua'],
    actions: ['phát động', 'triển khai', 'tổ chức sơ kết', 'đẩy mạnh', 'duy trì có hiệu quả', 'đổi mới nội dung, hình thức'],
    results: ['{n} tập thể, {n2} cá nhân được khen thưởng', '{n} cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở', '{n} lượt tập thể nhận Giấy khen của Chủ tịch UBND {districtShort}', 'tỷ lệ tập thể đạt danh hiệu Lao động tiên tiến là {pct}'],
    headings: ['Kết quả thực hiện phong trào thi đua', 'Thành tích nổi bật', 'Công tác khen thưởng', 'Những tồn tại, hạn chế', 'Nhiệm vụ trọng tâm năm {year}', 'Gương điển hình tiên tiến'],
    tasks: ['Đổi mới nội dung, phương thức tổ chức các phong trào thi đua, bám sát nhiệm vụ chính trị của địa phương', 'Kịp thời phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, nhân tố mới', 'Nâng cao chất lượng công tác khen thưởng, bảo đảm chính xác, công khai, minh bạch', 'Tổ chức tốt các đợt thi đua chào mừng các ngày lễ lớn của đất nước và địa phương'],
    captions: ['Đồng chí {name}, {title} trao Giấy khen cho các tập thể có thành tích xuất sắc', 'Các tập thể, cá nhân nhận khen thưởng tại hội nghị', 'Quang cảnh hội nghị tổng kết công tác thi đua, khen thưởng năm {prevYear}', 'Lãnh đạo các phường ký kết giao ước thi đua năm {year}'],
    covers: ['Lãnh đạo phường trao giấy khen cho các tập thể xuất sắc trên sân khấu hội trường', 'Các đại biểu chụp ảnh lưu niệm tại hội nghị tổng kết thi đua'],
  },
  {
    key: 'giaothong',
    category: [['tin-tuc-su-kien', 3], ['hoat-dong-khoi-chinh-quyen', 1]],
    campaigns: ['toan-dan-bao-ve-an-ninh-to-quoc'],
    titles: [
      '{Ward} ra quân bảo đảm trật tự an toàn giao thông năm {year}',
      'Tuyên truyền an toàn giao thông cho học sinh trên địa bàn {ward}',
      'Xử lý {n} trường hợp vi phạm trật tự an toàn giao thông tại {ward}',
      'Ra quân lập lại trật tự lòng đường, vỉa hè tuyến phố {street}',
      'An toàn giao thông dịp Tết Nguyên đán {year}: {ward} triển khai cao điểm',
      'Năm an toàn giao thông {year}: kết quả {quarter} ở {district}',
    ],
    events: ['lễ ra quân bảo đảm trật tự an toàn giao thông', 'buổi tuyên truyền pháp luật về an toàn giao thông', 'hội thi tìm hiểu Luật Giao thông đường bộ', 'đợt cao điểm kiểm tra, xử lý vi phạm'],
    objects: ['trật tự an toàn giao thông', 'việc đội mũ bảo hiểm khi đi xe máy, xe đạp điện', 'tình trạng lấn chiếm lòng đường, hè phố', 'quy định về nồng độ cồn khi tham gia giao thông', 'an toàn giao thông cho học sinh', 'việc dừng, đỗ xe trái quy định'],
    actions: ['tuyên truyền', 'kiểm tra, xử lý', 'ra quân giải tỏa', 'tăng cường tuần tra, kiểm soát', 'phối hợp nhắc nhở'],
    results: ['lập biên bản {n} trường hợp vi phạm, phạt tiền {money}', 'tạm giữ {n} phương tiện vi phạm', 'giải tỏa {n} điểm lấn chiếm vỉa hè', 'số vụ tai nạn giao thông giảm {pct} so với cùng kỳ'],
    headings: ['Tuyên truyền sâu rộng đến từng khu dân cư', 'Kết quả ra quân', 'Tuyến phố văn minh, an toàn', 'Nhiệm vụ thời gian tới'],
    tasks: ['Duy trì thường xuyên công tác kiểm tra, xử lý vi phạm trật tự an toàn giao thông', 'Tuyên truyền đến từng hộ gia đình ký cam kết chấp hành quy định về an toàn giao thông', 'Phối hợp với nhà trường giáo dục kiến thức an toàn giao thông cho học sinh'],
    captions: ['Lực lượng chức năng phường kiểm tra, nhắc nhở người tham gia giao thông', 'Đoàn viên thanh niên tham gia điều tiết giao thông giờ tan trường', 'Lễ ra quân bảo đảm trật tự an toàn giao thông năm {year}'],
    covers: ['Cán bộ công an phường hướng dẫn học sinh đội mũ bảo hiểm đúng cách', 'Lực lượng trật tự đô thị giải tỏa vỉa hè tuyến phố'],
  },
  {
    key: 'cchc',
    category: [['cai-cach-hanh-chinh-to-chuc', 4], ['hoat-dong-khoi-chinh-quyen', 1]],
    campaigns: ['ky-cuong-hanh-chinh-2017', 'chuyen-doi-so-cap-phuong'],
    titles: [
      '{Ward} đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân',
      'Bộ phận Một cửa {ward} tiếp nhận {n} hồ sơ trong {quarter}',
      'Triển khai dịch vụ công trực tuyến toàn trình tại {ward}',
      'Đề án 06: {ward} hoàn thành cấp {n} tài khoản định danh điện tử',
      'Hội nghị đối thoại giữa lãnh đạo {ward} với người dân về thủ tục hành chính',
      'Kiểm tra công vụ, kỷ cương hành chính tại {ward} năm {year}',
    ],
    events: ['hội nghị triển khai công tác cải cách hành chính', 'buổi đối thoại với người dân về thủ tục hành chính', 'đợt kiểm tra công vụ', 'hội nghị sơ kết thực hiện Đề án 06'],
    objects: ['công tác cải cách hành chính', 'cơ chế một cửa, một cửa liên thông', 'dịch vụ công trực tuyến mức độ 3, mức độ 4', 'kỷ luật, kỷ cương hành chính', 'việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'ứng dụng VNeID và định danh điện tử'],
    actions: ['rà soát', 'niêm yết công khai', 'đơn giản hóa', 'số hóa', 'tiếp nhận và giải quyết'],
    results: ['{n} hồ sơ được giải quyết đúng và trước hạn, đạt {pct}', 'tỷ lệ hồ sơ trực tuyến đạt {pct}', 'không có hồ sơ trễ hạn', 'chỉ số hài lòng của người dân đạt {pct}', 'kích hoạt {n} tài khoản định danh điện tử mức 2'],
    headings: ['Kết quả giải quyết thủ tục hành chính', 'Chuyển đổi số trong giải quyết thủ tục', 'Kỷ luật, kỷ cương hành chính', 'Giải pháp trong thời gian tới'],
    tasks: ['Tiếp tục rà soát, niêm yết công khai đầy đủ các thủ tục hành chính tại Bộ phận Một cửa', 'Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến', 'Nâng cao trách nhiệm, thái độ phục vụ của cán bộ, công chức', 'Hoàn thành số hóa hồ sơ hộ tịch theo kế hoạch'],
    captions: ['Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến', 'Người dân làm thủ tục tại Bộ phận tiếp nhận và trả kết quả phường', 'Tổ công tác Đề án 06 hỗ trợ người dân kích hoạt tài khoản định danh điện tử'],
    covers: ['Người dân xếp hàng làm thủ tục tại quầy một cửa của phường', 'Cán bộ hướng dẫn người cao tuổi cài ứng dụng trên điện thoại'],
  },
  {
    key: 'yte',
    category: [['tin-tuc-su-kien', 3], ['tin-tuc-su-kien-noi-bat', 1]],
    campaigns: ['phong-chong-dich-covid-19'],
    titles: [
      '{Ward} ra quân phòng, chống sốt xuất huyết năm {year}',
      'Tiêm chủng mở rộng: {ward} hoàn thành {pct} kế hoạch',
      '{Ward} tổ chức khám sức khỏe miễn phí cho {n} người cao tuổi',
      'Phòng, chống dịch COVID-19: {ward} kích hoạt {n} tổ COVID cộng đồng',
      'Bảo đảm an toàn thực phẩm dịp Tết Trung thu {year} tại {ward}',
      'Trạm Y tế {ward} triển khai khám, chữa bệnh bảo hiểm y tế',
    ],
    events: ['lễ ra quân chiến dịch vệ sinh môi trường, diệt bọ gậy', 'buổi khám sức khỏe miễn phí', 'đợt tiêm chủng', 'hội nghị triển khai công tác phòng, chống dịch bệnh', 'đợt kiểm tra liên ngành về an toàn thực phẩm'],
    objects: ['công tác phòng, chống dịch bệnh', 'chiến dịch diệt bọ gậy, phòng chống sốt xuất huyết', 'an toàn vệ sinh thực phẩm', 'chương trình tiêm chủng mở rộng', 'bảo hiểm y tế toàn dân', 'chăm sóc sức khỏe ban đầu cho nhân dân'],
    actions: ['phun hóa chất', 'kiểm tra', 'tuyên truyền', 'tổ chức khám sàng lọc', 'giám sát'],
    results: ['phun hóa chất {n} hộ gia đình', 'xử lý {n} ổ bọ gậy', 'tỷ lệ tham gia bảo hiểm y tế đạt {pct}', 'kiểm tra {n} cơ sở kinh doanh thực phẩm, nhắc nhở {n2} cơ sở', 'tiêm {n} liều vắc xin'],
    headings: ['Chủ động phòng bệnh từ cộng đồng', 'Kết quả triển khai', 'Chăm sóc sức khỏe người dân', 'Khuyến cáo của ngành y tế'],
    tasks: ['Duy trì chiến dịch vệ sinh môi trường, diệt bọ gậy vào thứ Sáu hằng tuần', 'Giám sát chặt chẽ các ổ dịch cũ, phát hiện sớm ca bệnh', 'Tuyên truyền người dân tham gia bảo hiểm y tế hộ gia đình'],
    captions: ['Cán bộ Trạm Y tế phường kiểm tra, xử lý dụng cụ chứa nước', 'Người cao tuổi được khám sức khỏe miễn phí tại nhà văn hóa', 'Nhân viên y tế tiêm vắc xin cho trẻ'],
    covers: ['Nhân viên y tế đo huyết áp cho người cao tuổi tại nhà văn hóa', 'Tổ phun hóa chất diệt muỗi trong ngõ nhỏ'],
  },
  {
    key: 'ansinh',
    category: [['tin-tuc-su-kien', 3], ['hoat-dong-khoi-chinh-quyen', 1]],
    campaigns: ['ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau', 'thanh-pho-5-khong-3-co'],
    titles: [
      '{Ward} trao {n} suất quà Tết cho hộ nghèo, hộ cận nghèo',
      'Bàn giao nhà Đại đoàn kết cho hộ gia đình {person} ở {ward}',
      'Thăm, tặng quà gia đình chính sách nhân kỷ niệm {anniv} năm ngày Thương binh – Liệt sĩ',
      'Giảm nghèo bền vững: {ward} còn {small} hộ nghèo',
      '{Ward} chi trả trợ cấp xã hội cho {n} đối tượng',
      'Hỗ trợ người lao động bị ảnh hưởng bởi dịch bệnh tại {ward}',
    ],
    events: ['lễ trao quà', 'lễ bàn giao nhà Đại đoàn kết', 'chương trình thăm hỏi, tặng quà gia đình chính sách', 'hội nghị triển khai công tác giảm nghèo'],
    objects: ['công tác an sinh xã hội', 'chính sách đối với người có công', 'công tác giảm nghèo bền vững', 'quỹ “Vì người nghèo”', 'quỹ “Đền ơn đáp nghĩa”', 'chăm lo cho người cao tuổi, trẻ em có hoàn cảnh khó khăn'],
    actions: ['vận động', 'thăm hỏi, tặng quà', 'hỗ trợ', 'chi trả kịp thời', 'rà soát'],
    results: ['trao {n} suất quà với tổng trị giá {money}', 'vận động ủng hộ quỹ “Vì người nghèo” được {money}', 'hỗ trợ xây mới, sửa chữa {small} nhà Đại đoàn kết', 'giảm {small} hộ nghèo, đạt {pct} kế hoạch'],
    headings: ['Không để ai bị bỏ lại phía sau', 'Chăm lo gia đình chính sách', 'Kết quả giảm nghèo', 'Sự chung tay của cộng đồng'],
    tasks: ['Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo chính xác, đúng quy định', 'Tiếp tục vận động các tổ chức, cá nhân ủng hộ quỹ “Vì người nghèo”', 'Bảo đảm chi trả chế độ cho người có công đầy đủ, kịp thời'],
    captions: ['Lãnh đạo phường trao quà cho hộ nghèo', 'Gia đình ông {person} trong ngôi nhà mới', 'Đại biểu thăm hỏi, tặng quà gia đình chính sách'],
    covers: ['Lãnh đạo phường trao quà Tết cho người cao tuổi', 'Ngôi nhà Đại đoàn kết mới được bàn giao'],
  },
  {
    key: 'dothi',
    category: [['hoat-dong-khoi-chinh-quyen', 2], ['tin-tuc-su-kien', 2]],
    campaigns: ['nam-van-minh-do-thi-2015', 'xay-dung-phuong-dat-chuan-van-minh-do-thi', 'ca-nuoc-chung-suc-xay-dung-nong-thon-moi', 'hue-thanh-pho-xanh-sach-sang'],
    titles: [
      '{Ward} chỉnh trang {n} tuyến ngõ, xóm',
      'Xây dựng tuyến phố văn minh đô thị {street}',
      'Kiểm tra trật tự xây dựng trên địa bàn {ward} {quarter}',
      'Quản lý đất đai, trật tự xây dựng: {ward} xử lý {small} công trình vi phạm',
      'Khởi công cải tạo nhà văn hóa tổ dân phố số {small}',
      'Người dân {ward} hiến {n} m² đất mở rộng đường',
    ],
    events: ['lễ khởi công', 'lễ gắn biển tuyến phố văn minh', 'đợt kiểm tra trật tự xây dựng', 'hội nghị triển khai công tác quản lý trật tự đô thị'],
    objects: ['trật tự đô thị', 'quản lý trật tự xây dựng', 'chỉnh trang đô thị', 'xây dựng tuyến phố văn minh', 'hạ tầng kỹ thuật khu dân cư', 'chiếu sáng công cộng và cây xanh'],
    actions: ['kiểm tra', 'lập biên bản', 'cải tạo', 'chỉnh trang', 'lắp đặt', 'vận động hiến đất'],
    results: ['chỉnh trang {n} m đường ngõ', 'lắp đặt {n} bóng đèn chiếu sáng', 'trồng mới {n} cây xanh', 'xử lý {small} trường hợp xây dựng sai phép', 'tổng kinh phí {money}, trong đó nhân dân đóng góp {money2}'],
    headings: ['Chỉnh trang đô thị', 'Nhân dân đồng thuận', 'Quản lý trật tự xây dựng', 'Kế hoạch năm {year}'],
    tasks: ['Tăng cường quản lý trật tự xây dựng, kiên quyết xử lý các công trình vi phạm', 'Duy trì tuyến phố văn minh, không để tái lấn chiếm', 'Vận động nhân dân tham gia chỉnh trang ngõ, xóm'],
    captions: ['Tuyến ngõ sau khi được cải tạo, chỉnh trang', 'Lễ khởi công công trình cải tạo nhà văn hóa', 'Đoàn kiểm tra trật tự xây dựng làm việc tại công trình'],
    covers: ['Ngõ nhỏ lát gạch mới, hai bên trồng hoa', 'Công nhân thi công cải tạo tuyến đường'],
  },
  {
    key: 'moitruong',
    category: [['tin-tuc-su-kien', 3]],
    campaigns: ['chong-rac-thai-nhua', 'ngay-chu-nhat-xanh', 'can-tho-xanh-sach-dep'],
    titles: [
      '{Ward} ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới',
      'Phân loại rác tại nguồn: {ward} thí điểm ở {small} tổ dân phố',
      'Nạo vét kênh, mương thoát nước trước mùa mưa bão ở {ward}',
      '{Ward} trồng {n} cây xanh',
      'Ngày Chủ nhật xanh tại {ward}: thu gom {n} kg rác thải',
    ],
    events: ['lễ ra quân tổng vệ sinh môi trường', 'ngày hội tái chế', 'buổi trồng cây', 'lễ phát động chống rác thải nhựa'],
    objects: ['vệ sinh môi trường', 'phân loại rác thải sinh hoạt tại nguồn', 'chống rác thải nhựa', 'nạo vét hệ thống thoát nước', 'giữ gìn cảnh quan sông, hồ'],
    actions: ['thu gom', 'ra quân', 'nạo vét', 'phát động', 'trồng mới'],
    results: ['thu gom {n} tấn rác thải', 'nạo vét {n} m mương thoát nước', 'phát {n} túi vải thay túi ni lông', 'trồng {n} cây xanh các loại'],
    headings: ['Hành động vì môi trường', 'Phân loại rác từ mỗi gia đình', 'Kết quả ra quân'],
    tasks: ['Duy trì tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần', 'Nhân rộng mô hình phân loại rác tại nguồn', 'Xử lý nghiêm các trường hợp đổ rác, phế thải không đúng nơi quy định'],
    captions: ['Đoàn viên thanh niên thu gom rác thải dọc bờ kênh', 'Người dân tham gia ngày hội đổi rác lấy quà', 'Trồng cây xanh tại khuôn viên nhà văn hóa'],
    covers: ['Thanh niên tình nguyện vớt rác trên kênh', 'Người dân quét dọn đường phố sáng Chủ nhật'],
  },
  {
    key: 'anninh',
    category: [['tin-tuc-su-kien', 2], ['hoat-dong-khoi-chinh-quyen', 1]],
    campaigns: ['toan-dan-bao-ve-an-ninh-to-quoc'],
    titles: [
      'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm {year} tại tổ dân phố số {small}',
      '{Ward} tổ chức lễ giao, nhận quân năm {year}',
      'Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ tại {ward}',
      'Ra mắt mô hình “Camera an ninh” ở {ward}',
      'Công an {ward} triệt phá nhóm đối tượng trộm cắp tài sản',
      'Huấn luyện dân quân tự vệ năm {year} ở {district}',
    ],
    events: ['Ngày hội Toàn dân bảo vệ an ninh Tổ quốc', 'lễ giao, nhận quân', 'buổi diễn tập phòng cháy, chữa cháy', 'lễ ra mắt mô hình an ninh trật tự', 'hội nghị sơ kết công tác quân sự địa phương'],
    objects: ['an ninh chính trị, trật tự an toàn xã hội', 'phong trào Toàn dân bảo vệ an ninh Tổ quốc', 'công tác phòng cháy, chữa cháy', 'công tác tuyển chọn và gọi công dân nhập ngũ', 'phòng, chống tội phạm và tệ nạn xã hội'],
    actions: ['tuần tra', 'xây dựng mô hình', 'tuyên truyền', 'kiểm tra', 'huấn luyện'],
    results: ['phát hiện, xử lý {small} vụ việc', 'lắp đặt {n} camera an ninh', '{small} thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu', 'kiểm tra {n} cơ sở về phòng cháy, chữa cháy'],
    headings: ['Thế trận lòng dân', 'Kết quả bảo đảm an ninh trật tự', 'Sẵn sàng lên đường bảo vệ Tổ quốc', 'Phòng cháy từ cơ sở'],
    tasks: ['Nắm chắc tình hình, không để bị động, bất ngờ', 'Nhân rộng các mô hình tự quản về an ninh trật tự', 'Tổ chức tốt công tác tuyển quân năm {nextYear}'],
    captions: ['Thanh niên lên đường nhập ngũ nhận hoa chúc mừng', 'Lực lượng dân phòng thực hành chữa cháy', 'Đại biểu trao giấy khen cho tổ dân phố có thành tích trong phong trào'],
    covers: ['Tân binh mặc quân phục trong lễ giao nhận quân', 'Dân phòng phun nước dập lửa trong buổi diễn tập'],
  },
  {
    key: 'vanhoa',
    category: [['tin-tuc-su-kien', 3], ['tin-tuc-su-kien-noi-bat', 1]],
    campaigns: ['toan-dan-doan-ket-xay-dung-doi-song-van-hoa-o-khu-dan-cu', 'xay-dung-phuong-dat-chuan-van-minh-do-thi'],
    titles: [
      '{Ward} tổ chức Hội khỏe Phù Đổng năm {year}',
      'Liên hoan văn nghệ quần chúng chào mừng {anniv} năm Quốc khánh 2/9',
      'Tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tại {ward}',
      '{n} gia đình ở {ward} đạt danh hiệu “Gia đình văn hóa” năm {year}',
      'Vui Tết Trung thu cùng thiếu nhi {ward}',
      'Giải bóng đá thanh niên {district} mở rộng năm {year}',
    ],
    events: ['liên hoan văn nghệ', 'giải thể thao', 'ngày hội Đại đoàn kết toàn dân tộc', 'chương trình vui Tết Trung thu', 'hội nghị tổng kết phong trào xây dựng đời sống văn hóa'],
    objects: ['phong trào văn hóa, văn nghệ, thể dục thể thao', 'xây dựng gia đình văn hóa, tổ dân phố văn hóa', 'nếp sống văn minh trong việc cưới, việc tang', 'hoạt động của các câu lạc bộ', 'bảo tồn di tích lịch sử, văn hóa'],
    actions: ['tổ chức', 'duy trì', 'bình xét', 'phát động', 'biểu dương'],
    results: ['{n} hộ đạt danh hiệu Gia đình văn hóa, chiếm {pct}', '{small} tổ dân phố được công nhận “Tổ dân phố văn hóa”', 'thu hút {n} vận động viên tham gia', '{small} tiết mục đặc sắc được trao giải'],
    headings: ['Đời sống văn hóa ở khu dân cư', 'Sân chơi bổ ích', 'Kết quả bình xét'],
    tasks: ['Nâng cao chất lượng danh hiệu Gia đình văn hóa, Tổ dân phố văn hóa', 'Phát huy hiệu quả nhà văn hóa tổ dân phố', 'Thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội'],
    captions: ['Tiết mục văn nghệ đặc sắc tại liên hoan', 'Các vận động viên tranh tài', 'Thiếu nhi rước đèn Trung thu'],
    covers: ['Các em thiếu nhi rước đèn ông sao đêm Trung thu', 'Đội văn nghệ tổ dân phố biểu diễn trên sân khấu'],
  },
  {
    key: 'dang',
    category: [['tin-tuc-su-kien-noi-bat', 2], ['tin-tuc-su-kien', 1]],
    campaigns: ['hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', 'dan-van-kheo'],
    titles: [
      'Đại hội Đảng bộ {ward} lần thứ {roman}, nhiệm kỳ {term}',
      'Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng các cấp tại {ward}',
      'Trao Huy hiệu {badge} năm tuổi Đảng cho đảng viên {ward}',
      'Đảng ủy {ward} kết nạp {small} đảng viên mới',
      'Sơ kết {five} năm thực hiện Chỉ thị 05-CT/TW ở {ward}',
    ],
    events: ['đại hội Đảng bộ', 'hội nghị học tập, quán triệt nghị quyết', 'lễ trao Huy hiệu Đảng', 'lễ kết nạp đảng viên', 'hội nghị Ban Chấp hành Đảng bộ'],
    objects: ['công tác xây dựng Đảng', 'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'sinh hoạt chi bộ', 'công tác kiểm tra, giám sát', 'công tác phát triển đảng viên'],
    actions: ['quán triệt', 'triển khai', 'lãnh đạo', 'kiểm tra, giám sát', 'nâng cao chất lượng'],
    results: ['{small} chi bộ đạt “Hoàn thành xuất sắc nhiệm vụ”', 'kết nạp {small} đảng viên mới', '{pct} đảng viên tham gia học tập nghị quyết', 'trao Huy hiệu Đảng cho {small} đảng viên'],
    headings: ['Đoàn kết – Dân chủ – Kỷ cương – Đổi mới', 'Kết quả nhiệm kỳ qua', 'Phương hướng, nhiệm vụ'],
    tasks: ['Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở Đảng', 'Đổi mới nội dung, nâng cao chất lượng sinh hoạt chi bộ', 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
    captions: ['Đoàn Chủ tịch điều hành đại hội', 'Ban Chấp hành Đảng bộ nhiệm kỳ mới ra mắt đại hội', 'Đảng viên nhận Huy hiệu Đảng'],
    covers: ['Các đại biểu biểu quyết tại đại hội Đảng bộ phường', 'Đảng viên cao tuổi nhận Huy hiệu Đảng'],
  },
  {
    key: 'mttq',
    category: [['tin-tuc-su-kien', 3]],
    campaigns: ['toan-dan-doan-ket-xay-dung-doi-song-van-hoa-o-khu-dan-cu', 'nguoi-viet-nam-uu-tien-dung-hang-viet-nam', 'dan-van-kheo'],
    titles: [
      'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số {small}, {ward}',
      'Ủy ban MTTQ Việt Nam {ward} hiệp thương giới thiệu người ứng cử',
      'Hội nghị tiếp xúc cử tri với đại biểu HĐND {district} tại {ward}',
      'Cử tri {ward} kiến nghị {small} nội dung với đại biểu Quốc hội',
      'Giám sát, phản biện xã hội: Mặt trận {ward} giám sát {small} cuộc',
    ],
    events: ['Ngày hội Đại đoàn kết toàn dân tộc', 'hội nghị tiếp xúc cử tri', 'hội nghị hiệp thương', 'hội nghị đại biểu Mặt trận'],
    objects: ['khối đại đoàn kết toàn dân tộc', 'công tác giám sát và phản biện xã hội', 'ý kiến, kiến nghị của cử tri', 'vai trò của Ban công tác Mặt trận ở khu dân cư'],
    actions: ['tổng hợp', 'giám sát', 'vận động', 'tiếp thu, giải trình', 'phối hợp tổ chức'],
    results: ['cử tri nêu {small} ý kiến, kiến nghị', 'giám sát {small} cuộc', 'vận động được {money}', '{pct} ý kiến cử tri đã được trả lời'],
    headings: ['Ý kiến cử tri', 'Tiếp thu, giải trình', 'Phát huy sức mạnh đại đoàn kết'],
    tasks: ['Tiếp tục nắm bắt tâm tư, nguyện vọng của nhân dân', 'Nâng cao chất lượng giám sát, phản biện xã hội', 'Phát huy vai trò Ban công tác Mặt trận ở khu dân cư'],
    captions: ['Cử tri phát biểu ý kiến tại hội nghị', 'Đại biểu dự Ngày hội Đại đoàn kết cùng nhân dân', 'Quang cảnh hội nghị tiếp xúc cử tri'],
    covers: ['Cử tri phát biểu tại hội nghị tiếp xúc cử tri ở nhà văn hóa', 'Người dân cùng gói bánh trong Ngày hội Đại đoàn kết'],
  },
  {
    key: 'giaoduc',
    category: [['tin-tuc-su-kien', 3]],
    campaigns: ['tuoi-tre-sang-tao', 'hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh'],
    titles: [
      'Khai giảng năm học {schoolYear} tại các trường trên địa bàn {ward}',
      'Trường Tiểu học {school} đón nhận Bằng công nhận trường đạt chuẩn quốc gia',
      '{Ward} khen thưởng {n} học sinh giỏi năm học {schoolYear}',
      'Hội đồng Giáo dục {ward} tổng kết năm học {schoolYear}',
      'Trao học bổng cho học sinh nghèo vượt khó ở {ward}',
    ],
    events: ['lễ khai giảng', 'lễ tuyên dương học sinh giỏi', 'lễ đón nhận Bằng công nhận trường chuẩn quốc gia', 'hội nghị Hội đồng Giáo dục', 'lễ trao học bổng'],
    objects: ['công tác giáo dục và đào tạo', 'phong trào khuyến học, khuyến tài', 'xây dựng xã hội học tập', 'phổ cập giáo dục', 'chất lượng dạy và học'],
    actions: ['khen thưởng', 'duy trì', 'nâng cao', 'tuyên dương', 'hỗ trợ'],
    results: ['{n} học sinh được khen thưởng', '{pct} học sinh hoàn thành chương trình tiểu học', 'trao {n} suất học bổng trị giá {money}', '{small} trường đạt chuẩn quốc gia'],
    headings: ['Chất lượng giáo dục được nâng lên', 'Khuyến học, khuyến tài', 'Nhiệm vụ năm học mới'],
    tasks: ['Nâng cao chất lượng giáo dục toàn diện', 'Đẩy mạnh xã hội hóa giáo dục', 'Duy trì vững chắc kết quả phổ cập giáo dục'],
    captions: ['Học sinh đánh trống khai giảng năm học mới', 'Lãnh đạo phường trao thưởng cho học sinh giỏi', 'Học sinh nhận học bổng'],
    covers: ['Học sinh tiểu học mặc áo trắng dự lễ khai giảng', 'Học sinh nhận giấy khen trên sân trường'],
  },
  {
    key: 'kinhte',
    category: [['hoat-dong-khoi-chinh-quyen', 3], ['tin-tuc-su-kien-noi-bat', 1]],
    campaigns: ['nguoi-viet-nam-uu-tien-dung-hang-viet-nam', 'ca-nuoc-chung-suc-xay-dung-nong-thon-moi'],
    titles: [
      'Kỳ họp thứ {small} HĐND {ward} khóa {roman}: thông qua {small} nghị quyết',
      '{Ward} thu ngân sách đạt {pct} dự toán {quarter}',
      'Kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội {quarter} của {ward}',
      'Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh trên địa bàn {ward}',
      'Chợ {market} sau cải tạo thu hút tiểu thương',
    ],
    events: ['kỳ họp Hội đồng nhân dân', 'hội nghị sơ kết nhiệm vụ kinh tế – xã hội', 'hội nghị đối thoại với doanh nghiệp', 'hội nghị triển khai nhiệm vụ thu ngân sách'],
    objects: ['nhiệm vụ phát triển kinh tế – xã hội', 'công tác thu ngân sách nhà nước', 'hỗ trợ doanh nghiệp và hộ kinh doanh', 'quản lý thị trường, chống hàng giả', 'phát triển thương mại, dịch vụ'],
    actions: ['thu', 'hỗ trợ', 'quản lý', 'đôn đốc', 'phân bổ'],
    results: ['tổng thu ngân sách đạt {money}, bằng {pct} dự toán', 'cấp mới {small} giấy chứng nhận đăng ký hộ kinh doanh', 'giải quyết việc làm cho {n} lao động', 'giá trị sản xuất tăng {pct} so với cùng kỳ'],
    headings: ['Các chỉ tiêu chủ yếu', 'Thu ngân sách', 'Hỗ trợ doanh nghiệp, hộ kinh doanh', 'Nhiệm vụ, giải pháp'],
    tasks: ['Tập trung khai thác các nguồn thu, chống thất thu ngân sách', 'Tạo điều kiện thuận lợi cho doanh nghiệp, hộ kinh doanh', 'Thực hiện nghiêm kỷ luật tài chính, tiết kiệm chi thường xuyên'],
    captions: ['Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp', 'Quang cảnh hội nghị đối thoại với doanh nghiệp', 'Tiểu thương tại chợ sau cải tạo'],
    covers: ['Đại biểu HĐND giơ thẻ biểu quyết tại kỳ họp', 'Quầy hàng trong khu chợ mới cải tạo'],
  },
  {
    key: 'doanthe',
    category: [['tin-tuc-su-kien', 3]],
    campaigns: ['tuoi-tre-sang-tao', 'xay-dung-gia-dinh-5-khong-3-sach'],
    titles: [
      'Đoàn Thanh niên {ward} ra quân Chiến dịch Thanh niên tình nguyện hè {year}',
      'Hội Liên hiệp Phụ nữ {ward} kỷ niệm {anniv} năm Ngày Phụ nữ Việt Nam',
      'Hội Cựu chiến binh {ward} tổng kết năm {prevYear}',
      'Đại hội Hội Người cao tuổi {ward} nhiệm kỳ {term}',
      'Ra mắt Câu lạc bộ “Phụ nữ với pháp luật” ở tổ dân phố số {small}',
    ],
    events: ['lễ ra quân', 'lễ kỷ niệm', 'hội nghị tổng kết', 'đại hội', 'lễ ra mắt câu lạc bộ'],
    objects: ['hoạt động của các đoàn thể chính trị – xã hội', 'phong trào thanh niên tình nguyện', 'cuộc vận động “Xây dựng gia đình 5 không 3 sạch”', 'chăm sóc, phát huy vai trò người cao tuổi', 'công tác hội và phong trào cựu chiến binh'],
    actions: ['tổ chức', 'ra quân', 'vận động', 'giúp đỡ', 'tuyên truyền'],
    results: ['{n} lượt đoàn viên tham gia', 'giúp {small} hội viên vay vốn với số tiền {money}', 'kết nạp {small} hội viên mới', '{n} ngày công lao động tình nguyện'],
    headings: ['Xung kích, tình nguyện', 'Chăm lo hội viên', 'Phương hướng hoạt động'],
    tasks: ['Nâng cao chất lượng sinh hoạt chi hội', 'Phát huy vai trò xung kích của đoàn viên thanh niên', 'Tiếp tục thực hiện các cuộc vận động do Trung ương Hội phát động'],
    captions: ['Đoàn viên thanh niên ra quân chiến dịch tình nguyện', 'Hội viên phụ nữ biểu diễn văn nghệ', 'Các cựu chiến binh ôn lại truyền thống'],
    covers: ['Đoàn viên áo xanh tình nguyện sơn sửa tường nhà văn hóa', 'Hội viên phụ nữ mặc áo dài trong lễ kỷ niệm'],
  },
];

const OFFICIAL_TITLES = [
  ['Bí thư Đảng ủy', 'phường'],
  ['Phó Bí thư Thường trực Đảng ủy', 'phường'],
  ['Chủ tịch UBND', 'phường'],
  ['Phó Chủ tịch UBND', 'phường'],
  ['Chủ tịch HĐND', 'phường'],
  ['Chủ tịch Ủy ban MTTQ Việt Nam', 'phường'],
  ['Trưởng Công an', 'phường'],
  ['Chỉ huy trưởng Ban Chỉ huy Quân sự', 'phường'],
  ['Bí thư Đoàn Thanh niên', 'phường'],
  ['Chủ tịch Hội Liên hiệp Phụ nữ', 'phường'],
  ['Chủ tịch Hội Cựu chiến binh', 'phường'],
  ['Trạm trưởng Trạm Y tế', 'phường'],
  ['công chức Văn phòng – Thống kê', 'phường'],
  ['Tổ trưởng tổ dân phố số {small}', ''],
  ['Bí thư Chi bộ tổ dân phố số {small}', ''],
  ['Phó Chủ tịch UBND', 'quận'],
  ['Trưởng phòng Nội vụ', 'quận'],
  ['Trưởng phòng Văn hóa và Thông tin', 'quận'],
  ['Ủy viên Ban Thường vụ, Trưởng Ban Dân vận', 'quận'],
  ['Phó Giám đốc Sở Nội vụ', 'thành phố'],
];

// prettier-ignore
const OPENERS = [
  'Thời gian qua, ', 'Bên cạnh đó, ', 'Trong năm {prevYear}, ', 'Từ đầu năm đến nay, ', 'Thực hiện {docRef}, ', 'Theo báo cáo của {body}, ', 'Ngay sau hội nghị, ',
  'Trong {months} tháng đầu năm {year}, ', 'Đặc biệt, ', 'Cùng với đó, ', 'Nhằm {goal}, ', 'Với phương châm “{motto}”, ', 'Qua {n} năm triển khai, ', 'Đáng chú ý, ',
  'Tính đến ngày {date}, ', 'Trong đợt cao điểm từ ngày {date} đến ngày {date2}, ', 'Bám sát chỉ đạo của cấp trên, ', 'Để triển khai hiệu quả {docRef}, ', '', '', '', '',
];
// prettier-ignore
const SUBJECTS = [
  'UBND {ward}', 'Đảng ủy {ward}', 'Ủy ban MTTQ Việt Nam {ward}', 'Công an {ward}', 'Ban Chỉ huy Quân sự {ward}', 'Hội Liên hiệp Phụ nữ {ward}', 'Đoàn Thanh niên {ward}', 'Hội Cựu chiến binh {ward}',
  'Trạm Y tế {ward}', 'các tổ dân phố', 'Ban công tác Mặt trận các khu dân cư', 'các chi bộ trực thuộc', 'đội ngũ cán bộ, công chức {ward}', 'lực lượng dân phòng', 'Tổ công tác liên ngành', 'các ban, ngành, đoàn thể',
  'Hội Người cao tuổi {ward}', 'Hội Chữ thập đỏ {ward}', 'Ban Chỉ đạo {objectShort}', 'tập thể lãnh đạo {ward}', 'đồng chí {name}, {title},',
];
// prettier-ignore
const GOALS = [
  'nâng cao chất lượng cuộc sống của nhân dân', 'bảo đảm an ninh trật tự trên địa bàn', 'xây dựng chính quyền gần dân, sát dân', 'hoàn thành thắng lợi các chỉ tiêu năm {year}', 'tạo sự đồng thuận trong nhân dân', 'xây dựng khu dân cư văn minh, sạch đẹp',
  'phục vụ người dân và doanh nghiệp ngày càng tốt hơn', 'lập thành tích chào mừng các ngày lễ lớn', 'phát huy quyền làm chủ của nhân dân', 'góp phần giữ vững ổn định chính trị', 'không để phát sinh điểm nóng', 'thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường',
];
// prettier-ignore
const TAILS = [
  ', góp phần {goal}', ', được nhân dân đồng tình hưởng ứng', ', qua đó {result}', ', thu hút {n} lượt người tham gia', ', bảo đảm đúng tiến độ đề ra', ', tạo chuyển biến rõ nét so với năm {prevYear}', ' theo đúng kế hoạch',
  ', đạt và vượt chỉ tiêu được giao', ' với sự tham gia của đông đảo nhân dân', ', trong đó {result}', ' trên địa bàn {n3} tổ dân phố', ', được {district} đánh giá cao', '', '',
];
// prettier-ignore
const MOTTOS = ['dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng', 'Đoàn kết – Dân chủ – Kỷ cương – Đổi mới', 'lấy người dân làm trung tâm', 'nói đi đôi với làm', 'mỗi ngày một việc tốt', 'Đâu cần thanh niên có, việc gì khó có thanh niên', 'chính quyền thân thiện, vì nhân dân phục vụ'];
// prettier-ignore
const BODIES = ['UBND {ward}', 'Văn phòng HĐND – UBND {ward}', 'Phòng Nội vụ {districtShort}', 'Ban Chỉ đạo {objectShort}', 'Công an {ward}', 'Ủy ban MTTQ Việt Nam {ward}', 'Phòng Văn hóa và Thông tin {districtShort}', 'Chi cục Thống kê {districtShort}'];
// prettier-ignore
const SOURCES = ['UBND {ward}', 'Phòng Nội vụ {districtShort}', 'Văn phòng HĐND – UBND {ward}', 'Công an {ward}', 'Ủy ban MTTQ Việt Nam {ward}', 'Trung tâm Văn hóa – Thông tin và Thể thao {districtShort}', 'Báo Tin tức địa phương'];
const ASSESS = ['đánh giá cao', 'ghi nhận', 'biểu dương', 'chúc mừng', 'nhấn mạnh', 'khẳng định'];
const REQUEST = ['đề nghị', 'yêu cầu', 'giao', 'chỉ đạo', 'lưu ý'];
const ATTEND = ['Tham dự có', 'Dự buổi lễ có', 'Đến dự và chỉ đạo hội nghị có', 'Tham dự hội nghị có', 'Về dự có'];
// prettier-ignore
const DOC_TYPES: [string, string, number][] = [
  ['Kế hoạch', 'KH', 5], ['Quyết định', 'QĐ', 5], ['Công văn', '', 3], ['Chỉ thị', 'CT', 2], ['Thông báo', 'TB', 2], ['Nghị quyết', 'NQ', 2], ['Báo cáo', 'BC', 1], ['Hướng dẫn', 'HD', 1],
];
// prettier-ignore
const ISSUERS: [string, string][] = [
  ['UBND', 'UBND {ward}'], ['UBND', 'UBND {districtShort}'], ['UBND', 'UBND {cityShort}'], ['ĐU', 'Đảng ủy {ward}'], ['QU', 'Quận ủy {districtName}'], ['TU', 'Thành ủy {provinceShort}'], ['HĐND', 'HĐND {ward}'], ['BCĐ', 'Ban Chỉ đạo {objectShort} {districtShort}'],
];
// prettier-ignore
const NATIONAL_DOCS = [
  'Luật Thi đua, khen thưởng năm 2022', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ', 'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị', 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa',
  'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ', 'Luật Giao thông đường bộ năm 2008', 'Luật Phòng cháy và chữa cháy', 'Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ', 'Luật Nghĩa vụ quân sự năm 2015',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương', 'Luật Thực hiện dân chủ ở cơ sở năm 2022', 'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ',
];
const TERMS = ['2010 – 2015', '2015 – 2020', '2020 – 2025', '2025 – 2030'];
const ROMAN = ['XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV'];
const TYPOS = 0.004;
// prettier-ignore
const LOANWORDS = ['COVID-19', 'VNeID', 'Zalo', 'Facebook', 'QR', 'CCCD', 'iHanoi', 'livestream', 'website', 'camera', 'SMS', 'email', 'online', 'app', 'fanpage', 'container', 'karaoke', 'gas', 'pa-nô', 'áp-phích', 'băng-rôn'];

// ---------------------------------------------------------------------------
// The article writer

interface Ctx {
  p: Pick;
  topic: Topic;
  place: Place | undefined;
  /** Running-text ward name (“phường Phúc Lợi”) of the article's era. */
  ward: string;
  districtName: string;
  districtShort: string;
  provinceShort: string;
  date: Day;
  officials: (role: string) => string;
  raw: DvhcFile;
}

function fill(ctx: Ctx, template: string, depth = 0): string {
  const { p } = ctx;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'ward':
        return ctx.ward;
      case 'Ward':
        return ctx.ward.charAt(0).toUpperCase() + ctx.ward.slice(1);
      case 'district':
        return ctx.districtName;
      case 'districtName':
        return ctx.districtName.replace(/^(quận|huyện|thị xã|thành phố)\s+/i, '');
      case 'districtShort':
        return ctx.districtName ? ctx.districtName : `thành phố ${ctx.provinceShort}`;
      case 'cityShort':
      case 'provinceShort':
        return key === 'cityShort' ? `thành phố ${ctx.provinceShort}` : ctx.provinceShort;
      case 'year':
        return String(ctx.date.y);
      case 'prevYear':
        return String(ctx.date.y - 1);
      case 'nextYear':
        return String(ctx.date.y + 1);
      case 'n':
      case 'n2':
        return viNumber(
          p.weighted([
            [p.int(10, 99), 3],
            [p.int(100, 999), 3],
            [p.int(1000, 9999), 1],
          ]),
        );
      case 'n3':
      case 'small':
        return String(p.int(2, 24));
      case 'months':
        return String(p.int(3, 11));
      case 'five':
        return String(p.one([3, 5, 10, 15]));
      case 'anniv':
        return String(p.int(50, 80));
      case 'badge':
        return String(p.one([30, 40, 45, 50, 55, 60, 65, 70, 75]));
      case 'pct':
        return `${viNumber(p.r() * 60 + 60, p.int(0, 2))}%`;
      case 'money':
      case 'money2':
        return money(p);
      case 'date':
      case 'date2':
        return viDateLoose(dayBefore(p, ctx.date, 200));
      case 'name':
        return personName(p);
      case 'person':
        return personName(p);
      case 'title': {
        const [role, level] = p.one(OFFICIAL_TITLES);
        return fill(
          ctx,
          level === 'phường'
            ? `${role} ${ctx.ward}`
            : level === 'quận'
              ? `${role} ${ctx.districtName || 'quận'}`
              : level
                ? `${role} ${level} ${ctx.provinceShort}`
                : role!,
          depth + 1,
        );
      }
      case 'docRef':
        return docRef(ctx);
      case 'body':
        return fill(ctx, p.one(BODIES), depth + 1);
      case 'goal':
        return depth < 3 ? fill(ctx, p.one(GOALS), depth + 1) : 'bảo đảm đời sống nhân dân';
      case 'motto':
        return p.one(MOTTOS);
      case 'result':
        return depth < 3 ? fill(ctx, p.one(ctx.topic.results), depth + 1) : 'đạt kết quả tốt';
      case 'objectShort':
        return p.one([
          'phòng, chống dịch',
          'an toàn giao thông',
          'cải cách hành chính',
          'Đề án 06',
          'giảm nghèo',
          'phòng cháy, chữa cháy',
          'tuyển quân',
          'bầu cử',
        ]);
      case 'street':
        return `phố ${p.one(STREETS)}`;
      case 'quarter':
        return p.one(['quý I', 'quý II', 'quý III', '6 tháng đầu năm', '9 tháng', 'năm']) + ` ${ctx.date.y}`;
      case 'period':
        return `${ctx.date.y - 5} – ${ctx.date.y}`;
      case 'term':
        return termOf(ctx.date.y);
      case 'roman':
        return p.one(ROMAN);
      case 'schoolYear':
        return ctx.date.m >= 8 ? `${ctx.date.y} – ${ctx.date.y + 1}` : `${ctx.date.y - 1} – ${ctx.date.y}`;
      case 'hamlet':
        return ctx.place ? p.one(ctx.place.hamlets) : p.one(STREETS);
      case 'street2':
        return p.chance(0.5) ? `đường ${p.one(STREETS)}` : `phố ${ctx.place ? p.one(ctx.place.hamlets) : p.one(STREETS)}`;
      case 'month':
        return String(p.int(1, 12));
      case 'school':
      case 'market':
        return ctx.place ? p.one(ctx.place.hamlets) : p.one(STREETS);
      default:
        return key;
    }
  });
}

const termOf = (y: number) => TERMS.find((t) => Number(t.slice(0, 4)) <= y && y < Number(t.slice(-4))) ?? TERMS[2]!;

function money(p: Pick): string {
  return p.weighted<string>([
    [`${viNumber(p.int(5, 950))} triệu đồng`, 4],
    [`${viNumber(p.r() * 90 + 1, 1)} tỷ đồng`, 2],
    [`${viNumber(p.int(1, 99) * 1_000_000 + p.int(0, 999) * 1000)} đồng`, 1],
  ]);
}

function docRef(ctx: Ctx): string {
  const { p } = ctx;
  if (p.chance(0.15)) return p.one(NATIONAL_DOCS);
  const [type, code] = p.weighted(DOC_TYPES.map(([t, c, w]) => [[t, c], w] as [[string, string], number]));
  const [issuerCode, issuerName] = p.one(ISSUERS);
  const n = p.weighted([
    [p.int(1, 99), 2],
    [p.int(100, 999), 3],
    [p.int(1000, 4999), 2],
  ]);
  const when = dayBefore(p, ctx.date, 300);
  const tail = p.chance(0.5) ? ` về ${fill(ctx, p.one(ctx.topic.objects))}` : ` về việc ${p.one(ctx.topic.actions)} ${p.one(ctx.topic.objects)} năm ${when.y}`;
  const party = issuerCode === 'ĐU' || issuerCode === 'QU' || issuerCode === 'TU';
  const number = code
    ? party
      ? `${n}-${code}/${issuerCode}`
      : `${n}/${code}-${issuerCode}`
    : `${n}/${issuerCode}-${p.one(['VP', 'VHTT', 'TP', 'ĐC', 'QLĐT', 'LĐTBXH', 'NV', 'YT'])}`;
  return `${type} số ${number} ngày ${viDate(when)} của ${fill(ctx, issuerName)}${tail}`;
}

/** Turn a sentence's first letter upper-case. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Rare misspellings, as old portals have them: a mark dropped. */
function typos(ctx: Ctx, text: string): string {
  if (!ctx.p.chance(0.3)) return text;
  return text.replace(/[\p{L}]+/gu, (w) =>
    ctx.p.r() < TYPOS
      ? w
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/, '')
          .normalize('NFC')
      : w,
  );
}

function sentence(ctx: Ctx): string {
  const { p, topic } = ctx;
  const opener = fill(ctx, p.one(OPENERS));
  const subject = fill(ctx, p.one(SUBJECTS));
  const verb = p.weighted<string>([
    [`${p.one(['đã', 'tiếp tục', 'chủ động', 'tích cực', 'đã phối hợp'])} ${p.one(topic.actions)} ${p.one(topic.objects)}`, 5],
    [`${p.one(['tập trung chỉ đạo', 'quan tâm lãnh đạo', 'thường xuyên đôn đốc', 'ban hành kế hoạch triển khai'])} ${p.one(topic.objects)}`, 3],
    [
      `tổ chức ${p.one(topic.events)} tại ${p.one(['hội trường UBND phường', 'nhà văn hóa tổ dân phố số ' + p.int(1, 24), 'trụ sở Đảng ủy – HĐND – UBND phường', 'sân trường', 'điểm sinh hoạt cộng đồng'])}`,
      2,
    ],
    [`${p.one(['đạt được nhiều kết quả quan trọng trong', 'còn một số hạn chế trong', 'có nhiều cách làm sáng tạo trong'])} ${p.one(topic.objects)}`, 2],
    [
      `phối hợp với ${p.one(['các ban, ngành, đoàn thể', 'Công an phường', 'các tổ dân phố', 'các trường học trên địa bàn', 'đơn vị chức năng của ' + (ctx.districtName || 'thành phố')])} ${p.one(topic.actions)} ${p.one(topic.objects)}`,
      2,
    ],
  ]);
  let tail = detail(ctx) + fill(ctx, p.one(TAILS));
  if (p.chance(0.15))
    tail += `, với sự hỗ trợ của ${fill(ctx, 'Công ty ' + p.one(['TNHH', 'Cổ phần']) + ' ' + p.one(COMPANY_TRADES) + ' ' + p.one(COMPANY_WORDS))}`;
  if (p.chance(0.06)) tail += ` (qua ${p.one(LOANWORDS)})`;
  const s = `${opener}${subject} ${verb}${tail}.`;
  return typos(ctx, cap(s.replace(/,,/g, ',')));
}

function statSentence(ctx: Ctx): string {
  const { p, topic } = ctx;
  const parts = Array.from({ length: p.int(2, 4) }, () => fill(ctx, p.one(topic.results)));
  return cap(`${fill(ctx, p.one(['Kết quả, ', 'Qua đó, ', 'Tính đến nay, ', 'Cụ thể: ', 'Trong {months} tháng, ']))}${parts.join('; ')}.`);
}

function quote(ctx: Ctx): string {
  const { p, topic } = ctx;
  const who = `đồng chí ${ctx.officials(p.one(['chair', 'secretary', 'vice', 'district']))}`;
  const tasks = p.some(topic.tasks, p.int(2, 3)).map((t) => fill(ctx, t).replace(/^./, (c) => c.toLowerCase()));
  return `Phát biểu ${p.one(['tại hội nghị', 'chỉ đạo', 'kết luận', 'tại buổi lễ'])}, ${who} ${p.one(ASSESS)} ${p.one(['những kết quả đạt được', 'sự cố gắng của các tập thể, cá nhân', 'tinh thần trách nhiệm của cán bộ, đảng viên', 'sự vào cuộc của cả hệ thống chính trị'])} ${p.one(['trong thời gian qua', 'trong năm ' + (ctx.date.y - 1), 'trong giai đoạn vừa qua'])}; đồng thời ${p.one(REQUEST)} ${p.one(['các đơn vị', 'các ban, ngành, đoàn thể', 'các tổ dân phố', 'cán bộ, công chức'])} ${tasks.join('; ')}.`;
}

function addressLine(ctx: Ctx): string {
  const { p } = ctx;
  const house = p.chance(0.5) ? `số ${p.int(1, 299)}${p.chance(0.2) ? p.one(['A', 'B', 'C']) : ''} ` : '';
  const lane = p.chance(0.4) ? `ngõ ${p.int(1, 199)}${p.chance(0.3) ? '/' + p.int(1, 60) : ''} ` : '';
  const where = p.chance(0.5) ? `phố ${p.one(STREETS)}` : `tổ dân phố ${ctx.place ? p.one(ctx.place.hamlets) : p.int(1, 24)}`;
  return `${house}${lane}${where}, ${ctx.ward}`;
}

function lead(ctx: Ctx): string {
  const { p, topic } = ctx;
  const when = `${p.one(['Sáng', 'Chiều', 'Tối', 'Sáng', 'Chiều'])} ngày ${viDateLoose(ctx.date)}`;
  const where = p.chance(0.5) ? `tại ${p.one(['hội trường', 'nhà văn hóa', 'trụ sở'])} ${addressLine(ctx)}` : `tại hội trường UBND ${ctx.ward}`;
  const event = p.one(topic.events);
  const host = fill(
    ctx,
    p.one(['UBND {ward}', 'Đảng ủy {ward}', 'Ủy ban MTTQ Việt Nam {ward}', 'Ban Chỉ đạo {objectShort} {ward}', 'Hội đồng Thi đua – Khen thưởng {ward}']),
  );
  const attendees = p.some(['chair', 'secretary', 'vice', 'district', 'front'], p.int(2, 4)).map((role) => `đồng chí ${ctx.officials(role)}`);
  return `${when}, ${where}, ${host} tổ chức ${event} ${p.one(['năm ' + ctx.date.y, p.one(topic.objects), 'giai đoạn ' + fill(ctx, '{period}')])}. ${p.one(ATTEND)} ${attendees.join('; ')}; ${p.one(['cùng đại diện lãnh đạo các ban, ngành, đoàn thể', 'cùng các đồng chí Bí thư chi bộ, Tổ trưởng tổ dân phố', 'cùng đông đảo cán bộ, hội viên và nhân dân'])}${p.chance(0.5) ? ` với ${p.int(60, 450)} đại biểu` : ''}.`;
}

const VOICES = [
  'Từ khi có {thing}, bà con trong tổ rất phấn khởi, ai cũng có ý thức giữ gìn',
  'Gia đình tôi được hỗ trợ kịp thời nên đã ổn định cuộc sống',
  'Cán bộ phường hướng dẫn tận tình, tôi làm thủ tục chỉ mất chưa đầy {small} phút',
  'Chúng tôi mong chính quyền tiếp tục quan tâm tới {thing} để người dân yên tâm',
  'Trước đây mỗi khi mưa lớn là ngõ ngập sâu, nay đã khác hẳn',
  'Tôi đã sống ở đây hơn {anniv} năm, chưa bao giờ thấy khu phố khang trang như bây giờ',
  'Việc làm nhỏ nhưng ý nghĩa lớn, bà con ai cũng đồng tình',
  'Các cháu học sinh được học cách {skill}, phụ huynh rất yên tâm',
];
// prettier-ignore
const THINGS = ['tuyến đường mới', 'hệ thống đèn chiếu sáng', 'nhà văn hóa khang trang', 'camera an ninh đầu ngõ', 'điểm thu gom rác', 'sân chơi cho trẻ em', 'mô hình tổ tự quản', 'bãi đỗ xe', 'vườn hoa', 'cống thoát nước', 'tủ sách cộng đồng', 'điểm tập thể dục ngoài trời', 'biển báo giao thông', 'lan can bờ kè', 'bể nước phòng cháy'];
const SKILLS = ['thoát hiểm khi có cháy', 'qua đường an toàn', 'phân loại rác', 'sơ cứu ban đầu', 'bơi an toàn', 'sử dụng mạng xã hội an toàn'];
// prettier-ignore
const DETAILS = [
  ' tại khu vực {hamlet}', ' từ ngày {date} đến ngày {date2}', ' với tổng kinh phí {money}', ' trên tuyến {street2}', ' tại điểm sinh hoạt cộng đồng {hamlet}', ' trong đợt cao điểm tháng {month}',
  ' do ông {person} làm tổ trưởng', ' cùng {small} tình nguyện viên', ' ở chợ {hamlet}', ' tại Trường Tiểu học {hamlet}', ' khu tái định cư {hamlet}',
];

// prettier-ignore
const GOODS = ['gạo', 'mì tôm', 'dầu ăn', 'nước mắm', 'sữa tươi', 'bánh chưng', 'giò lụa', 'chăn bông', 'màn tuyn', 'áo ấm', 'áo phao', 'xe đạp', 'cặp sách', 'vở viết', 'bút bi', 'máy tính bảng', 'đèn pin', 'khẩu trang', 'nước sát khuẩn', 'thuốc bổ', 'đường kính', 'muối i-ốt', 'bột canh', 'trứng gà', 'thịt lợn', 'cá khô', 'rau củ', 'hoa quả', 'bánh kẹo', 'mứt Tết', 'phong bì', 'chiếu cói', 'nồi cơm điện', 'quạt điện', 'bình nước nóng', 'áo mưa', 'mũ bảo hiểm', 'ủng cao su', 'giày vải', 'ba lô', 'sách giáo khoa', 'từ điển', 'đồ chơi'];
// prettier-ignore
const BUILD_ITEMS = ['nền bê tông', 'rãnh thoát nước', 'cống hộp', 'hố ga', 'vỉa hè lát đá', 'bó vỉa', 'lan can inox', 'mái tôn', 'tường rào', 'cổng chào', 'sân khấu ngoài trời', 'cột đèn', 'tủ điện', 'biển báo', 'gờ giảm tốc', 'gương cầu lồi', 'bồn hoa', 'ghế đá', 'thảm cỏ', 'nhà để xe', 'khu vệ sinh', 'giếng khoan', 'bể lọc', 'trạm bơm', 'kè đá', 'cầu dân sinh', 'mương bê tông', 'sân bóng mini', 'dụng cụ thể dục', 'hệ thống loa truyền thanh'];
// prettier-ignore
const PLANTS = ['bằng lăng', 'phượng vĩ', 'sao đen', 'dầu rái', 'lim xanh', 'sưa đỏ', 'muồng hoàng yến', 'hoa sữa', 'xà cừ', 'keo tai tượng', 'bàng Đài Loan', 'giáng hương', 'osaka', 'hoa giấy', 'ngọc bút', 'mai vàng', 'đào phai', 'cau vua', 'dừa', 'tràm', 'đước', 'bần', 'vú sữa', 'xoài', 'nhãn lồng', 'bưởi diễn', 'cam canh', 'chuối tiêu'];
// prettier-ignore
const TRADES = ['thợ may', 'thợ hàn', 'thợ mộc', 'xe ôm công nghệ', 'bán hàng rong', 'làm bánh cuốn', 'nấu cỗ thuê', 'sửa xe máy', 'nuôi cá lồng', 'trồng rau an toàn', 'làm hương', 'đan lát', 'làm giò chả', 'chạy chợ', 'bán tạp hóa', 'làm đậu phụ', 'thu mua phế liệu', 'dạy thêm', 'may gia công', 'bảo vệ', 'giúp việc theo giờ', 'sửa điện dân dụng', 'làm nem chua', 'đánh bắt thủy sản', 'làm bún', 'nuôi ong'];
// prettier-ignore
const ABBREVIATIONS = ['KT-XH', 'QP-AN', 'TTATXH', 'ATGT', 'PCCC', 'CNCH', 'BHYT', 'BHXH', 'GPMB', 'TDP', 'KDC', 'CLB', 'THCS', 'THPT', 'CBCCVC', 'NLĐ', 'ĐTN', 'CCB', 'LHPN', 'NCT', 'HĐTĐKT', 'BCĐ', 'TTHC', 'DVC', 'VSMT', 'ATTP', 'LĐTBXH', 'VH-TT', 'TN&MT', 'QLĐT'];
// prettier-ignore
const PARTNERS = ['UNICEF', 'JICA', 'KOICA', 'Ngân hàng Thế giới', 'Hội Chữ thập đỏ Nhật Bản', 'Quỹ Tấm lòng vàng', 'Ngân hàng Chính sách xã hội', 'Agribank', 'Vietcombank', 'BIDV', 'VNPT', 'Viettel', 'EVN', 'Bưu điện', 'Tổ chức Plan', 'World Vision', 'Rotary Club', 'Vinamilk', 'Báo Tuổi Trẻ', 'Đài Truyền hình'];

/** The wider world: a unit anywhere in the dataset, with its province (“phường Phú Lương, Hà Nội”). */
function elsewhere(ctx: Ctx): string {
  const u = ctx.p.one(ctx.raw.old);
  return `${(u.type ?? 'Xã').toLowerCase()} ${u.name}, ${u.district.name.replace(/^\S+/, (t) => t.toLowerCase())}, ${u.province.name.replace(/^(Tỉnh|Thành phố) /, '')}`;
}

function thingsSentence(ctx: Ctx): string {
  const { p } = ctx;
  switch (p.int(0, 6)) {
    case 0:
      return `Mỗi suất quà gồm ${p.some(GOODS, p.int(3, 6)).join(', ')}${p.chance(0.5) ? ` và tiền mặt ${viNumber(p.int(2, 20) * 100_000)} đồng` : ''}.`;
    case 1:
      return `Công trình gồm các hạng mục: ${p.some(BUILD_ITEMS, p.int(3, 6)).join(', ')}; tổng mức đầu tư ${money(p)}, thi công trong ${p.int(30, 180)} ngày.`;
    case 2:
      return `Dịp này, ${fill(ctx, p.one(SUBJECTS))} trồng mới ${viNumber(p.int(20, 2000))} cây ${p.one(PLANTS)} và ${p.one(PLANTS)} dọc ${fill(ctx, '{street2}')}.`;
    case 3:
      return `Gia đình ${p.chance(0.5) ? 'ông' : 'bà'} ${personName(p)} (quê ${elsewhere(ctx)}) làm nghề ${p.one(TRADES)}, thu nhập ${viNumber(p.int(3, 15))} triệu đồng mỗi tháng.`;
    case 4:
      return `Đoàn công tác ${elsewhere(ctx)} đã đến thăm, trao đổi kinh nghiệm về ${p.one(ctx.topic.objects)}.`;
    case 5:
      return `Chương trình nhận được sự đồng hành của ${p.some(PARTNERS, p.int(1, 3)).join(', ')} (${p.one(ABBREVIATIONS)}, ${p.one(ABBREVIATIONS)}).`;
    default:
      return `Mọi ý kiến xin gửi về ${p.one(['Văn phòng', 'Bộ phận Một cửa', 'Ban Chỉ đạo'])} qua số điện thoại ${p.one(['024', '0236', '028', '0234', '0292'])}.${p.int(3000, 3999)}.${pad(p.int(0, 9999), 4)} hoặc thư điện tử ${slugify(ctx.ward).replace(/-/g, '')}${p.int(1, 99)}@${p.one(['hanoi', 'danang', 'tphcm', 'hue', 'cantho'])}.gov.vn.`;
  }
}

function voice(ctx: Ctx): string {
  const { p } = ctx;
  const who = p.chance(0.5) ? `bà ${personName(p, true)}` : `ông ${personName(p, false)}`;
  const text = p.one(VOICES).replace('{thing}', p.one(THINGS)).replace('{skill}', p.one(SKILLS));
  return `${cap(who)} (${p.int(28, 86)} tuổi, ở ${addressLine(ctx)}) ${p.one(['chia sẻ', 'phấn khởi cho biết', 'bày tỏ', 'nói'])}: “${fill(ctx, text)}”.`;
}

function detail(ctx: Ctx): string {
  return ctx.p.chance(0.35) ? fill(ctx, ctx.p.one(DETAILS)) : '';
}

function paragraph(ctx: Ctx): string {
  const { p } = ctx;
  const n = p.int(3, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(p.chance(0.22) ? statSentence(ctx) : p.chance(0.08) ? voice(ctx) : p.chance(0.1) ? thingsSentence(ctx) : sentence(ctx));
  if (p.chance(0.25))
    out.splice(
      p.int(0, out.length),
      0,
      `Thực hiện ${docRef(ctx)}, ${fill(ctx, p.one(SUBJECTS))} ${p.one(['đã xây dựng kế hoạch chi tiết', 'đã ban hành văn bản chỉ đạo', 'đã thành lập tổ công tác', 'đã phân công cán bộ phụ trách từng địa bàn'])}.`,
    );
  return out.join(' ');
}

function list(ctx: Ctx): string {
  const { p, topic } = ctx;
  const numbered = p.chance(0.3);
  const kind = p.int(0, 2);
  const items =
    kind === 0
      ? Array.from(
          { length: p.int(3, 8) },
          () =>
            `${p.one(['Bằng khen của Chủ tịch UBND', 'Giấy khen của Chủ tịch UBND', 'Danh hiệu Lao động tiên tiến', 'Danh hiệu Chiến sĩ thi đua cơ sở', 'Danh hiệu Tập thể lao động xuất sắc', 'Giấy khen của Đảng ủy'])} ${p.one(['thành phố', ctx.districtName || 'thành phố', ctx.ward])}: ${p.int(1, 40)} tập thể, ${p.int(1, 120)} cá nhân.`,
        )
      : kind === 1
        ? p
            .some(topic.tasks, p.int(2, topic.tasks.length))
            .map((t) => `${fill(ctx, t)}.`)
            .concat(Array.from({ length: p.int(1, 3) }, () => `${cap(fill(ctx, p.one(topic.results)))}.`))
        : Array.from(
            { length: p.int(3, 6) },
            () =>
              `Ông/bà ${personName(p)}, ${addressLine(ctx)}: ${p.one(['gương điển hình trong', 'có nhiều đóng góp cho', 'tích cực tham gia'])} ${p.one(topic.objects)}.`,
          );
  return items.map((item, i) => `${numbered ? `${i + 1}.` : '-'} ${item}`).join('\n');
}

function table(ctx: Ctx): string {
  const { p } = ctx;
  const rows = Array.from({ length: p.int(3, 6) }, (_, i) => `| Tổ dân phố số ${i + 1} | ${p.int(50, 600)} | ${viNumber(p.r() * 30 + 70, 1)}% |`);
  return ['| Đơn vị | Số hộ | Tỷ lệ đạt |', '|---|---:|---:|', ...rows].join('\n');
}

function articleBody(ctx: Ctx, targetWords: number, hasCover: boolean): { body: string; summary: string } {
  const { p, topic } = ctx;
  const blocks: string[] = [];
  const first = lead(ctx);
  blocks.push(first);
  const words = () => blocks.join(' ').split(/\s+/).length;
  const sectioned = p.chance(0.55);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  let section = 0;
  let captions = 0;
  while (words() < targetWords) {
    if (sectioned && p.chance(0.35) && section < 6) {
      const heading = fill(ctx, p.one(topic.headings));
      blocks.push(p.chance(0.5) ? `## ${roman[section]}. ${heading}` : `## ${heading}`);
      section++;
      if (p.chance(0.3)) blocks.push(`### ${section}. ${cap(p.one(topic.objects))}`);
    }
    const roll = p.r();
    if (roll < 0.55) blocks.push(paragraph(ctx));
    else if (roll < 0.7) blocks.push(list(ctx));
    else if (roll < 0.8) blocks.push(quote(ctx));
    else if (roll < 0.9 && captions < 2) {
      blocks.push(`*${fill(ctx, p.one(topic.captions))}*`);
      captions++;
    } else if (roll < 0.94) blocks.push(table(ctx));
    else blocks.push(`${paragraph(ctx)} ${statSentence(ctx)}`);
  }
  // Keep within 600–1500 words: drop the block that overshot, and any heading left last.
  while (words() > 1400 && blocks.length > 2) {
    const last = blocks.pop()!;
    if (words() < 620) {
      blocks.push(last);
      break;
    }
  }
  while (blocks.length > 2 && blocks[blocks.length - 1]!.startsWith('#')) blocks.pop();
  // The last word: a closing sentence, signed the way old portals end (“/.”).
  blocks.push(
    `${cap(fill(ctx, p.one(['Với những kết quả đạt được, {ward} quyết tâm {goal} trong thời gian tới', 'Thời gian tới, {ward} tiếp tục {goal}', 'Hội nghị đã thống nhất các giải pháp nhằm {goal}'])))}${p.chance(0.4) ? './.' : '.'}`,
  );
  if (hasCover && p.chance(0.2)) blocks.splice(1, 0, `*${fill(ctx, p.one(topic.captions))}*`);
  // The sapo: the lead's first sentence, as the importer takes it from old portals.
  const firstSentence = first.slice(0, first.indexOf('. ') > 0 ? first.indexOf('. ') + 1 : first.length);
  const summary = firstSentence.length <= 600 ? firstSentence : firstSentence.slice(0, firstSentence.lastIndexOf(' ', 590)) + '…';
  return { body: blocks.join('\n\n'), summary };
}

// ---------------------------------------------------------------------------
// YAML front matter, written the way content/ writes it

function yamlScalar(value: string): string {
  if (
    /^[\p{L}\p{N}][^:#\n"'{}[\]]*$/u.test(value) &&
    !/[:\s]$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~|[\d.+-]+)$/i.test(value) &&
    !/ -$/.test(value)
  )
    return value;
  return JSON.stringify(value);
}

type Yaml = string | number | boolean | string[] | { [key: string]: Yaml | undefined } | { [key: string]: Yaml | undefined }[];

function yaml(data: Record<string, Yaml | undefined>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (!value.length) continue;
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        if (typeof item === 'string') lines.push(`${indent}  - ${yamlScalar(item)}`);
        else {
          const inner = yaml(item, `${indent}    `).split('\n');
          lines.push(`${indent}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else if (typeof value === 'object') {
      lines.push(`${indent}${key}:`, yaml(value, `${indent}  `));
    } else if (typeof value === 'string') lines.push(`${indent}${key}: ${/^\d{4}-\d{2}-\d{2}/.test(value) ? value : yamlScalar(value)}`);
    else lines.push(`${indent}${key}: ${value}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Photos

/** A 1200×800 JPEG of a gradient with shapes and grain, 50–150 KB. */
export async function photo(seed: number): Promise<Buffer> {
  const r = rng(seed);
  const w = 1200;
  const h = 800;
  const c1 = [r() * 255, r() * 255, r() * 255];
  const c2 = [r() * 255, r() * 255, r() * 255];
  const blobs = Array.from({ length: 6 }, () => ({ x: r() * w, y: r() * h, rad: 60 + r() * 220, c: [r() * 255, r() * 255, r() * 255] }));
  let grain = 14;
  let quality = 78;
  for (let attempt = 0; ; attempt++) {
    const raw = Buffer.alloc(w * h * 3);
    const noise = rng(seed ^ 0x9e3779b9);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const t = (x / w + y / h) / 2;
        let px = [c1[0]! + (c2[0]! - c1[0]!) * t, c1[1]! + (c2[1]! - c1[1]!) * t, c1[2]! + (c2[2]! - c1[2]!) * t];
        for (const b of blobs) {
          const dx = x - b.x;
          const dy = y - b.y;
          if (dx * dx + dy * dy < b.rad * b.rad) {
            px = [(px[0]! + b.c[0]!) / 2, (px[1]! + b.c[1]!) / 2, (px[2]! + b.c[2]!) / 2];
          }
        }
        const g = (noise() - 0.5) * grain;
        const i = (y * w + x) * 3;
        raw[i] = px[0]! + g;
        raw[i + 1] = px[1]! + g;
        raw[i + 2] = px[2]! + g;
      }
    }
    const jpeg = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
      .jpeg({ quality, mozjpeg: false })
      .toBuffer();
    if (attempt >= 12) return jpeg;
    if (jpeg.length < 50 * 1024) grain *= 1.6;
    else if (jpeg.length > 150 * 1024) {
      grain *= 0.6;
      quality -= 6;
    } else return jpeg;
  }
}

// ---------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  /** Number of articles (drafts and future-dated ones included). */
  articles: number;
  /** The content root to write; emptied first. */
  dir: string;
  seed?: number;
  /** About 10% of articles get a cover photo; 0 turns photos off (faster tests). */
  coverRate?: number;
  /** Number of historic wards to draw (their current successors come along). */
  wards?: number;
  /** Path of the administrative dataset. */
  dvhcPath?: string;
  log?: (line: string) => void;
}

export interface CorpusSummary {
  dir: string;
  articles: number;
  drafts: number;
  future: number;
  withdrawn: number;
  covers: number;
  wards: number;
  districts: number;
  campaigns: number;
  categories: number;
  words: number;
  distinctWords: number;
  years: Record<string, number>;
}

export async function writeCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const { articles, seed = 1, coverRate = 0.1, wards: wardCount = 60, log = () => {} } = options;
  const dir = resolve(options.dir);
  if (dir === resolve(ROOT, 'content') || dir.startsWith(resolve(ROOT, 'content') + '/')) throw new Error('writeCorpus: refusing to write into content/');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const p = new Pick(rng(seed));
  const dvhcPath = options.dvhcPath ?? process.env.TIN_PHUONG_DVHC ?? DEFAULT_DVHC_PATH;
  const dvhc = loadDvhc(dvhcPath);
  const raw = readDvhcFile(dvhcPath);

  // Categories, wards and districts of content/ as a base (the site's own ward among them), and the unit's details.
  for (const folder of ['categories', 'wards', 'districts', 'campaigns']) {
    cpSync(join(ROOT, 'content', folder), join(dir, folder), { recursive: true });
  }
  cpSync(join(ROOT, 'content/don-vi.json'), join(dir, 'don-vi.json'));
  if (existsSync(join(ROOT, 'content/LICENSE-dvhcvn.txt'))) cpSync(join(ROOT, 'content/LICENSE-dvhcvn.txt'), join(dir, 'LICENSE-dvhcvn.txt'));
  const categories = readdirSync(join(dir, 'categories'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

  // Wards and districts from the dataset.
  const places = pickPlaces(dvhc, raw, p, wardCount);
  const wardFiles = new Map<string, unknown>();
  const districtFiles = new Map<string, unknown>();
  for (const place of places) {
    for (const [id, data] of wardEntriesWithSuccessors(place.old, dvhc)) wardFiles.set(id, data);
    const d = districtEntry(place.district);
    if (d) districtFiles.set(d.id, d.data);
  }
  for (const [id, data] of wardFiles) writeFileSync(join(dir, 'wards', `${id}.json`), formatEntryJson(data));
  for (const [id, data] of districtFiles) writeFileSync(join(dir, 'districts', `${id}.json`), formatEntryJson(data));

  // Campaigns: content/'s four plus generated ones, local ones with wards.
  const campaigns: Campaign[] = [];
  for (const c of CAMPAIGNS) {
    const slug = slugify(c.name);
    const local = c.level === 'phuong-xa' || c.level === 'quan-huyen' || c.province;
    const inProvince = places.filter((pl) => !c.province || pl.province === c.province);
    const wardsOf = local
      ? p.some(inProvince, Math.min(inProvince.length, p.int(3, 8))).map((pl) => (c.start >= '2025-07-01' ? pl.currentIds[0]! : pl.oldId))
      : undefined;
    campaigns.push({ ...c, slug, wards: wardsOf });
    const fm = yaml({
      name: c.name,
      theme: c.theme,
      level: c.level,
      launchedBy: c.launchedBy,
      period: { start: c.start, end: c.end },
      wards: wardsOf,
      aliases: c.aliases,
    });
    writeFileSync(join(dir, 'campaigns', `${slug}.md`), `---\n${fm}\n---\n${c.body}\n`);
  }
  const campaignIds = new Set(readdirSync(join(dir, 'campaigns')).map((f) => f.replace(/\.md$/, '')));
  const campaignPeriod = new Map<string, [string, string]>([
    ['thi-dua-yeu-nuoc', ['1948-06-11', '9999']],
    ['hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', ['2006-11-07', '9999']],
    ['nguoi-tot-viec-tot-ha-noi', ['2022-12-26', '9999']],
    ['ky-cuong-hanh-chinh-2017', ['2017-01-01', '2017-12-31']],
    ...campaigns.map((c) => [c.slug, [c.start, c.end ?? '9999']] as [string, [string, string]]),
  ]);
  const campaignProvince = new Map<string, string>([
    ['nguoi-tot-viec-tot-ha-noi', 'Thành phố Hà Nội'],
    ['ky-cuong-hanh-chinh-2017', 'Thành phố Hà Nội'],
    ...campaigns.filter((c) => c.province).map((c) => [c.slug, c.province!] as [string, string]),
  ]);

  // Officials per ward and 5-year term: the same people sign the same ward's news.
  const officialsFor = (place: Place | undefined, year: number) => (role: string) => {
    const term = Math.floor((year - 2010) / 5);
    const who = new Pick(rng(hash(`${seed}:${place?.old.code ?? 'city'}:${role}:${term}`)));
    const name = personName(who);
    const ward = place ? (year >= 2025 && place.current[0] ? wardFullName(place.current[0]) : wardFullName(place.old)) : '';
    const wardText = ward.replace(/^\S+/, (t) => t.toLowerCase());
    const district = place ? districtFullName(place.district) : 'thành phố';
    switch (role) {
      case 'chair':
        return `${name}, Chủ tịch UBND ${wardText}`;
      case 'secretary':
        return `${name}, Bí thư Đảng ủy ${wardText}`;
      case 'vice':
        return `${name}, Phó Chủ tịch UBND ${wardText}`;
      case 'front':
        return `${name}, Chủ tịch Ủy ban MTTQ Việt Nam ${wardText}`;
      default:
        return year < 2025 || !place
          ? `${name}, Phó Chủ tịch UBND ${district.replace(/^\S+/, (t) => t.toLowerCase())}`
          : `${name}, Phó Giám đốc Sở Nội vụ ${provinceShortName(place.province)}`;
    }
  };

  // Years: 2011–2025, more articles in later years, the way portals grew.
  const years = Array.from({ length: 15 }, (_, i) => [2011 + i, 1 + i * 0.12] as [number, number]);
  const futureCount = Math.max(2, Math.round(articles * 0.002));
  const draftCount = Math.max(3, Math.round(articles * 0.003));
  const withdrawnCount = Math.max(1, Math.round(articles * 0.001));
  const pastIndices = Array.from({ length: Math.max(0, articles - futureCount) }, (_, i) => i);
  const special = p.some(pastIndices, draftCount + withdrawnCount);
  const drafts = new Set(special.slice(0, draftCount));
  const withdrawns = new Set(special.slice(draftCount));
  const used = new Set<string>();
  const yearCount: Record<string, number> = {};
  let covers = 0;
  let words = 0;
  const vocabulary = new Set<string>();
  const photoJobs: { file: string; seed: number }[] = [];

  for (let i = 0; i < articles; i++) {
    const ap = new Pick(rng(hash(`${seed}:article:${i}`)));
    const future = i >= articles - futureCount;
    const draft = drafts.has(i);
    const withdrawn = withdrawns.has(i);
    const y = future ? ap.one([2030, 2099]) : ap.weighted(years);
    const m = ap.int(1, 12);
    const date: Day = { y, m, d: ap.int(1, daysIn(y, m)) };
    const iso = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
    const newEra = iso >= '2025-07-01';
    const topic = ap.one(TOPICS);

    // Where: mostly one ward; some district-wide news; a few city-wide.
    let scope = ap.weighted<'ward' | 'wards' | 'district' | 'city'>([
      ['ward', 70],
      ['wards', 12],
      ['district', 13],
      ['city', 5],
    ]);
    // Districts were abolished on 1 July 2025: later district-wide news is about a ward.
    if (scope === 'district' && newEra) scope = 'ward';
    const place = scope === 'city' ? undefined : ap.one(places);
    const others =
      place && scope === 'wards'
        ? ap.some(
            places.filter((pl) => pl !== place && pl.district.code === place.district.code),
            ap.int(1, 2),
          )
        : [];
    const wardUnit = place ? (newEra ? place.current[0]! : place.old) : undefined;
    const lower = (t: string) => t.replace(/^\S+/, (w) => w.toLowerCase());
    const wardText = !wardUnit
      ? `thành phố ${provinceShortName(ap.one(PROVINCES))}`
      : scope === 'district'
        ? lower(districtFullName(place!.district))
        : lower(wardFullName(wardUnit));
    const ctx: Ctx = {
      p: ap,
      topic,
      place,
      ward: wardText,
      districtName: place && !newEra ? districtFullName(place.district).replace(/^\S+/, (t) => t.toLowerCase()) : '',
      districtShort: '',
      provinceShort: provinceShortName(place?.province ?? ap.one(PROVINCES)),
      date,
      officials: officialsFor(place, y),
      raw,
    };

    let title = fill(ctx, ap.one(topic.titles));
    if (title.length > 250) title = title.slice(0, 247) + '…';
    let slug = slugify(title);
    if (!slug) slug = `bai-viet-${i}`;
    while (used.has(`${y}/${slug}`)) slug = `${slugify(title, 72)}-${ap.int(2, 9999)}`;
    used.add(`${y}/${slug}`);

    const hasCover = !draft && ap.r() < coverRate;
    const target = ap.weighted([
      [ap.int(640, 900), 4],
      [ap.int(900, 1200), 3],
      [ap.int(1200, 1400), 2],
    ]);
    const { body, summary } = articleBody(ctx, target, hasCover);

    const wardIds = place && scope !== 'district' ? [place, ...others].map((pl) => (newEra ? pl.currentIds[0]! : pl.oldId)) : [];
    const districtIds = place && !newEra && (scope === 'district' || ap.chance(0.5)) ? [place.districtId] : [];
    const topicCampaigns = topic.campaigns.filter((c) => {
      const period = campaignPeriod.get(c);
      const province = campaignProvince.get(c);
      return campaignIds.has(c) && period && period[0] <= iso && iso <= period[1] && (!province || province === place?.province);
    });
    const chosenCampaigns = ap.some(topicCampaigns, ap.int(0, Math.min(3, topicCampaigns.length))).sort();
    const time = `${pad(ap.int(7, 17))}:${pad(ap.int(0, 59))}:00`;
    const dateOnly = y < 2016 && ap.chance(0.4);
    const updated = !future && ap.chance(0.05) ? dayBefore(ap, { y: date.y, m: date.m, d: Math.min(date.d + 3, daysIn(date.y, date.m)) }, 1) : undefined;
    const updatedIso =
      updated && `${updated.y}-${pad(updated.m)}-${pad(updated.d)}` > iso
        ? `${updated.y}-${pad(updated.m)}-${pad(updated.d)}T${pad(ap.int(8, 20))}:00:00+07:00`
        : undefined;

    const coverFile = `${slug}.jpg`;
    const fm = yaml({
      title,
      summary,
      publishedAt: `${iso}T${dateOnly ? '00:00:00' : time}+07:00`,
      updatedAt: updatedIso,
      changes: updatedIso
        ? [{ date: updatedIso, note: ap.one(['Sửa tên đại biểu dự hội nghị.', 'Bổ sung số liệu.', 'Sửa lỗi chính tả.', 'Cập nhật ảnh.']) }]
        : undefined,
      category: ap.weighted(topic.category.filter(([c]) => categories.includes(c))),
      wards: wardIds,
      districts: districtIds,
      campaigns: chosenCampaigns,
      byline: ap.chance(0.6)
        ? ap.one([`Tin, ảnh: ${penName(ap)}`, penName(ap), `${penName(ap)} – ${penName(ap)}`, `Bài và ảnh: ${personName(ap)}`])
        : undefined,
      source: ap.chance(0.3) ? fill(ctx, ap.one(SOURCES)) : undefined,
      cover: hasCover
        ? {
            image: `./anh/${coverFile}`,
            alt: ap.one(topic.covers),
            caption: ap.chance(0.7) ? cap(fill(ctx, ap.one(topic.captions))) : undefined,
            credit: ap.chance(0.6) ? penName(ap) : undefined,
          }
        : undefined,
      featured: ap.chance(0.03) ? true : undefined,
      draft: draft ? true : undefined,
      status: withdrawn ? 'withdrawn' : undefined,
      withdrawnReason: withdrawn ? ap.one(['Thông tin trong bài chưa chính xác, đã được đính chính.', 'Gỡ theo yêu cầu của đơn vị cung cấp tin.']) : undefined,
      legacy:
        y < 2020 && ap.chance(0.6)
          ? {
              views: ap.int(12, 4800),
              url: `http://${slugify(wardText).replace(/-/g, '')}.gov.vn/tin-tuc/${ap.int(1000, 99999)}.html`,
              dateOnly: dateOnly ? true : undefined,
            }
          : undefined,
    });
    const folder = join(dir, 'news', String(y));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${slug}.md`), `---\n${fm}\n---\n\n${body}\n`);
    if (hasCover) {
      photoJobs.push({ file: join(folder, 'anh', coverFile), seed: hash(`${seed}:photo:${i}`) });
      covers++;
    }
    yearCount[y] = (yearCount[y] ?? 0) + 1;
    const tokens = `${title} ${summary} ${body}`.split(/\s+/);
    words += body.split(/\s+/).length;
    for (const t of tokens) vocabulary.add(t.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (i % 1000 === 999) log(`  ${i + 1} bài`);
  }

  // Photos, a few at a time (sharp runs them on its own threads).
  for (let i = 0; i < photoJobs.length; i += 4) {
    await Promise.all(
      photoJobs.slice(i, i + 4).map(async (job) => {
        mkdirSync(join(job.file, '..'), { recursive: true });
        writeFileSync(job.file, await photo(job.seed));
      }),
    );
    if (i % 200 === 0 && i) log(`  ${i} ảnh`);
  }

  const summary: CorpusSummary = {
    dir,
    articles,
    drafts: draftCount,
    future: futureCount,
    withdrawn: withdrawnCount,
    covers,
    wards: readdirSync(join(dir, 'wards')).length,
    districts: readdirSync(join(dir, 'districts')).length,
    campaigns: readdirSync(join(dir, 'campaigns')).length,
    categories: categories.length,
    words,
    distinctWords: vocabulary.size,
    years: yearCount,
  };
  // What was generated, for the benchmark's report (no path: the same seed gives the same bytes anywhere).
  const { dir: _dir, ...recorded } = summary;
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify({ seed, ...recorded }, null, 2)}\n`);
  return summary;
}

// ---------------------------------------------------------------------------
// CLI

const USAGE = 'Cách dùng (usage): node scripts/corpus.ts [--articles <số bài>] [--out <thư mục>] [--seed <số>] [--cover-rate <tỉ lệ>]';

export const CORPUS_HELP = `Sinh một kho bài giả giống kho lưu trữ của cổng phường (tin, phong trào, chuyên mục, phường, quận) để đo hiệu năng. Cùng một seed cho cùng một kho; không bao giờ ghi vào content/.

${USAGE}

  --articles <số bài>   số bài (mặc định 1000)
  --out <thư mục>       nơi ghi kho (mặc định tmp/corpus; thư mục cũ bị thay)
  --seed <số>           hạt giống ngẫu nhiên (mặc định 1)
  --cover-rate <tỉ lệ>  tỉ lệ bài có ảnh bìa, từ 0 đến 1 (mặc định 0.1)
  -h, --help            in hướng dẫn này`;

const OPTIONS = { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, 'cover-rate': { type: 'string' } } as const;

/** The command line as the corpus's settings, or 'help'; a wrong word throws, in Vietnamese. */
export function parseArgs(argv: readonly string[]): { articles: number; out: string; seed: number; covers: number } | 'help' {
  const line = readCommandLine(argv, OPTIONS, { lang: 'vi' });
  if (line.help) return 'help';
  const { values } = line;
  const args = {
    articles: Number(values.articles ?? 1000),
    out: values.out ?? resolve(ROOT, 'tmp/corpus'),
    seed: Number(values.seed ?? 1),
    covers: Number(values['cover-rate'] ?? 0.1),
  };
  if (!Number.isInteger(args.articles) || args.articles < 1) throw new UsageError(`--articles phải là số nguyên dương: ${values.articles}`);
  if (!Number.isFinite(args.seed)) throw new UsageError(`--seed phải là một số: ${values.seed}`);
  if (!(args.covers >= 0 && args.covers <= 1)) throw new UsageError(`--cover-rate phải là số từ 0 đến 1: ${values['cover-rate']}`);
  return args;
}

if (import.meta.main) {
  const args = commandLineOrExit(() => parseArgs(process.argv.slice(2)), { usage: USAGE, help: CORPUS_HELP });
  const started = performance.now();
  const summary = await writeCorpus({ articles: args.articles, dir: args.out, seed: args.seed, coverRate: args.covers, log: console.log });
  console.log(
    `${summary.articles} bài (${summary.drafts} nháp, ${summary.future} hẹn giờ, ${summary.withdrawn} đã gỡ, ${summary.covers} có ảnh), ${summary.wards} phường/xã, ${summary.districts} quận/huyện, ${summary.campaigns} phong trào, ${summary.categories} chuyên mục; ${summary.words} từ, ${summary.distinctWords} từ khác nhau → ${summary.dir} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
