/**
 * Builds small .xlsx workbooks byte by byte (a minimal zip of hand-written XML), so tests and
 * benchmarks control exactly what a sheet declares: a cell at A1048576, an oversized
 * <dimension>, a formula with no cached value, an error cell. exceljs writes only well-formed
 * workbooks, which cannot express these.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type CellSpec =
  | string
  | number
  | { formula: string; cached?: string | number; type?: 'str' | 'e' | 'b' }
  | { error: string }
  | { sharedString: number }
  | { inlineXml: string };

/** Column letters of a 1-based column number (1 → A, 28 → AB, 16384 → XFD). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function cellXml(ref: string, spec: CellSpec): string {
  if (typeof spec === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(spec)}</t></is></c>`;
  if (typeof spec === 'number') return `<c r="${ref}"><v>${spec}</v></c>`;
  if ('formula' in spec) {
    const type = spec.type ?? (typeof spec.cached === 'string' ? 'str' : undefined);
    const cached = spec.cached === undefined ? '' : `<v>${escapeXml(String(spec.cached))}</v>`;
    return `<c r="${ref}"${type ? ` t="${type}"` : ''}><f>${escapeXml(spec.formula)}</f>${cached}</c>`;
  }
  if ('error' in spec) return `<c r="${ref}" t="e"><v>${escapeXml(spec.error)}</v></c>`;
  if ('sharedString' in spec) return `<c r="${ref}" t="s"><v>${spec.sharedString}</v></c>`;
  return spec.inlineXml;
}

/** `<row>` elements for rows given from row 1, each cell in its column. */
export function rowsXml(rows: CellSpec[][], firstRow = 1): string {
  return rows
    .map((cells, index) => {
      const rowNumber = firstRow + index;
      return `<row r="${rowNumber}">${cells.map((cell, column) => cellXml(`${columnLetters(column + 1)}${rowNumber}`, cell)).join('')}</row>`;
    })
    .join('');
}

export interface WorkbookSpec {
  /** The inside of <sheetData>. */
  sheetData: string;
  /** A <dimension ref> to declare, true or not. */
  dimension?: string;
  sheetName?: string;
  /** Rich-text shared strings are given as raw <si> XML. */
  sharedStrings?: string[];
}

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A zip of deflated entries, in the order given (readers that stream see them in this order). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function buildWorkbook(spec: WorkbookSpec): Buffer {
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, 'utf8');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const packageRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const strings = spec.sharedStrings ?? [];
  return zip([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(`<Relationships xmlns="${packageRels}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${packageRels}">` +
          `<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>` +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(`<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="${escapeXml(spec.sheetName ?? 'Sheet1')}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: xml(`<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((item) => (item.startsWith('<si>') ? item : `<si><t>${escapeXml(item)}</t></si>`)).join('')}</sst>`),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${main}" xmlns:r="${relationships}">${spec.dimension ? `<dimension ref="${spec.dimension}"/>` : ''}<sheetData>${spec.sheetData}</sheetData></worksheet>`),
    },
  ]);
}

/** The attack shape: a tiny workbook whose one stray cell sits on Excel's last row. */
export function lastRowWorkbook(): Buffer {
  return buildWorkbook({
    sheetData: rowsXml([['id', 'name', 'locality'], ['S-1', 'Harbour House', 'Leeds']]) + `<row r="1048576">${cellXml('A1048576', 'x')}</row>`,
  });
}

/** The other attack shape: a two-row sheet declaring that it spans the whole grid. */
export function hugeDimensionWorkbook(): Buffer {
  return buildWorkbook({ dimension: 'A1:XFD1048576', sheetData: rowsXml([['id', 'name', 'locality'], ['S-1', 'Harbour House', 'Leeds']]) });
}
