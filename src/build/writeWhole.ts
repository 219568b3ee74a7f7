/**
 * A cache file written whole or not at all: a temporary of this process's own,
 * then a rename. A build killed mid-write (or a full disk) leaves no
 * cut-short file for the next build to copy into dist/.
 */
import { rename, writeFile } from 'node:fs/promises';

export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}
