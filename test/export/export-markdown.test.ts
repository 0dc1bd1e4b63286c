import { describe, expect, it } from 'vitest';
import { exportSections } from '../../src/export/export-sections.js';
import { loadSection, notesById, paragraphTexts, readDocx } from './export-fixtures.js';

const involvement = loadSection('harbour-care-q2-involvement');
const disagreements = loadSection('harbour-care-q2-disagreements');

describe('Markdown export', () => {
  it('carries the title block, response with note markers, count line, evidence table and numbered notes', async () => {
    const { content } = await exportSections({ sections: [involvement], format: 'md' });
    const markdown = content as string;
    expect(markdown.startsWith('# Supported Living Framework 2026: response from Harbour Care\n\n**Bidder:** Harbour Care  \n**Tender:** Supported Living Framework 2026  \n')).toBe(true);
    expect(markdown).toContain('## Question 4.2: Describe how you involve people who use the service');
    expect(markdown).toContain('81%[^2] of reviews (34 of 42[^3]) had family or advocate input');
    expect(markdown).toContain('rose from 3.4 to 4.1 out of 5[^11].');
    expect(markdown).toContain('\n**Words: 192 of 250**\n');
    expect(markdown).toContain('| Figure | Value | Period | Place | Source |\n| --- | --- | --- | --- | --- |\n');
    expect(markdown).toContain('| Advocate referrals answered within 48 hours | 95.2% (20 of 21) | Q2 2026 | Hollinwade | advocacy log: 21 referrals, advocate-referrals.csv imported 2026-07-03 |');
    expect(markdown).toContain('[^7]: Service standard set by Harbour Care Ltd: Advocate referral answered within 48 hours.');
    expect(markdown).not.toContain('Appendix');
  });

  it('gives the same content as the Word document', async () => {
    const sections = [involvement, disagreements];
    const markdown = (await exportSections({ sections, format: 'md' })).content as string;
    const parts = await readDocx((await exportSections({ sections, format: 'docx' })).content);
    const docxNotes = notesById(parts.footnotes, 'footnote');
    const markdownNotes = new Map([...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((match) => [Number(match[1]), match[2]]));
    expect(markdownNotes).toEqual(docxNotes);
    // Every marker in the text has its note, in order.
    const markers = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => Number(match[1]));
    expect(markers).toEqual([...docxNotes.keys()]);
    for (const line of paragraphTexts(parts.document).filter((text) => /^(Words|Characters|Period|Place|Bidder|Tender|Lot|Questions)\b/.test(text))) {
      expect(markdown).toContain(line.replace(/^(Bidder|Tender|Lot|Questions): /, '**$1:** '));
    }
    // The response paragraphs read the same once the note markers are taken out.
    const docxParagraphs = paragraphTexts(parts.document);
    for (const paragraph of involvement.responseText.split('\n\n').map((text) => text.trim())) {
      expect(docxParagraphs).toContain(paragraph);
      expect(markdown.replace(/\[\^\d+\]/g, '')).toContain(paragraph);
    }
  });

  it('separates questions with a rule and escapes pipes in table cells', async () => {
    const piped = { ...disagreements, pack: { ...disagreements.pack, figures: disagreements.pack.figures.map((figure) => ({ ...figure, source: `${figure.source} | checked by RM` })) } };
    const markdown = (await exportSections({ sections: [involvement, piped], format: 'md' })).content as string;
    expect(markdown.match(/^---$/gm)).toHaveLength(1);
    expect(markdown).toContain('disagreements.csv imported 2026-07-03 \\| checked by RM |');
  });
});
