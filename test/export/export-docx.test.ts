import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportSections } from '../../src/export/export-sections.js';
import { ANNOTATED_CONTENT } from '../../src/export/export-content-schema.js';
import { ZExportStyleSchema } from '../../src/export/export-style-schema.js';
import { decodeXml, loadSection, notesById, paragraphTexts, readDocx, SECTIONS_DIR, styleXml, type DocxParts } from './export-fixtures.js';
import { readFileSync } from 'node:fs';

const involvement = loadSection('harbour-care-q2-involvement');
const disagreements = loadSection('harbour-care-q2-disagreements');

describe('Word export of one section', () => {
  let parts: DocxParts;
  let content: Buffer;
  let figureIds: string[];

  beforeAll(async () => {
    const result = await exportSections({ sections: [involvement], format: 'docx', content: ANNOTATED_CONTENT });
    content = result.content as Buffer;
    figureIds = result.figureIds;
    parts = await readDocx(content);
  });

  it('writes a title block with bidder, tender, lot and the question', () => {
    const texts = paragraphTexts(parts.document);
    expect(texts.slice(0, 5)).toEqual([
      'Supported Living Framework 2026: response from Harbour Care',
      'Bidder: Harbour Care',
      'Tender: Supported Living Framework 2026',
      'Lot: Lot 2: Learning disability and autism',
      'Question: 4.2',
    ]);
    expect(texts).toContain(
      'Question 4.2: Describe how you involve people who use the service, their families and advocates in planning and reviewing their support.',
    );
    expect(texts).toContain('Period: Q2 2026 (1 April to 30 June 2026)');
  });

  it('uses real Title, Heading 1 and Heading 2 styles with outline levels', () => {
    expect(parts.document).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t[^>]*>Supported Living Framework 2026/);
    expect(parts.document).toMatch(/<w:pStyle w:val="Heading1"\/>(?:<[^>]+>)*<w:t[^>]*>Question 4\.2: Describe/);
    expect(parts.document).toMatch(/<w:pStyle w:val="Heading2"\/>(?:<[^>]+>)*<w:t[^>]*>Response</);
    expect(parts.document).toMatch(/<w:pStyle w:val="Heading2"\/>(?:<[^>]+>)*<w:t[^>]*>Evidence</);
    const heading1 = styleXml(parts.styles, 'Heading1');
    expect(heading1).toContain('<w:name w:val="Heading 1"/>');
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    expect(heading1).toContain('w:ascii="Arial"');
    expect(styleXml(parts.styles, 'Heading2')).toContain('<w:outlineLvl w:val="1"/>');
  });

  it('sets Arial 11 pt, 1.15 line spacing and UK English as the document defaults', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(parts.styles)?.[1] ?? '';
    expect(defaults).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="276" w:lineRule="auto"\/>/);
  });

  it('lays the page out as A4 with 2.54 cm margins', () => {
    expect(parts.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(parts.document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
  });

  it('puts the bidder name in the header and "Page X of Y" in the footer', () => {
    expect(paragraphTexts(parts.header)).toEqual(['Harbour Care · Supported Living Framework 2026, Lot 2: Learning disability and autism']);
    expect(paragraphTexts(parts.footer)[0]).toBe('Harbour Care · Page  of ');
    expect(parts.footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('writes the response with its count line against the limit', () => {
    const texts = paragraphTexts(parts.document);
    expect(texts).toContain('Words: 192 of 250');
    const responseStart = texts.indexOf('Response');
    expect(texts[responseStart + 1]).toMatch(/^Each person decides who joins their review/);
    expect(texts.slice(responseStart + 1, responseStart + 6).join(' ')).toContain(
      'A tenant at Hollinwade put it simply: "I chose who came, and they listened to me first."',
    );
  });

  it('places a footnote reference right after each number, in order', () => {
    const evidenceParagraph = paragraphTexts(parts.document).findIndex((text) => text.startsWith('In Q2 2026, across Ashbridge'));
    const xml = [...parts.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)][evidenceParagraph]?.[0] ?? '';
    // Text and references in document order: each number is followed by its note.
    const sequence = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>/g)]
      .map((match) => (match[2] ? `[${match[2]}]` : decodeXml(match[1] ?? '')))
      .join('');
    expect(sequence).toBe(
      'In Q2 2026, across Ashbridge and Hollinwade, 81%[2] of reviews (34 of 42[3]) had family or advocate input. ' +
        'Plain-English summaries sent within 5 working days[4] rose from 58% to 96%[5] (48 of 50[6]). ' +
        'In Q2 2026 at Hollinwade, advocate referrals were answered within 48 hours[7] in 20 of 21[8] cases. ' +
        'A tenant at Hollinwade put it simply: "I chose who came, and they listened to me first."',
    );
    expect([...parts.document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it('makes each footnote name the figure (label, value, period, place, source) or the standard', () => {
    const notes = notesById(parts.footnotes, 'footnote');
    expect(notes.size).toBe(11);
    expect(notes.get(2)).toBe(
      'Reviews with family or advocate input: 81% (34 of 42); Q2 2026, Ashbridge and Hollinwade. Source: review records: 42 reviews, reviews.csv imported 2026-07-03.',
    );
    expect(notes.get(5)).toBe(
      'Plain-English summaries sent within 5 working days: 96% (48 of 50), previously 58%; Q2 2026, Ashbridge and Hollinwade. Source: review records: 50 reviews, reviews.csv imported 2026-07-03.',
    );
    expect(notes.get(1)).toBe('Service standard set by Harbour Care Ltd: Accessible agenda sent before the meeting: 3–5 days.');
    expect(notes.get(7)).toBe('Service standard set by Harbour Care Ltd: Advocate referral answered within 48 hours.');
    expect(notes.get(11)).toMatch(/^'I feel involved' score from people we support: 4\.1, previously 3\.4; Q2 2026, Ashbridge and Hollinwade\. Source: easy-read survey/);
  });

  it('writes the evidence table with a repeated header row', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(' ')),
    );
    expect(rows[0]).toEqual(['Figure', 'Value', 'Period', 'Place', 'Source']);
    expect(table).toContain('<w:tblHeader/>');
    expect(rows).toContainEqual([
      'Plain-English summaries sent within 5 working days',
      '96% (48 of 50), previously 58%',
      'Q2 2026',
      'Ashbridge and Hollinwade',
      'review records: 50 reviews, reviews.csv imported 2026-07-03',
    ]);
    expect(rows).toContainEqual(['Advocate referrals answered within 48 hours', '95.2% (20 of 21)', 'Q2 2026', 'Hollinwade', 'advocacy log: 21 referrals, advocate-referrals.csv imported 2026-07-03']);
    expect(rows).toContainEqual(['Accessible agenda sent before the meeting', '3–5 days', 'Standing', 'Ashbridge and Hollinwade', 'Service standard set by Harbour Care Ltd']);
    // The pack's actions-closed figure is not cited, so it is not in the table.
    expect(table).not.toContain('Review actions closed');
    expect(figureIds).toEqual(['family-advocate-input', 'summaries-on-time', 'advocate-referrals', 'feel-involved']);
  });

  it('opens with mammoth: raw text has the response, HTML has the footnotes', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: content });
    expect(text).toContain('Words: 192 of 250');
    expect(text).toContain('The Nominated Individual samples 2 cases per service each quarter');
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: content });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Question 4.2: Describe how you involve people');
    expect(html).toContain('<h2>Evidence</h2>');
    expect(html).toMatch(/<li id="footnote-2">.*Reviews with family or advocate input: 81% \(34 of 42\)/);
  });
});

