/**
 * /van-ban/…: the documents of <content>/van-ban/ (PDF, Word, Excel, ODF) that
 * ```van-ban blocks link to, copied into the built site as they are.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentFiles, documentsFolder } from '../../lib/documents.ts';

export const getStaticPaths: GetStaticPaths = () => documentFiles().map((file) => ({ params: { file } }));

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const ext = file.split('.').pop()!.toLowerCase();
  return new Response(await readFile(join(documentsFolder(), file)), { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
};
