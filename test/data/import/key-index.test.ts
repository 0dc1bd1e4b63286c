import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../src/data/import/key-index.js';

describe('KeyIndex', () => {
  it('answers like a Map for any keys and values, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 2 ** 40 })), { maxLength: 3000 }), (entries) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        for (const [key, value] of entries) {
          index.set(key, value);
          map.set(key, value);
        }
        expect(index.size).toBe(map.size);
        for (const [key, value] of map) expect(index.get(key)).toBe(value);
        expect(index.get('\u0000absent')).toBe(map.get('\u0000absent'));
      }),
      { numRuns: 50 },
    );
  });

  it('holds 200,000 keys that differ in one character and tells them apart', () => {
    const index = new KeyIndex();
    for (let n = 0; n < 200_000; n++) index.set(`R${n}`, n * 2 + 1);
    expect(index.size).toBe(200_000);
    expect(index.get('R0')).toBe(1);
    expect(index.get('R199999')).toBe(399_999);
    expect(index.get('R200000')).toBeUndefined();
    expect(index.get('r1')).toBeUndefined();
  });
});
