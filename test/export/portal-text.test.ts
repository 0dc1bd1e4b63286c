import { describe, expect, it } from 'vitest';
import { portalFileName, portalPlainText, portalText } from '../../src/export/portal-text.js';
import { loadSection } from './export-fixtures.js';

const involvement = loadSection('harbour-care-q2-involvement');
const disagreements = loadSection('harbour-care-q2-disagreements');

describe('portal text', () => {
  it('is the answer as the document shows it: paragraphs apart, Markdown and note marks gone, list items on their own lines', () => {
    expect(portalPlainText('We **always** ask.\n\n- first *point*\n- second\n\n3. third\n4. fourth\n\nEnd.')).toBe('We always ask.\n\n- first point\n- second\n\n3. third\n4. fourth\n\nEnd.');
    const answer = portalText(involvement);
    expect(answer.text).toBe(involvement.responseText.trim());
    expect(answer.text).toContain('81% of reviews (34 of 42)');
    expect(portalFileName(answer)).toBe('question-4.2.txt');
  });

  it('counts by the strictest rule by default: each line break two characters, never less than the file holds', () => {
    const answer = portalText(disagreements);
    const breaks = answer.text.split('\n').length - 1;
    expect(answer.rule).toEqual({ lineBreaks: 'crlf', listMarkers: 'count' });
    // Characters of the file with each "\n" sent as "\r\n".
    expect(answer.count.characters).toBe([...answer.text].length + breaks);
    expect(portalText(disagreements, { lineBreaks: 'newline' }).count.characters).toBe([...answer.text].length);
    expect(answer.limit).toMatchObject({ kind: 'characters', value: 1200, target: 1200, counted: answer.count.characters, fits: true });
  });

  it('holds the answer to its limit less the safety margin, in the portal’s count', () => {
    const limit = portalText(disagreements, { marginPercent: 5, kind: 'characters-no-spaces' }).limit;
    expect(limit).toMatchObject({ kind: 'characters-no-spaces', value: 1200, marginPercent: 5, target: 1140 });
    const tight = portalText({ ...involvement, limit: { kind: 'words', value: 200 } }, { marginPercent: 5 }).limit;
    expect(tight).toMatchObject({ value: 200, target: 190, counted: 192, fits: false });
  });
});
