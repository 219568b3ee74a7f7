import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leadsInside, linksLeadingOut, siteRoots } from './confinement.ts';

const base = mkdtempSync(join(tmpdir(), 'confinement-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// A project with content inside it, and a secret outside it.
const project = join(base, 'site');
const content = join(project, 'content');
const outside = join(base, 'secret');
mkdirSync(join(content, 'van-ban'), { recursive: true });
mkdirSync(join(content, 'images'), { recursive: true });
mkdirSync(outside, { recursive: true });
writeFileSync(join(outside, 'secret.jpg'), 'secret');
writeFileSync(join(content, 'images', 'a.jpg'), 'photo');
const roots = siteRoots(project, content);

describe('links out of the site', () => {
  it('finds a file link and a folder link that lead outside, and the outside target', () => {
    symlinkSync('/etc/passwd', join(content, 'van-ban', 'env.pdf'));
    symlinkSync(outside, join(content, 'ngoai'));
    const found = linksLeadingOut(content, roots).map((l) => [l.file.slice(project.length), l.target]);
    expect(found.sort()).toEqual([
      ['/content/ngoai', outside],
      ['/content/van-ban/env.pdf', '/etc/passwd'],
    ]);
  });

  it('lets links inside the site be, follows them once, and ignores broken ones', () => {
    const inside = mkdtempSync(join(project, 'inside-'));
    symlinkSync(join(content, 'images', 'a.jpg'), join(inside, 'a.jpg'));
    symlinkSync(inside, join(inside, 'loop'));
    symlinkSync(join(base, 'khong-co'), join(inside, 'broken.jpg'));
    expect(linksLeadingOut(inside, roots)).toEqual([]);
  });

  it('a folder that is itself a link out is refused whole', () => {
    const linked = join(base, 'public-link');
    symlinkSync(outside, linked);
    expect(linksLeadingOut(linked, roots)).toEqual([{ file: linked, target: outside }]);
  });

  it('decides a photo path by where it really leads', () => {
    expect(leadsInside(roots, join(content, 'images', 'a.jpg'))).toBe(true);
    expect(leadsInside(roots, join(content, '..', '..', 'secret', 'secret.jpg'))).toBe(false);
    expect(leadsInside(roots, join(content, 'ngoai', 'secret.jpg'))).toBe(false);
    // A missing file is another error (the photo check says "không có tệp ảnh này").
    expect(leadsInside(roots, join(content, 'images', 'khong-co.jpg'))).toBe(true);
  });
});
