import { describe, expect, it } from 'vitest';
import { validateClaims } from '../../src/claims/validate-claims.js';
import { ONE_FIGURE_PACK } from '../support/one-figure-pack.js';

const pack = ONE_FIGURE_PACK;

describe('numbers in unusual forms', () => {
  const invented: Record<string, string> = {
    'full-width digits and percent': '９７％',
    'Arabic-Indic digits': '٩٧%',
    'Arabic-Indic digits and percent sign': '٩٧٪',
    'mathematical bold digits': '𝟗𝟕%',
    'superscript digits': '⁹⁷%',
    'a Roman numeral': 'XCVII',
    'scientific notation': '1e2',
    'a vulgar fraction': '½',
    'a European decimal': '9,7%',
  };
  for (const [name, numeral] of Object.entries(invented)) {
    it(`${name} (${numeral}) is flagged where it was written`, () => {
      const text = `In Q2 2026 at Northgate, ${numeral} of summaries were sent within five working days.`;
      const report = validateClaims({ text, pack });
      expect(report.ok).toBe(false);
      const flagged = report.claims.find((claim) => claim.status === 'mismatch' || claim.status === 'unsupported');
      expect(flagged).toMatchObject({ text: numeral, line: 1, column: 26, offset: 25, endOffset: 25 + numeral.length });
      expect(report.messages[0]?.actual).toBe(numeral);
    });
  }

  it('reads a folded number like its ASCII spelling: ９６％ is backed', () => {
    const report = validateClaims({ text: 'In Q2 2026 at Northgate, ９６％ of meeting summaries were sent within five working days.', pack });
    expect(report.claims[0]).toMatchObject({ text: '９６％', status: 'supported', figureId: 'summaries-on-time' });
  });

  it('leaves words, names and labels that look like numerals alone', () => {
    const text =
      'I chair the review. People with Type II diabetes, COVID-19 or a CV to update; Part IV of the Care Act 2014; Henry VIII; MIX, CIVIL, Vivid.';
    expect(validateClaims({ text, pack }).claims).toEqual([]);
  });
});
