/** Decap packages that ship no type declarations, as the admin uses them. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}

declare module 'decap-cms-editor-component-image' {
  const component: Record<string, unknown>;
  export default component;
}
