/**
 * The demo album's photos (content/albums/anh/) and the fixtures' album photos:
 * simple drawings rendered by sharp as small JPEGs (8–13 KB), so the project
 * ships no photo of a real event or person. Run once; the files are committed.
 *
 *   node_modules/.bin/node scripts/demo-photos.ts content/albums/anh co-to-quoc den-long hoi-truong cay-xanh
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const W = 1200;
const H = 800;
export const SCENES: Record<string, string> = {
  'co-to-quoc':
    '<rect width="1200" height="800" fill="#7cb7e8"/><rect y="560" width="1200" height="240" fill="#5f9e4a"/><rect x="590" y="140" width="12" height="520" fill="#777"/><rect x="602" y="150" width="330" height="220" fill="#d7261e"/><polygon points="767,200 781,243 826,243 790,270 803,313 767,287 731,313 744,270 708,243 753,243" fill="#ffdc00"/>',
  'den-long':
    '<rect width="1200" height="800" fill="#2a1d4a"/><g fill="#e63b2e"><ellipse cx="300" cy="330" rx="110" ry="140"/><ellipse cx="600" cy="280" rx="120" ry="150"/><ellipse cx="900" cy="340" rx="105" ry="135"/></g><g fill="#f5c542"><rect x="270" y="180" width="60" height="20"/><rect x="570" y="120" width="60" height="20"/><rect x="870" y="195" width="60" height="20"/></g><rect y="690" width="1200" height="110" fill="#3b2b5e"/>',
  'hoi-truong':
    '<rect width="1200" height="800" fill="#f1e7d2"/><rect x="150" y="90" width="900" height="300" fill="#b3261e"/><rect x="300" y="150" width="600" height="40" fill="#f5d36b"/><rect x="350" y="230" width="500" height="30" fill="#f5d36b"/><g fill="#5b4636"><rect x="100" y="520" width="1000" height="40"/><rect x="100" y="620" width="1000" height="40"/><rect x="100" y="720" width="1000" height="40"/></g>',
  'cay-xanh':
    '<rect width="1200" height="800" fill="#cfe8f7"/><rect y="600" width="1200" height="200" fill="#8a6a43"/><g fill="#6b4a2b"><rect x="280" y="420" width="40" height="200"/><rect x="580" y="380" width="40" height="240"/><rect x="880" y="430" width="40" height="190"/></g><g fill="#2f8f3a"><circle cx="300" cy="380" r="110"/><circle cx="600" cy="330" r="130"/><circle cx="900" cy="390" r="100"/></g>',
};

if (import.meta.main) {
  const [out, ...names] = process.argv.slice(2);
  if (!out || !names.length) throw new Error(`usage: demo-photos.ts <folder> <${Object.keys(SCENES).join('|')}>…`);
  for (const name of names) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${SCENES[name]}</svg>`;
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toBuffer();
    await writeFile(join(out, `${name}.jpg`), jpeg);
    console.log(`${name}.jpg ${jpeg.length} B`);
  }
}
