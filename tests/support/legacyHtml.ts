/**
 * A browser's “Save page as… complete” of a Liferay ward portal article, for
 * tests: tests/fixtures/legacy/html/hoi-nghi-ba-anh.html with its
 * hoi-nghi-ba-anh_files folder (three article photos, a logo, a stylesheet
 * and a script), the photos made by sharp so no binary is committed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

export const SAVED_PAGE = resolve(import.meta.dirname, '../fixtures/legacy/html/hoi-nghi-ba-anh.html');

const photo = (background: string, format: 'jpeg' | 'png') =>
  sharp({ create: { width: 12, height: 8, channels: 3, background } })
    .toFormat(format)
    .toBuffer();

/** Write the saved page and its `_files` folder into `dir`; returns the page's path. */
export async function writeSavedPage(dir: string): Promise<string> {
  const assets = join(dir, 'hoi-nghi-ba-anh_files');
  mkdirSync(assets, { recursive: true });
  copyFileSync(SAVED_PAGE, join(dir, 'hoi-nghi-ba-anh.html'));
  writeFileSync(join(assets, 'anh-1.jpg'), await photo('#b22', 'jpeg'));
  writeFileSync(join(assets, 'IMG_0002.JPG'), await photo('#2b2', 'jpeg'));
  writeFileSync(join(assets, 'Ảnh 3.png'), await photo('#22b', 'png'));
  writeFileSync(join(assets, 'logo.png'), await photo('#888', 'png'));
  writeFileSync(join(assets, 'main.css'), 'body { margin: 0 }\n');
  writeFileSync(join(assets, 'jquery.js'), '/* jQuery */\n');
  return join(dir, 'hoi-nghi-ba-anh.html');
}
