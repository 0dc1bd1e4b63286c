/** The small helpers that write prose from parts: a sentence joined after "Our standard is that" reads as one sentence. */
import { describe, expect, it } from 'vitest';
import { joinList, lowerFirst } from '../../src/shared/english-text.js';

describe('lowerFirst', () => {
  it('lower-cases an ordinary opening word, the article "A" included, and leaves acronyms and "I"', () => {
    expect(lowerFirst('Reviews happen monthly')).toBe('reviews happen monthly');
    expect(lowerFirst('A person who can decide, decides')).toBe('a person who can decide, decides');
    expect(lowerFirst('CQC inspects')).toBe('CQC inspects');
    expect(lowerFirst('I feel involved')).toBe('I feel involved');
    expect(lowerFirst('An advocate')).toBe('an advocate');
  });
});

describe('joinList', () => {
  it('joins with commas and a last "and"', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList(['a'])).toBe('a');
  });
});
