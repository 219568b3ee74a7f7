import { describe, expect, it } from 'vitest';
import { remembered } from './recent.ts';

describe('remembered', () => {
  it('computes each key once while it stays among the last `size`', () => {
    const calls: string[] = [];
    const upper = remembered((s: string) => (calls.push(s), s.toUpperCase()), 2);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(calls).toEqual(['a', 'b']);
  });

  it('tells arguments apart by keyOf', () => {
    let calls = 0;
    const name = remembered(
      (page: { id: string }) => (calls++, page.id),
      4,
      (page) => page.id,
    );
    name({ id: 'a' });
    name({ id: 'a' });
    expect(calls).toBe(1);
  });

  it('forgets the least recently used key first', () => {
    const calls: string[] = [];
    const id = remembered((s: string) => (calls.push(s), s), 2);
    id('a');
    id('b');
    id('a'); // a is now the most recent
    id('c'); // forgets b
    id('a');
    id('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('computes a forgotten key again', () => {
    let calls = 0;
    const count = remembered((s: string) => (calls++, s), 4);
    count('a');
    count.forget('a');
    count('a');
    expect(calls).toBe(2);
  });
});
