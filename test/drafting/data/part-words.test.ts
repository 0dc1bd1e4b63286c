import { describe, expect, it } from 'vitest';
import { examplesCounted } from '../../../src/drafting/data/part-words.js';

describe('examplesCounted', () => {
  it('reads how many examples a question asks for, taking the larger of a range', () => {
    expect(examplesCounted('Give three examples from the last 12 months of changes you made.')).toBe(3);
    expect(examplesCounted("Give two or three 'you said, we did' examples from the past year.")).toBe(3);
    expect(examplesCounted('Describe 2 recent examples of advocacy.')).toBe(2);
    expect(examplesCounted('Set out three changes made as a result of feedback.')).toBe(3);
  });

  it('finds no count where the question gives none, or counts something other than examples', () => {
    expect(examplesCounted('Give an example of a change you made.')).toBeUndefined();
    expect(examplesCounted('Give examples from the last three years.')).toBeUndefined();
    expect(examplesCounted('How do you involve two or three family members in reviews?')).toBeUndefined();
  });
});
