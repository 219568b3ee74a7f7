import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteIdentity, siteIdentity, siteWardId } from './siteIdentity.ts';

const root = mkdtempSync(join(tmpdir(), 'tin-phuong-don-vi-'));
cpSync(resolve('tests/fixtures/content/wards'), join(root, 'wards'), { recursive: true });
const sample = JSON.parse(readFileSync(resolve('content/don-vi.json'), 'utf8')) as Record<string, unknown>;
const write = (data: unknown) => writeFileSync(join(root, 'don-vi.json'), `${JSON.stringify(data, null, 2)}\n`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the portal's own details (content/don-vi.json)", () => {
  it('reads the sample every content folder ships with', () => {
    for (const folder of ['content', 'tests/fixtures/content', 'tests/fixtures/search-content']) {
      expect(readSiteIdentity(resolve(folder)).owner, folder).toBe('Ủy ban nhân dân phường Phúc Lợi');
    }
    expect(readSiteIdentity(resolve('content')).ward).toBe('phuong-phuc-loi-00136');
  });

  it('refuses a missing field, a bad email and an unknown ward, naming the file and each field in Vietnamese', () => {
    write({ ...sample, responsible: { title: 'Chủ tịch' }, email: 'khong-phai-thu', ward: 'phuong-khong-co-00000' });
    const error = (() => {
      try {
        readSiteIdentity(root);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toContain(join(root, 'don-vi.json'));
    expect(error).toMatch(/responsible\.name: Thiếu trường bắt buộc “Họ và tên”/);
    expect(error).toMatch(/email: Thư điện tử phải có dạng/);
    expect(error).toMatch(/ward: Không có “phuong-khong-co-00000”/);
  });

  it('says which file is missing', () => {
    expect(() => readSiteIdentity(join(root, 'khong-co'))).toThrow(/khong-co\/don-vi\.json: thiếu tệp thông tin đơn vị/);
  });

  it('reads the file again once it changed, as the dev server must after a save in the CMS', () => {
    write(sample);
    expect(siteIdentity(root).phone).toBe('024 3875 0000');
    write({ ...sample, phone: '024 3999 1234' });
    utimesSync(join(root, 'don-vi.json'), new Date(), new Date(Date.now() + 5000));
    expect(siteIdentity(root).phone).toBe('024 3999 1234');
  });

  it('gives `npm run units` the ward id before that ward has an entry', () => {
    write({ ...sample, ward: 'xa-moi-99999' });
    expect(siteWardId(root)).toBe('xa-moi-99999');
  });
});
