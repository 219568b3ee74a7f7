/** parse5 5.x ships no types; the importer only calls parse() and walks the default tree (src/import/html.ts). */
declare module 'parse5' {
  export function parse(html: string, options?: { treeAdapter?: object }): unknown;
}
/** The default tree adapter, which src/import/html.ts wraps to bound the page's depth. */
declare module 'parse5/lib/tree-adapters/default.js' {
  const adapter: {
    appendChild(parent: object, child: object): void;
    insertBefore(parent: object, child: object, reference: object): void;
    setTemplateContent(template: object, content: object): void;
    [name: string]: unknown;
  };
  export default adapter;
}
