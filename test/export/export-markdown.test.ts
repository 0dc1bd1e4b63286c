import { describe, expect, it } from 'vitest';
import { exportSections } from '../../src/export/export-sections.js';
import { ANNOTATED_CONTENT } from '../../src/export/export-content-schema.js';
import { loadSection, notesById, paragraphTexts, readDocx } from './export-fixtures.js';

const involvement = loadSection('harbour-care-q2-involvement');
const disagreements = loadSection('harbour-care-q2-disagreements');

describe('Markdown export', () => {
  it('carries the title block, response with note markers, count line, evidence table and numbered notes', async () => {
    const { content } = await exportSections({ sections: [involvement], format: 'md', content: ANNOTATED_CONTENT });
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
    const markdown = (await exportSections({ sections, format: 'md', content: ANNOTATED_CONTENT })).content as string;
    const parts = await readDocx((await exportSections({ sections, format: 'docx', content: ANNOTATED_CONTENT })).content);
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
    const markdown = (await exportSections({ sections: [involvement, piped], format: 'md', content: ANNOTATED_CONTENT })).content as string;
    expect(markdown.match(/^---$/gm)).toHaveLength(1);
    expect(markdown).toContain('disagreements.csv imported 2026-07-03 \\| checked by RM |');
  });
});

describe('Markdown export of hostile text', () => {
  const hostile = '<script>alert(1)</script> <iframe src="x"></iframe> [x](javascript:alert(1)) *bold* _em_ `code` ~~gone~~ &lt;b&gt; | pipe';

  it('writes data-derived text as literal text: no HTML, no links, no emphasis, one line', async () => {
    const section = {
      ...involvement,
      question: { ...involvement.question, text: `Describe involvement\n\n# Injected heading ${hostile}` },
      place: `Hollinwade ${hostile}`,
      tender: { ...(involvement.tender ?? {}), name: `Framework ${hostile}` },
      pack: { ...involvement.pack, figures: involvement.pack.figures.map((figure) => ({ ...figure, label: `${figure.label} ${hostile}`, source: `${figure.source} ${hostile}` })) },
    };
    const markdown = (await exportSections({ sections: [section], format: 'md', content: ANNOTATED_CONTENT })).content as string;
    expect(markdown).not.toContain('<');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(markdown).not.toMatch(/^# Injected heading/m);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;iframe src="x"&gt;&lt;/iframe&gt;');
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    expect(markdown).toContain('\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ &amp;lt;b&amp;gt; \\| pipe');
    // The question's own lines go under its heading as quoted text: a line opening with "#" opens no heading.
    expect(markdown).toContain('## Question 4.2: Describe involvement\n\n> \\# Injected heading &lt;script&gt;');
    expect(markdown).not.toMatch(/^> #/m);
  });

  it('keeps the writer’s Markdown in the response but neutralises raw HTML and unsafe links', async () => {
    const response = [
      'We **always** involve *families*:',
      '',
      '- agendas in easy-read',
      '- [our policy](https://example.org/policy) and [a note](#notes)',
      '',
      '<script>alert(1)</script><img src=x onerror=alert(2)> <!-- hidden --> <javascript:alert(3)>',
      '[click](javascript:alert(4)) [Click](JaVaScRiPt:alert(5)) [c](java&#115;cript:alert(6)) [d](javascript&colon;alert(7)) [e]( <vbscript:msgbox(8)> ) ![i](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '[ref]: javascript:alert(9)',
    ].join('\n');
    const section = { ...involvement, responseText: response };
    const markdown = (await exportSections({ sections: [section], format: 'md', content: ANNOTATED_CONTENT })).content as string;
    expect(markdown).toContain('We **always** involve *families*:\n\n- agendas in easy-read\n- [our policy](https://example.org/policy) and [a note](#notes)');
    expect(markdown).not.toContain('<');
    expect(markdown).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)> &lt;!-- hidden --> &lt;javascript:alert(3)>');
    expect(markdown).not.toMatch(/\]\(\s*(?:&lt;)?(?:javascript|vbscript|data|java&#115;cript)/i);
    expect(markdown).toContain('[click](#) [Click](#) [c](#) [d](#) [e]( &lt;#> ) ![i](#)');
    expect(markdown).toContain('[ref]: #');
  });
});
