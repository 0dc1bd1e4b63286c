/**
 * A Word (.docx) file opened as its XML: the body's paragraphs and tables in document order,
 * each paragraph with its style, its list number as Word would show it, and its text. Reading the
 * XML (jszip + xmldom) rather than converting to HTML keeps the list numbers, which converters
 * drop, and the exact table cells, which the answer write-back needs.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../../shared/app-error.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT_PART = 'word/document.xml';

/**
 * A tender pack is a few hundred kilobytes of XML; these bounds stop a small upload that unpacks
 * to gigabytes (whatever sizes its zip directory declares) before it is held in memory.
 */
export const MAX_PACK_PART_BYTES = 32 * 2 ** 20;
export const MAX_PACK_UNPACKED_BYTES = 96 * 2 ** 20;

export interface WordPackage {
  zip: JSZip;
  document: Document;
  /** Style id → style name, lower case ("heading2" → "heading 2"). */
  styleNames: Map<string, string>;
  numbering: Numbering;
}

export interface WordParagraph {
  kind: 'paragraph';
  element: Element;
  /** Counted from 1 over the paragraphs outside tables. */
  index: number;
  style: string;
  heading: boolean;
  /** "2.", "a)" — the list number Word shows, when the paragraph is in a numbered list. */
  listLabel?: string;
  text: string;
}

export interface WordTableCell {
  element: Element;
  paragraphs: string[];
  text: string;
}

export interface WordTable {
  kind: 'table';
  element: Element;
  /** Counted from 1 over the body's top-level tables. */
  index: number;
  rows: WordTableCell[][];
}

export type WordBlock = WordParagraph | WordTable;

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → levels by ilvl. */
  levels: Map<string, Map<number, NumberingLevel>>;
}

export function unreadable(file: string, message: string, place?: string): AppError {
  return new AppError('INVALID_INPUT', `${file}: ${message}`, { details: { reason: 'TENDER_PACK_UNREADABLE', file, ...(place ? { place } : {}) } });
}

export function childElements(parent: Element | Document, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as Element).localName === localName)) found.push(node as Element);
  }
  return found;
}

function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W_NS, name) || element.getAttribute(`w:${name}`);
  return value === null || value === '' ? undefined : value;
}

function parseXml(text: string, file: string, part: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: { warning: () => undefined, error: (message) => errors.push(String(message)), fatalError: (message) => errors.push(String(message)) },
  }).parseFromString(text, 'application/xml');
  if (errors.length > 0 || !document.documentElement) throw unreadable(file, `its ${part} is not well-formed XML (${(errors[0] ?? 'no root element').slice(0, 120)})`);
  return document;
}

function readNumbering(document: Document | undefined): Numbering {
  const levels = new Map<string, Map<number, NumberingLevel>>();
  if (!document) return { levels };
  const abstract = new Map<string, Map<number, NumberingLevel>>();
  for (const definition of childElements(document.documentElement, 'abstractNum')) {
    const byLevel = new Map<number, NumberingLevel>();
    for (const level of childElements(definition, 'lvl')) {
      byLevel.set(Number(attribute(level, 'ilvl') ?? 0), {
        start: Number(attribute(firstChild(level, 'start'), 'val') ?? 1),
        format: attribute(firstChild(level, 'numFmt'), 'val') ?? 'decimal',
        text: attribute(firstChild(level, 'lvlText'), 'val') ?? '',
      });
    }
    abstract.set(attribute(definition, 'abstractNumId') ?? '', byLevel);
  }
  for (const num of childElements(document.documentElement, 'num')) {
    const base = abstract.get(attribute(firstChild(num, 'abstractNumId'), 'val') ?? '');
    if (!base) continue;
    const byLevel = new Map(base);
    for (const override of childElements(num, 'lvlOverride')) {
      const level = Number(attribute(override, 'ilvl') ?? 0);
      const start = attribute(firstChild(override, 'startOverride'), 'val');
      const existing = byLevel.get(level);
      if (existing && start !== undefined) byLevel.set(level, { ...existing, start: Number(start) });
    }
    levels.set(attribute(num, 'numId') ?? '', byLevel);
  }
  return { levels };
}

function readStyleNames(document: Document | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!document) return names;
  for (const style of childElements(document.documentElement, 'style')) {
    const id = attribute(style, 'styleId');
    const name = attribute(firstChild(style, 'name'), 'val');
    if (id && name) names.set(id, name.toLowerCase());
  }
  return names;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Unpacks one part as a stream, stopping as soon as it passes `cap` bytes. */
function unpackCapped(entry: JSZip.JSZipObject, cap: number, file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let stopped = false;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (stopped) return;
      size += chunk.length;
      if (size > cap) {
        stopped = true;
        stream.pause();
        reject(unreadable(file, `has a part (${entry.name.slice(0, 80)}) that unpacks to more than ${megabytes(cap)}; a tender pack is far smaller, so it is not read.`, entry.name.slice(0, 80)));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => reject(unreadable(file, `is a damaged zip package: its part ${entry.name.slice(0, 80)} cannot be unpacked.`, entry.name.slice(0, 80))));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Every part unpacked within the bounds, or an error naming the part that is not. */
export async function unpackPackage(content: Uint8Array, file: string, kind: string): Promise<{ zip: JSZip; parts: Map<string, Buffer> }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    throw unreadable(file, `is not ${kind}: it is not a zip package. Save the pack as ${kind} (Office 2007 or later) and try again.`);
  }
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const bytes = await unpackCapped(entry, Math.min(MAX_PACK_PART_BYTES, MAX_PACK_UNPACKED_BYTES - total), file);
    total += bytes.length;
    parts.set(entry.name, bytes);
  }
  return { zip, parts };
}

