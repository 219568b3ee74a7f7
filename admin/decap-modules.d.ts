/** Packages that ship no type declarations (Decap, React DOM), as the admin and its tests use them. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}

declare module 'decap-cms-editor-component-image' {
  const component: Record<string, unknown>;
  export default component;
}

/** React DOM's server renderer, as admin/preview.test.ts renders a preview to HTML (react-dom ships no types). */
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToStaticMarkup(element: ReactNode): string;
}
