/**
 * Where rendered pages go for indexing during `astro build`. The integration
 * (which runs in the build process, outside Vite's module graph) opens the
 * sink; the middleware (bundled into the prerender code, the same process)
 * writes to it. They share it through a global symbol because they never
 * share a module instance. In `astro dev` no sink is open and nothing happens.
 */
export interface PageSink {
  add(url: string, html: string): Promise<void>;
}

const KEY = Symbol.for('tin-phuong.search-sink');
type Holder = { [KEY]?: PageSink };

export function openSink(sink: PageSink): void {
  (globalThis as Holder)[KEY] = sink;
}

export function closeSink(): void {
  delete (globalThis as Holder)[KEY];
}

export function currentSink(): PageSink | undefined {
  return (globalThis as Holder)[KEY];
}
