import { describe, expect, it } from 'vitest';
import { detectRecordType } from '../../../src/data/import/read-import-file.js';
import {
  ID_RECORD_TYPES,
  IMPORT_ORDER,
  RECORD_TYPE_NAMES,
  RECORD_TYPES,
  REFERENCED_TYPE_NAMES,
  requiredColumnsOf,
} from '../../../src/data/import/record-types/index.js';

describe('record type entries', () => {
  it('has one entry per record type, filed under its own name', () => {
    expect(Object.keys(RECORD_TYPES).sort()).toEqual([...RECORD_TYPE_NAMES].sort());
    for (const name of RECORD_TYPE_NAMES) expect(RECORD_TYPES[name].name).toBe(name);
    expect(Object.keys(ID_RECORD_TYPES)).not.toContain('organisation');
  });

  it('describes every column with a kind, whether it is required and what it means, for a header-matching step', () => {
    for (const type of Object.values(RECORD_TYPES)) {
      expect(type.fields.map((field) => field.name)).toEqual(Object.keys(type.schema.shape));
      for (const field of type.fields) {
        expect(field.meaning.length, `${type.name}.${field.name}`).toBeGreaterThan(3);
        expect(field.expected.length, `${type.name}.${field.name}`).toBeGreaterThan(3);
      }
    }
    const reviews = RECORD_TYPES.reviews.fields;
    expect(reviews.find((field) => field.name === 'held_on')).toEqual({
      name: 'held_on',
      kind: 'date',
      required: true,
      meaning: 'date of the meeting',
      expected: 'a date as DD/MM/YYYY or YYYY-MM-DD',
    });
    expect(reviews.find((field) => field.name === 'summary_sent_on')).toMatchObject({ kind: 'date', required: false });
    expect(reviews.find((field) => field.name === 'type')).toMatchObject({ kind: 'choice', choices: ['goal-setting', 'mini-review', 'deep-dive', 'complex', 'debrief'] });
    expect(RECORD_TYPES['advocate-referrals'].fields.find((field) => field.name === 'referred_at')).toMatchObject({ kind: 'date-time', required: true });
    expect(requiredColumnsOf('reviews')).toEqual(['id', 'person_id', 'type', 'held_on']);
  });

  it('keys each type by a required column, references and date orders name its own columns of the right kind', () => {
    for (const type of Object.values(RECORD_TYPES)) {
      const fields = new Map(type.fields.map((field) => [field.name, field]));
      expect(fields.get(type.refColumn)?.required, type.name).toBe(true);
      for (const reference of type.references) {
        expect(fields.get(reference.column)?.kind, `${type.name}.${reference.column}`).toBe('reference');
        expect(REFERENCED_TYPE_NAMES).toContain(reference.type);
      }
      for (const order of type.dateOrder) {
        for (const column of [order.earlier, order.later]) expect(['date', 'date-time'], `${type.name}.${column}`).toContain(fields.get(column)?.kind);
      }
    }
  });

  it('imports a type only after every type it refers to', () => {
    for (const type of Object.values(RECORD_TYPES)) {
      for (const reference of type.references) {
        expect(IMPORT_ORDER.indexOf(reference.type), `${type.name} → ${reference.type}`).toBeLessThan(IMPORT_ORDER.indexOf(type.name));
      }
    }
  });

  it('recognises a file named after each type, and a file with a type’s columns but an unhelpful name', () => {
    for (const name of RECORD_TYPE_NAMES) expect(detectRecordType(`2026-q2-${name}.csv`, []), name).toBe(name);
    for (const name of RECORD_TYPE_NAMES) expect(detectRecordType('export.csv', requiredColumnsOf(name)), name).toBe(name);
    expect(detectRecordType('export.csv', ['id', 'colour'])).toBeUndefined();
  });
});
