/**
 * Where rendered pages go for indexing during `astro build`: the search
 * integration opens it, the middleware writes each page to it (src/build/sink.ts).
 */
import { buildSink } from '../build/sink.ts';

export interface PageSink {
  add(url: string, html: string): void;
}

const sink = buildSink<PageSink>('search-sink');
export const openSink = sink.open;
export const closeSink = sink.close;
export const currentSink = sink.current;
