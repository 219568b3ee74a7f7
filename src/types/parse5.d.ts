/** parse5 5.x ships no types; the importer only calls parse() and walks the default tree (src/import/html.ts). */
declare module 'parse5' {
  export function parse(html: string): unknown;
}
