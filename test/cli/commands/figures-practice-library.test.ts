import { describe, expect, it } from 'vitest';
import { formatFiguresTable } from '../../../src/cli/commands/figures.js';
import type { FiguresResult } from '../../../src/evidence/figures-schema.js';

const base = {
  organisation: { name: 'Harbour Care' },
  place: 'Ashbridge supported living',
  period: { human: 'Q3 2026' },
  previousPeriod: { human: 'Q2 2026' },
  figures: [],
  standards: [],
};

describe('figures table: the practice library', () => {
  it('lists each entry with owner, cadence, where recorded, last check and count, and marks a stale one', () => {
    const result = {
      ...base,
      declaredPractices: [
        { id: 'PL-02', topic: 'training', text: 'Every support worker completes a Mental Capacity Act refresher each year', owner: 'the training lead', cadenceText: 'every year', source: 'Training matrix', lastCheckedOn: '2026-09-30', stale: false, measure: { label: 'support workers with the refresher in date', count: 41, of: 45, share: 91.1, asOf: '2026-09-30' } },
        { id: 'PL-06', topic: 'carers', text: 'Millbeck runs an evening session for family carers each quarter', owner: 'the Registered Manager', cadenceText: 'every quarter', source: 'Carers evening notes', lastCheckedOn: '2025-07-14', stale: true },
      ],
    } as unknown as FiguresResult;
    const text = formatFiguresTable(result, 100);
    expect(text).toContain('Practice library (in place for Q3 2026):');
    expect(text).toContain('  PL-02 training: Every support worker completes a Mental Capacity Act refresher each year. Owner: the training lead, every year; recorded in Training matrix; last checked 2026-09-30; 41 of 45 support workers with the refresher in date (91.1%) on 2026-09-30');
    expect(text).toContain('  PL-06 carers: Millbeck runs an evening session for family carers each quarter. Owner: the Registered Manager, every quarter; recorded in Carers evening notes; last checked 2025-07-14 (stale: check it again before quoting it)');
  });

  it('says nothing of a practice library when there is none', () => {
    expect(formatFiguresTable({ ...base, declaredPractices: [] } as unknown as FiguresResult, 100)).not.toContain('Practice library');
  });
});
