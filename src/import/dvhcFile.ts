/**
 * Reading the administrative-unit dataset from disk; dvhc.ts indexes and
 * formats it without touching the file system.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { indexDvhc, type Dvhc, type DvhcFile } from './dvhc.ts';

/** Where the dataset lives unless TIN_PHUONG_DVHC or an explicit path says otherwise. */
export const DEFAULT_DVHC_PATH = resolve(import.meta.dirname, '../../data/dvhc-2025.json.gz');

/** Read the dataset file: the project ships it gzipped; a plain .json (TIN_PHUONG_DVHC) works too. */
export function readDvhcFile(path: string): DvhcFile {
  const raw = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as DvhcFile;
}

const loaded = new Map<string, Dvhc>();

/** Load and index the dataset once per path (the importer calls this for every page). */
export function loadDvhc(path = process.env.TIN_PHUONG_DVHC ?? DEFAULT_DVHC_PATH): Dvhc {
  let dvhc = loaded.get(path);
  if (!dvhc) {
    dvhc = indexDvhc(readDvhcFile(path));
    loaded.set(path, dvhc);
  }
  return dvhc;
}
