/** Pure helpers of the web page: positions, periods, live counts and the rejected-rows CSV. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { countResponse } from '../../src/section/count-response.js';
import { countLive, loadCounter } from '../../src/web/count.js';
import { rejectedFileName, toCsv } from '../../src/web/csv.js';
import { humanQuarter, latestCompleteQuarter, quartersEndingWith, recentQuarters, shiftQuarter } from '../../src/web/periods.js';
import { chooseMarks, lineStarts, rangeToOffsets, segmentText } from '../../src/web/positions.js';
import { claimNumberClass } from '../../src/web/app/format.js';

describe('positions', () => {
  const text = 'We involve families.\n\nWe value the views of everyone. 96% of summaries.';

  it('turns 1-based line/column ranges into offsets over the text', () => {
    expect(lineStarts(text)).toEqual([0, 21, 22]);
    const range = rangeToOffsets(text, { line: 1, column: 4, endLine: 1, endColumn: 20 });
    expect(text.slice(range.start, range.end)).toBe('involve families');
    const claim = rangeToOffsets(text, { line: 3, column: 33, endLine: 3, endColumn: 36 });
    expect(text.slice(claim.start, claim.end)).toBe('96%');
  });

  it('clamps ranges that run past the text', () => {
    expect(rangeToOffsets('abc', { line: 9, column: 9, endLine: 9, endColumn: 20 })).toEqual({ start: 3, end: 3 });
  });

  it('prefers the narrower of two overlapping ranges and merges equal ones', () => {
    const marks = chooseMarks([
      { id: 'structure', start: 0, end: 20 },
      { id: 'vague', start: 3, end: 19 },
      { id: 'claim', start: 54, end: 57 },
      { id: 'unsupported', start: 54, end: 57 },
      { id: 'empty', start: 5, end: 5 },
    ]);
    expect(marks).toEqual([
      { start: 3, end: 19, ids: ['vague'] },
      { start: 54, end: 57, ids: ['claim', 'unsupported'] },
    ]);
  });

  it('cuts the text into plain and marked segments that join back into the text', () => {
    const segments = segmentText(text, [{ id: 'a', start: 3, end: 19 }, { id: 'b', start: 54, end: 57 }]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.annotationIds.length).map((segment) => segment.text)).toEqual(['involve families', '96%']);
  });
});

describe('periods', () => {
  it('steps across years', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(quartersEndingWith('2026-Q2', 4)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('reads a quarter as the API does (Q2 2026), and leaves other periods as given', () => {
    expect(humanQuarter('2026-Q2')).toBe('Q2 2026');
    expect(humanQuarter('2025-Q4')).toBe('Q4 2025');
    expect(humanQuarter('FY2025-26')).toBe('FY2025-26');
  });

  it('offers the latest complete quarter and recent ones, newest first', () => {
    const today = new Date(Date.UTC(2026, 10, 24));
    expect(latestCompleteQuarter(today)).toBe('2026-Q3');
    expect(recentQuarters(today, 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
  });
});

describe('live count', () => {
  beforeAll(loadCounter);

  it.each([
    'We involve families in reviews.',
    '# Involvement\n\n- **Key workers** send an _easy-read_ agenda 5 days before.\n- The RM chairs complex reviews.\n\n1. Monthly [mini-reviews](https://example.org) happen.',
    '> Quoted line with `code` and ~~struck~~ words.',
    'Café and naïve — costs & outcomes',
  ])('agrees with the export counter on %j', (text) => {
    expect(countLive(text)).toEqual(countResponse({ text }));
  });

  // Cases where the page's own Markdown stripping once disagreed with the server's count.
  it.each([
    { text: 'Rate a * b on the scale.', words: 7 },
    { text: 'We ~~struck~~ it out.', words: 4 },
    { text: 'Call <span class="x">us</span> on <b>Monday</b>.', words: 4 },
    { text: 'Families chose the date[^1].\n\n[^1]: From the review log.', words: 9 },
    { text: 'Before – after & more', words: 5 },
    { text: 'See <https://example.org/reviews> and `npm` docs.', words: 5 },
  ])('agrees with the server on $text', async ({ text, words }) => {
    const live = countLive(text);
    const { summary } = await checkDraft({ text });
    expect(live).toEqual(countResponse({ text }));
    expect(live).toEqual({ words: summary.words, characters: summary.characters, charactersNoSpaces: summary.charactersNoSpaces });
    expect(live.words).toBe(words);
  });

  it('follows the portal options the server offers', () => {
    const text = '- first point\n- second point\n\nA closing line.';
    for (const options of [{ lineBreaks: 'newline' as const }, { lineBreaks: 'crlf' as const, listMarkers: 'count' as const }]) {
      expect(countLive(text, options)).toEqual(countResponse({ text, ...options }));
    }
  });

  it('keeps counting Markdown nested past the reader limits instead of failing', () => {
    expect(countLive(`${'> '.repeat(40)}deep words`).words).toBeGreaterThan(0);
  });
});

describe('rejected rows CSV', () => {
  it('quotes only the cells that need it and ends every line with CRLF', () => {
    expect(toCsv([['id', 'errors'], ['R-1', 'row 3, column x: "31/02" is not a date'], ['R-2', '']])).toBe('id,errors\r\nR-1,"row 3, column x: ""31/02"" is not a date"\r\nR-2,\r\n');
  });

  it('names the file as the CLI does', () => {
    expect(rejectedFileName('reviews.csv')).toBe('reviews.rejected.csv');
    expect(rejectedFileName('2026-q2-reviews.xlsx')).toBe('2026-q2-reviews.rejected.csv');
  });
});


describe('claim marks', () => {
  it('marks as an error only a claim the records do not back, whether or not it has a figure behind it', () => {
    expect(claimNumberClass('supported')).toBe('claim-number');
    expect(claimNumberClass('practised')).toBe('claim-number');
    expect(claimNumberClass('declared')).toBe('claim-number');
    expect(claimNumberClass('mismatch')).toBe('claim-number claim-unbacked');
    expect(claimNumberClass('unsupported')).toBe('claim-number claim-unbacked');
  });
});
