import { describe, expect, it } from 'vitest';
import { assembleResponse, measureResponse } from '../../src/drafting/assemble-response.js';
import { countPortalText } from '../../src/text/count-text.js';

describe('measureResponse', () => {
  const lines = { behaviour: 'One two.', ownersCadence: 'Three four.', evidence: '', assurance: 'Five.', supporting: [] };

  it('counts a paragraph break as a portal posting CRLF does, so a character limit holds wherever the answer is pasted', () => {
    const { text } = assembleResponse(lines);
    // 8 + 11 + 5 characters of text and two paragraph breaks of two CRLFs each.
    expect(measureResponse(text, 'characters')).toBe(24 + 2 * 4);
    expect(measureResponse(text, 'characters')).toBe(countPortalText(text).characters);
  });

  it('counts words and characters without spaces as the checker does', () => {
    const { text } = assembleResponse(lines);
    expect(measureResponse(text, 'words')).toBe(5);
    expect(measureResponse(text, 'characters-no-spaces')).toBe(22);
  });
});
