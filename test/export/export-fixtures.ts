/** Shared helpers for the export tests: the hand-written Harbour Care sections and a .docx reader. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { ZSectionSchema, type Section } from '../../src/section/section-schema.js';

export const SECTIONS_DIR = fileURLToPath(new URL('../../fixtures/sections/', import.meta.url));

export function loadSection(name: string): Section {
  return ZSectionSchema.parse(JSON.parse(readFileSync(`${SECTIONS_DIR}${name}.json`, 'utf8')));
}

export interface DocxParts {
  document: string;
  styles: string;
  footnotes: string;
  endnotes: string;
  header: string;
  footer: string;
}

export async function readDocx(content: Buffer | string): Promise<DocxParts> {
  if (typeof content === 'string') throw new TypeError('expected a .docx buffer');
  const zip = await JSZip.loadAsync(content);
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    footnotes: await part('word/footnotes.xml'),
    endnotes: await part('word/endnotes.xml'),
    header: await part('word/header1.xml'),
    footer: await part('word/footer1.xml'),
  };
}

/** The visible text of each `<w:p>` of a WordprocessingML part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((text) => decodeXml(text[1] ?? ''))
      .join(''),
  );
}

export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Footnote or endnote bodies keyed by id (separators left out). */
export function notesById(xml: string, tag: 'footnote' | 'endnote'): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of xml.matchAll(new RegExp(`<w:${tag} (?:w:type="[^"]*" )?w:id="(-?\\d+)"[^>]*>([\\s\\S]*?)</w:${tag}>`, 'g'))) {
    const id = Number(match[1]);
    if (id > 0) notes.set(id, paragraphTexts(match[2] ?? '').join(' ').trim());
  }
  return notes;
}

/** The XML of one style definition, by its id. */
export function styleXml(styles: string, styleId: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  return match?.[0] ?? '';
}
