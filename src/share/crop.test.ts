import { describe, expect, it } from 'vitest';
import { shareCrop } from './crop.ts';

describe('shareCrop', () => {
  it('cuts large photos to 1200×630', () => {
    expect(shareCrop({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
    expect(shareCrop({ width: 1200, height: 800 })).toEqual({ width: 1200, height: 630 });
  });
  it('keeps the 1.91:1 shape inside a smaller photo instead of claiming a size it does not have', () => {
    expect(shareCrop({ width: 800, height: 600 })).toEqual({ width: 800, height: 420 });
    // A wide, short panorama: the height limits.
    expect(shareCrop({ width: 3000, height: 400 })).toEqual({ width: 762, height: 400 });
  });
});
