import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { countFor, countResponse } from '../../src/section/count-response.js';
import { formatCountLine } from '../../src/export/format-count-line.js';
import { loadSection } from '../export/export-fixtures.js';

describe('countResponse', () => {
  const cases: { text: string; words: number; characters: number; charactersNoSpaces: number; why: string }[] = [
    { text: 'Summaries go out within five days.', words: 6, characters: 34, charactersNoSpaces: 29, why: 'plain sentence' },
    { text: '**96%** of summaries', words: 3, characters: 16, charactersNoSpaces: 14, why: 'Markdown emphasis is not counted' },
    { text: '- first point\n- second point', words: 4, characters: 24, charactersNoSpaces: 21, why: 'list markers are not counted' },
    { text: 'One  two\n\nthree', words: 3, characters: 13, charactersNoSpaces: 11, why: 'runs of spaces and paragraph breaks count as one space' },
    { text: 'Before – after & more', words: 5, characters: 21, charactersNoSpaces: 17, why: 'lone dash and ampersand count as words, as in Word' },
    { text: 'easy-read, 3–5 days', words: 3, characters: 19, charactersNoSpaces: 17, why: 'hyphenated words are one token' },
    { text: '', words: 0, characters: 0, charactersNoSpaces: 0, why: 'empty text' },
  ];
  it.each(cases)('$why', ({ text, words, characters, charactersNoSpaces }) => {
    expect(countResponse({ text })).toEqual({ words, characters, charactersNoSpaces });
  });

  it('counts plain text as it is when asked', () => {
    expect(countResponse({ text: '**96%** of', format: 'plain' }).words).toBe(2);
    expect(countResponse({ text: '**96%** of', format: 'plain' }).charactersNoSpaces).toBe(9);
  });

  it.each(['harbour-care-q2-involvement', 'harbour-care-q2-disagreements', 'harbour-care-q2-wrong-number'])(
    'agrees with the draft checker on %s',
    async (name) => {
      const text = loadSection(name).responseText;
      const { summary } = await checkDraft({ text });
      const count = countResponse({ text });
      expect(count).toEqual({ words: summary.words, characters: summary.characters, charactersNoSpaces: summary.charactersNoSpaces });
    },
  );

  it('picks the number each limit kind is measured against', () => {
    const count = { words: 10, characters: 60, charactersNoSpaces: 51 };
    expect(countFor(count, 'words')).toBe(10);
    expect(countFor(count, 'characters')).toBe(60);
    expect(countFor(count, 'characters-no-spaces')).toBe(51);
  });
});

describe('formatCountLine', () => {
  const count = { words: 248, characters: 1480, charactersNoSpaces: 1233 };
  it.each([
    [{ kind: 'words' as const, limit: 250 }, 'Words: 248 of 250'],
    [{ kind: 'characters' as const, limit: 1500 }, 'Characters (with spaces): 1,480 of 1,500'],
    [{ kind: 'characters-no-spaces' as const, limit: 1500 }, 'Characters (without spaces): 1,233 of 1,500'],
    [{ kind: 'words' as const }, 'Words: 248'],
  ])('%o → %s', (options, expected) => {
    expect(formatCountLine({ count, ...options })).toBe(expected);
  });
});
