import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDvhc } from '../src/import/dvhcFile.ts';
import { entriesFor, main, resolveTarget } from './units.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dvhc = loadDvhc();
const work = mkdtempSync(join(tmpdir(), 'tin-phuong-units-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('resolveTarget', () => {
  it('reads codes, old codes, district codes and entry ids', () => {
    expect(resolveTarget('00136', dvhc)).toMatchObject({ ward: { era: 'new', name: 'Phúc Lợi' } });
    expect(resolveTarget('cu:00136', dvhc)).toMatchObject({ ward: { era: 'old', name: 'Phúc Lợi' } });
    expect(resolveTarget('phuong-thuong-thanh-cu-00115', dvhc)).toMatchObject({ ward: { era: 'old', name: 'Thượng Thanh' } });
    expect(resolveTarget('004', dvhc)).toMatchObject({ district: { name: 'Long Biên' } });
    expect(resolveTarget('quan-long-bien-004', dvhc)).toMatchObject({ district: { name: 'Long Biên' } });
    expect(resolveTarget('99999', dvhc)).toMatch(/Không tìm thấy/);
  });
});

describe('entriesFor', () => {
  it('brings a historic ward’s successors so its references resolve', () => {
    expect([...entriesFor(['cu:00115'], dvhc, false).entries.keys()].sort()).toEqual([
      'wards/phuong-bo-de-00118.json',
      'wards/phuong-thuong-thanh-cu-00115.json',
      'wards/phuong-viet-hung-00127.json',
    ]);
  });
});

describe('npm run units', () => {
  it('writes the portal ward (content/don-vi.json, before its entry exists) and all its predecessors by default, then changes nothing', () => {
    const content = join(work, 'content');
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, 'don-vi.json'), readFileSync('content/don-vi.json'));
    const out: string[] = [];
    expect(main(['--content', content], (t) => out.push(t))).toBe(0);
    const wards = readdirSync(join(content, 'wards')).sort();
    expect(wards).toContain('phuong-phuc-loi-00136.json');
    for (const id of [
      'phuong-giang-bien-cu-00121',
      'phuong-viet-hung-cu-00127',
      'phuong-phuc-loi-cu-00136',
      'phuong-thach-ban-cu-00148',
      'phuong-phuc-dong-cu-00151',
      'xa-co-bi-cu-00553',
    ]) {
      expect(wards).toContain(`${id}.json`);
      for (const s of JSON.parse(readFileSync(join(content, 'wards', `${id}.json`), 'utf8')).successors) expect(wards).toContain(`${s.ward}.json`);
    }
    expect(existsSync(join(content, 'LICENSE-dvhcvn.txt'))).toBe(true);
    const again: string[] = [];
    main(['--content', content], (t) => again.push(t));
    expect(again.at(-1)).toMatch(/^0 tệp ghi mới/);
  });
  it('refreshes an entry that was changed by hand, and reports unknown units', () => {
    const content = join(work, 'content-2');
    main(['004', '--content', content], () => {});
    const file = join(content, 'districts/quan-long-bien-004.json');
    writeFileSync(file, '{"name": "sửa tay"}\n');
    const out: string[] = [];
    expect(main(['004', 'nope', '--content', content], (t) => out.push(t))).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).label).toBe('Quận Long Biên, Thành phố Hà Nội');
    expect(out.join('\n')).toMatch(/✗ Không tìm thấy đơn vị “nope”/);
  });
  it('explains itself in Vietnamese on --help, and refuses a wrong option before writing anything', () => {
    const help = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/units.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Ghi các mục phường, xã/);
    for (const option of ['--predecessors', '--content', '--dvhc']) expect(help.stdout, option).toMatch(new RegExp(`^ {2}${option} .*\\p{L}`, 'mu'));
    const content = join(work, 'content-3');
    const out: string[] = [];
    expect(main(['004', '--content', content, '--predecesors'], (t) => out.push(t))).toBe(2);
    expect(out.join('\n')).toMatch(/^Tùy chọn không hỗ trợ \(unknown option\): --predecesors\nCách dùng \(usage\): npm run units/);
    expect(main(['004', '--content'], () => {})).toBe(2);
    expect(existsSync(content)).toBe(false);
  });
});
