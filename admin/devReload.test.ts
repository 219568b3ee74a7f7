import { describe, expect, it } from 'vitest';
import { actionOf, ECHO_MS, isEchoOfOwnWrite, WRITES_CONTENT } from './devReload.ts';

describe('keeping the admin open under npm run cms', () => {
  it('takes a reload shortly after its own write for the echo of it', () => {
    expect(isEchoOfOwnWrite(1_000, 1_500)).toBe(true);
    expect(isEchoOfOwnWrite(1_000, 1_000 + ECHO_MS)).toBe(false);
    // Before any write (the dev server's first optimisation of Decap's modules): reload.
    expect(isEchoOfOwnWrite(0, 5_000)).toBe(false);
  });

  it('knows which decap-server requests write content', () => {
    expect(actionOf(JSON.stringify({ action: 'publishUnpublishedEntry', params: {} }))).toBe('publishUnpublishedEntry');
    expect(WRITES_CONTENT.has('publishUnpublishedEntry')).toBe(true);
    expect(WRITES_CONTENT.has('entriesByFolder')).toBe(false);
    expect(actionOf('not json')).toBeUndefined();
    expect(actionOf(undefined)).toBeUndefined();
  });
});