export async function openWordPackage(content: Uint8Array, file: string): Promise<WordPackage> {
  const { zip, parts } = await unpackPackage(content, file, 'a Word document (.docx)');
  const main = parts.get(DOCUMENT_PART);
  if (!main) throw unreadable(file, `is a zip package without ${DOCUMENT_PART}, so not a Word document (.docx).`);
  const documentText = main.toString('utf8');
  const stylesText = parts.get('word/styles.xml')?.toString('utf8');
  const numberingText = parts.get('word/numbering.xml')?.toString('utf8');
  return {
    zip,
    document: parseXml(documentText, file, DOCUMENT_PART),
    styleNames: readStyleNames(stylesText ? parseXml(stylesText, file, 'word/styles.xml') : undefined),
    numbering: readNumbering(numberingText ? parseXml(numberingText, file, 'word/numbering.xml') : undefined),
  };
}

/** Text as Word shows it: runs joined, tabs and line breaks as spaces, deleted text left out. */
export function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const child of childElements(node)) {
      const name = child.localName;
      if (name === 't') text += child.textContent ?? '';
      else if (name === 'tab' || name === 'br' || name === 'cr') text += ' ';
      else if (name === 'del' || name === 'pPr' || name === 'rPr') continue;
      else walk(child);
    }
  };
  walk(paragraph);
  return text.replace(/\s+/gu, ' ').trim();
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function formatCounter(value: number, format: string): string {
  const letters = () => {
    let rest = value;
    let out = '';
    while (rest > 0) {
      rest -= 1;
      out = String.fromCharCode(97 + (rest % 26)) + out;
      rest = Math.floor(rest / 26);
    }
    return out;
  };
  const roman = () => {
    let rest = value;
    let out = '';
    for (const [size, symbol] of ROMAN) while (rest >= size) (out += symbol), (rest -= size);
    return out;
  };
  switch (format) {
    case 'lowerLetter':
      return letters();
    case 'upperLetter':
      return letters().toUpperCase();
    case 'lowerRoman':
      return roman();
    case 'upperRoman':
      return roman().toUpperCase();
    default:
      return String(value);
  }
}

/** Counts list items as Word does: per list, each level restarting under its parent. */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  next(numId: string, level: number): string | undefined {
    const levels = this.numbering.levels.get(numId);
    const definition = levels?.get(level);
    if (!levels || !definition || definition.format === 'bullet' || definition.format === 'none') return undefined;
    const counts = this.counters.get(numId) ?? [];
    for (let deeper = level + 1; deeper < counts.length; deeper += 1) counts[deeper] = 0;
    counts[level] = counts[level] ? counts[level]! + 1 : definition.start;
    this.counters.set(numId, counts);
    return definition.text.replace(/%(\d)/gu, (_whole, digit: string) => {
      const at = Number(digit) - 1;
      const format = levels.get(at)?.format ?? 'decimal';
      return formatCounter(counts[at] || levels.get(at)?.start || 1, format);
    });
  }
}

/** The body's paragraphs and tables in order; content controls are looked through. */
export function readBody(word: WordPackage): WordBlock[] {
  const body = childElements(word.document.documentElement, 'body')[0];
  if (!body) return [];
  const counter = new ListCounter(word.numbering);
  const blocks: WordBlock[] = [];
  let paragraphs = 0;
  let tables = 0;
  const visit = (parent: Element) => {
    for (const element of childElements(parent)) {
      if (element.localName === 'sdt') {
        const content = firstChild(element, 'sdtContent');
        if (content) visit(content);
      } else if (element.localName === 'p') {
        const properties = firstChild(element, 'pPr');
        const style = attribute(properties && firstChild(properties, 'pStyle'), 'val') ?? '';
        const styleName = word.styleNames.get(style) ?? style.toLowerCase();
        const numPr = properties && firstChild(properties, 'numPr');
        const numId = attribute(numPr && firstChild(numPr, 'numId'), 'val');
        const level = Number(attribute(numPr && firstChild(numPr, 'ilvl'), 'val') ?? 0);
        const listLabel = numId && numId !== '0' ? counter.next(numId, level) : undefined;
        paragraphs += 1;
        blocks.push({
          kind: 'paragraph',
          element,
          index: paragraphs,
          style: styleName,
          heading: /^heading\s*\d/u.test(styleName),
          ...(listLabel ? { listLabel } : {}),
          text: paragraphText(element),
        });
      } else if (element.localName === 'tbl') {
        tables += 1;
        const rows = childElements(element, 'tr').map((row) =>
          childElements(row, 'tc').map((cell) => {
            const texts = childElements(cell, 'p').map(paragraphText).filter((text) => text !== '');
            return { element: cell, paragraphs: texts, text: texts.join(' ') };
          }),
        );
        blocks.push({ kind: 'table', element, index: tables, rows });
      }
    }
  };
  visit(body);
  return blocks;
}

export function serialiseXml(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

export { DOCUMENT_PART };
