import { describe, expect, it } from 'vitest';
import { KEEP_UP_TO_BYTES, MAX_LONG_SIDE, reductionPlan } from './photoReduce.ts';

describe('scaling photos down before they are committed', () => {
  it('draws a camera photo at 2,560 px on its long side, landscape or portrait, as a JPEG', () => {
    expect(reductionPlan('jpg', 6000, 4000, 12_843_829)).toEqual({ width: 2560, height: 1707, kind: 'jpg', type: 'image/jpeg', resized: true });
    expect(reductionPlan('jpg', 3000, 4000, 3_000_000)).toEqual({ width: 1920, height: 2560, kind: 'jpg', type: 'image/jpeg', resized: true });
    expect(MAX_LONG_SIDE).toBe(2560);
  });

  it('turns a PNG or WebP photo into a WebP (smaller than PNG, transparency kept)', () => {
    expect(reductionPlan('png', 4000, 4000, 30_000_000)).toMatchObject({ width: 2560, height: 2560, kind: 'webp', type: 'image/webp' });
    expect(reductionPlan('webp', 2000, 1000, 5_000_000)).toMatchObject({ width: 2000, height: 1000, kind: 'webp', resized: false });
  });

  it('keeps a photo within 2,560 px and 1 MB as it is, and encodes a heavy one again at its size', () => {
    expect(reductionPlan('jpg', 2560, 1440, KEEP_UP_TO_BYTES)).toBeNull();
    expect(reductionPlan('png', 800, 600, 200_000)).toBeNull();
    expect(reductionPlan('jpg', 2400, 1600, 6_000_000)).toEqual({ width: 2400, height: 1600, kind: 'jpg', type: 'image/jpeg', resized: false });
    expect(reductionPlan('jpg', 2561, 10, 1000)).toMatchObject({ width: 2560, height: 10, resized: true });
  });
});
