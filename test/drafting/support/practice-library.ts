/**
 * A one-service evidence pack with a family-input figure and the practice library entries a test
 * gives, for the tests of answers drawn from the library.
 */
import type { DeclaredPractice, Figure } from '../../../src/evidence/evidence-pack-schema.js';
import type { FiguresResult } from '../../../src/evidence/figures-schema.js';
import { catalogueFields } from '../../support/catalogue-fields.js';

export const place = 'Eastfield supported living';
const familyInput: Figure = {
  id: 'participation-family',
  label: 'Reviews with family or friend input',
  value: 75,
  unit: 'percent',
  numerator: 30,
  denominator: 40,
  period: '2026-Q3',
  place,
  source: 'review records: 30 of 40 reviews, Q3 2026',
  ...catalogueFields('participation-family', 40),
};

export function entry(id: string, topic: string, text: string, extra: Partial<DeclaredPractice> = {}): DeclaredPractice {
  return {
    id,
    topic,
    text,
    ownerRole: 'rm',
    owner: 'the Registered Manager',
    cadence: 'each-review',
    cadenceText: 'at every review',
    since: '2025-04-01',
    source: 'the carers register',
    lastCheckedOn: '2026-08-14',
    checkedBy: 'ni',
    place,
    stale: false,
    provenance: { records: 'practice library', noun: 'practice', rows: 1, batches: [] },
    ...extra,
  };
}

export function figuresWith(declaredPractices: DeclaredPractice[]): FiguresResult {
  return {
    organisation: { slug: 'eastfield', name: 'Eastfield Care Ltd', bidderName: 'Eastfield Care' },
    period: { label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30', human: 'Q3 2026' },
    previousPeriod: { label: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30', human: 'Q2 2026' },
    services: [{ ref: 'S-E', name: place, locality: 'Eastfield' }],
    place,
    generatedAt: '2026-10-03T00:00:00.000Z',
    figures: [familyInput],
    standards: [],
    caseExamples: [],
    declaredPractices,
  };
}

