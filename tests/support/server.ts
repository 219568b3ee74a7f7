/** Serve a built folder on a free loopback port for browser tests. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../../scripts/serve.mjs';

export async function startStatic(root: string, headers?: (path: string) => Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = (await serve(root, 0, '127.0.0.1', headers)) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
