import { describe, expect, it } from 'vitest';
import { parseChoice, parseInteger, parseList, parseUkDate, parseUkDateTime, parseYesNo } from '../../../src/data/import/parse-values.js';

const iso = (result: ReturnType<typeof parseUkDate>) => (result.ok ? result.value.toISOString() : `error: ${result.problem}`);

describe('parseUkDate', () => {
  it('reads dates day-first: 03/04/2026 is 3 April', () => {
    expect(iso(parseUkDate('03/04/2026'))).toBe('2026-04-03T00:00:00.000Z');
    expect(iso(parseUkDate('3/4/26'))).toBe('2026-04-03T00:00:00.000Z');
    expect(iso(parseUkDate('13.04.2026'))).toBe('2026-04-13T00:00:00.000Z');
  });
  it('reads ISO dates and Excel serial numbers', () => {
    expect(iso(parseUkDate('2026-04-03'))).toBe('2026-04-03T00:00:00.000Z');
    // 46115 is 3 April 2026 in Excel's 1900 date system.
    expect(iso(parseUkDate('46115'))).toBe('2026-04-03T00:00:00.000Z');
  });
  it('rejects impossible and unparseable dates with what was expected', () => {
    expect(parseUkDate('31/02/2026')).toEqual({ ok: false, problem: 'is not a real date', expected: 'a date as DD/MM/YYYY or YYYY-MM-DD' });
    expect(parseUkDate('04/13/2026')).toMatchObject({ ok: false, problem: 'is not a real date' });
    expect(parseUkDate('next Tuesday')).toMatchObject({ ok: false, problem: 'is not a date' });
    expect(parseUkDate('03/04/2026 10:00')).toMatchObject({ ok: false, problem: 'has a time but this column takes a date only' });
  });
});

describe('parseUkDateTime', () => {
  it('reads UK local time, in BST and in GMT', () => {
    expect(iso(parseUkDateTime('03/04/2026 14:30'))).toBe('2026-04-03T13:30:00.000Z');
    expect(iso(parseUkDateTime('15/01/2026 09:05'))).toBe('2026-01-15T09:05:00.000Z');
    expect(iso(parseUkDateTime('2026-07-01T08:00'))).toBe('2026-07-01T07:00:00.000Z');
    expect(iso(parseUkDateTime('2026-07-01T08:00Z'))).toBe('2026-07-01T08:00:00.000Z');
  });
  it('needs a time of day', () => {
    expect(parseUkDateTime('03/04/2026')).toMatchObject({ ok: false, problem: 'has no time of day' });
  });
});

describe('other cells', () => {
  it('accepts yes/no spellings', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1']) expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['no', 'n', 'False', '0']) expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('maybe')).toMatchObject({ ok: false, expected: 'yes/no, y/n, true/false or 1/0' });
  });
  it('checks ranges and choices', () => {
    expect(parseInteger('7', 1, 5)).toEqual({ ok: false, problem: 'is out of range', expected: 'a whole number from 1 to 5' });
    expect(parseInteger('4', 1, 5)).toEqual({ ok: true, value: 4 });
    expect(parseChoice('Mini Review', ['mini-review', 'deep-dive'])).toEqual({ ok: true, value: 'mini-review' });
    expect(parseChoice('annual-party', ['mini-review'])).toMatchObject({ ok: false, expected: 'one of mini-review' });
    expect(parseList('Feeling included; communication|')).toEqual(['feeling-included', 'communication']);
  });
});
