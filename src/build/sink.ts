/**
 * A channel from the integrations (which run in the build process, outside
 * Vite's module graph) to code bundled into the prerender chunk (middleware,
 * layouts), in the same process. They never share a module instance, so the
 * sink sits on a global symbol. In `astro dev` none is open and nothing happens.
 */
export interface BuildSink<T> {
  open(sink: T): void;
  close(): void;
  current(): T | undefined;
}

export function buildSink<T>(name: string): BuildSink<T> {
  const key = Symbol.for(`tin-phuong.${name}`);
  const holder = globalThis as { [key: symbol]: T | undefined };
  return {
    open: (sink) => void (holder[key] = sink),
    close: () => void delete holder[key],
    current: () => holder[key],
  };
}
