/**
 * Sentences the drafter opens itself start with a capital, even behind a quotation mark, so the
 * claim checker reads them as sentences of their own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract-claims.js';
import { capitalise } from '../../src/drafting/template-library.js';

describe('capitalise', () => {
  it('raises the first letter, after any opening quote or bracket', () => {
    expect(capitalise('the key worker')).toBe('The key worker');
    expect(capitalise('"you said, we did" changes')).toBe('"You said, we did" changes');
    expect(capitalise('“you said”')).toBe('“You said”');
    expect(capitalise('')).toBe('');
    expect(capitalise('42 reviews')).toBe('42 reviews');
  });

  it('keeps a figure opening with a quotation in a sentence of its own for the claim checker', () => {
    const text = `Agreement rose to 91% (39 of 43 responses). ${capitalise('"you said, we did" changes verified stood at 0 (0 of 2 changes).')}`;
    const claims = extractClaims(text);
    const ratio = claims.find((claim) => claim.text === '39 of 43');
    const zero = claims.find((claim) => claim.text === '0 of 2');
    expect(ratio?.sentence).toBeDefined();
    expect(ratio?.sentence).not.toBe(zero?.sentence);
  });
});