describe('Word export of a scenario question', () => {
  it('heads it with its number and title line, and keeps the story and each lettered ask as paragraphs of their own above the response', async () => {
    const text = 'Scenario: moving home\n\nRuth is 60 and wants to move nearer her sister.\nHer son does not agree.\n\nPlease describe:\na) how you would involve Ruth;\nb) how you would work with her son.';
    const result = await exportSections({ sections: [{ ...involvement, question: { ...involvement.question, text } }], format: 'docx', content: ANNOTATED_CONTENT });
    const texts = paragraphTexts((await readDocx(result.content)).document);
    const heading = texts.indexOf('Question 4.2: Scenario: moving home');
    expect(heading).toBeGreaterThan(0);
    expect(texts.slice(heading + 1, heading + 6)).toEqual(['Ruth is 60 and wants to move nearer her sister.', 'Her son does not agree.', 'Please describe:', 'a) how you would involve Ruth;', 'b) how you would work with her son.']);
    expect(texts.indexOf('Response')).toBeGreaterThan(heading + 5);
  });
});

describe('Word export of several sections', () => {
  it('starts each question on a new page and numbers notes through the document', async () => {
    const result = await exportSections({ sections: [involvement, disagreements], format: 'docx', content: ANNOTATED_CONTENT });
    const parts = await readDocx(result.content);
    const headings = [...parts.document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>(<w:pageBreakBefore\/>)?[\s\S]*?<w:t[^>]*>(Question [^:]+):/g)].map(
      (match) => [match[2], Boolean(match[1])],
    );
    expect(headings).toEqual([
      ['Question 4.2', false],
      ['Question 4.3', true],
    ]);
    expect(paragraphTexts(parts.document)).toContain('Questions: 4.2, 4.3');
    expect(paragraphTexts(parts.document)).toContain('Characters (with spaces): 620 of 1,200');
    const notes = notesById(parts.footnotes, 'footnote');
    expect(notes.size).toBe(16);
    expect(notes.get(15)).toBe(
      'Disagreements settled within 20 working days: 100% (6 of 6), small sample; Q2 2026, Ashbridge and Hollinwade. Source: disagreement log: 6 disagreements, disagreements.csv imported 2026-07-03.',
    );
    expect(result.figureIds).toEqual([
      'family-advocate-input',
      'summaries-on-time',
      'advocate-referrals',
      'feel-involved',
      'disagreements-logged',
      'disputes-resolved',
    ]);
  });

  it('applies a style file: font, size, spacing, margins and endnotes', async () => {
    const style = ZExportStyleSchema.parse(JSON.parse(readFileSync(`${SECTIONS_DIR}style-verdana-12-endnotes.json`, 'utf8')));
    const parts = await readDocx((await exportSections({ sections: [disagreements], format: 'docx', content: ANNOTATED_CONTENT, style })).content);
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(parts.styles)?.[1] ?? '';
    expect(defaults).toContain('w:ascii="Verdana"');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toMatch(/w:line="360" w:lineRule="auto"/);
    // 2 cm is 1134 twips; top and bottom keep the 2.54 cm default.
    expect(parts.document).toMatch(/<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134"/);
    expect(parts.document).not.toContain('<w:footnoteReference');
    expect(parts.document).toContain('<w:endnoteReference w:id="1"/>');
    expect(notesById(parts.endnotes, 'endnote').get(2)).toBe(
      'Disagreements logged: 6; Q2 2026, Ashbridge and Hollinwade. Source: disagreement log: 6 disagreements, disagreements.csv imported 2026-07-03.',
    );
  });

  it('takes the title block from options over the organisation settings', async () => {
    const parts = await readDocx(
      (await exportSections({ sections: [disagreements], format: 'docx', content: ANNOTATED_CONTENT, titleOverrides: { bidderName: 'Harbour Care Group', tenderName: 'Coastal Care Tender', lot: 'Lot 4' } }))
        .content,
    );
    expect(paragraphTexts(parts.document).slice(0, 4)).toEqual([
      'Coastal Care Tender: response from Harbour Care Group',
      'Bidder: Harbour Care Group',
      'Tender: Coastal Care Tender',
      'Lot: Lot 4',
    ]);
    expect(paragraphTexts(parts.header)).toEqual(['Harbour Care Group · Coastal Care Tender, Lot 4']);
  });

  it('names a lot given as its number as a lot in the page header', async () => {
    const parts = await readDocx((await exportSections({ sections: [disagreements], format: 'docx', content: ANNOTATED_CONTENT, titleOverrides: { tenderName: 'Coastal Care Tender', lot: '2' } })).content);
    expect(paragraphTexts(parts.header)).toEqual(['Harbour Care · Coastal Care Tender, Lot 2']);
  });
});

describe('Word export: what is added only when asked', () => {
  it('adds a short evidence table (places abbreviated, one-line sources) without note marks', async () => {
    const fourPlaces = {
      ...involvement,
      pack: { ...involvement.pack, figures: involvement.pack.figures.map((figure) => ({ ...figure, place: 'Ashbridge, Hollinwade, Marsh Lane and Quayside' })) },
    };
    const parts = await readDocx((await exportSections({ sections: [fourPlaces], format: 'docx', content: { evidenceTable: 'short' } })).content);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(' ')));
    expect(rows).toContainEqual(['Plain-English summaries sent within 5 working days', '96% (48 of 50), previously 58%', 'Q2 2026', '4 services', 'review records']);
    expect(parts.document).not.toContain('footnoteReference');
    expect(paragraphTexts(parts.document)[0]).toMatch(/^Question 4\.2: /);
  });

  it('adds footnotes alone when asked, numbered after each number', async () => {
    const parts = await readDocx((await exportSections({ sections: [involvement], format: 'docx', content: { footnotes: true } })).content);
    expect(notesById(parts.footnotes, 'footnote').size).toBe(11);
    expect(paragraphTexts(parts.document).join('\n')).not.toMatch(/Words: |Bidder: /);
  });
});
