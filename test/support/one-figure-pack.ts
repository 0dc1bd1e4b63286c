/** A one-figure evidence pack for tests and benchmarks of hostile drafts: 96% (48 of 50) summaries on time. */
import type { EvidencePack, Standard } from '../../src/evidence/evidence-pack-schema.js';

export const ONE_FIGURE_PACK: EvidencePack = {
  figures: [
    {
      id: 'summaries-on-time',
      label: 'Meeting summaries sent within 5 working days',
      value: 96,
      unit: 'percent',
      numerator: 48,
      denominator: 50,
      previous: 58,
      period: '2026-Q2',
      place: 'Northgate',
      source: 'review records: 50 reviews',
    },
  ],
  standards: [],
};

export const SUMMARY_STANDARD: Standard = { id: 'summary-deadline', label: 'Meeting summaries sent within', value: 5, unit: 'working days' };
