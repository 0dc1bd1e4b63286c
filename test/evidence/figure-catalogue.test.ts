/**
 * Figures carry their meaning as data: each comes from a catalogue entry and names the import
 * batches behind it by id, file and SHA-256, so nothing downstream has to read the `source` line.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { FIGURE_CATALOGUE, FIGURE_TOPICS } from '../../src/evidence/data/figure-catalogue.js';
import type { FiguresResult } from '../../src/evidence/figures-schema.js';
import { questionTopics } from '../../src/drafting/data/question-topics.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('figure catalogue', () => {
  it('has one entry per id, each with topics from the known list', () => {
    expect(new Set(FIGURE_CATALOGUE.map((entry) => entry.id)).size).toBe(FIGURE_CATALOGUE.length);
    for (const entry of FIGURE_CATALOGUE) for (const topic of entry.topics) expect(FIGURE_TOPICS).toContain(topic);
  });

  it('agrees with the drafting topics: every figure a topic answers with evidences that topic', () => {
    const byId = new Map(FIGURE_CATALOGUE.map((entry) => [entry.id, entry]));
    for (const topic of questionTopics) {
      for (const id of topic.figures) {
        expect(byId.has(id), `${topic.id} lists ${id}`).toBe(true);
        expect(byId.get(id)!.topics, `${id} should evidence ${topic.id}`).toContain(topic.id);
      }
    }
  });

  it('writes subjects without digits unless a standard puts one there', () => {
    const standards = { summaryWorkingDays: 5, agendaNoticeDays: 3, disputeWorkingDays: 20, advocateResponseHours: 48, niSampleCases: 2 };
    for (const entry of FIGURE_CATALOGUE) {
      const subject = entry.subject(standards);
      expect(subject[0], entry.id).toMatch(/[a-z"]/u);
      if (!entry.standardId && entry.id !== 'summaries-within-10') expect(subject, entry.id).not.toMatch(/\d/u);
    }
  });
});

describe.each(DATABASE_KINDS)('figures with provenance on %s', (kind) => {
  let db: Database;
  let files: ImportFileInput[];
  let q2: FiguresResult;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    files = await readFixtureFiles(path.resolve('fixtures/small'));
    await importFiles({ db, files, now: NOW });
    q2 = await computeFigures({ db, period: '2026-Q2', cases: 1, now: NOW });
  });
  afterAll(async () => db?.close());

  const sha = (name: string) => createHash('sha256').update(files.find((file) => file.name === name)!.content).digest('hex');
  const figure = (id: string) => q2.figures.find((candidate) => candidate.id === id)!;

  it('names records, noun, rows and the batches behind each figure', async () => {
    const summaries = figure('summaries-on-time');
    expect(summaries.catalogueId).toBe('summaries-on-time');
    expect(summaries.standardId).toBe('summary-deadline');
    expect(summaries.provenance).toMatchObject({ records: 'review records', noun: 'reviews', rows: 12 });
    expect(summaries.provenance!.batches).toEqual([
      { id: expect.any(String), file: 'reviews.csv', sha256: sha('reviews.csv'), importedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/u), rows: { first: 2, last: 21 }, latestRecordOn: '2026-06-24' },
    ]);
    const participation = figure('participation');
    expect(participation.provenance!.batches.map((batch) => batch.file)).toEqual(['participants.csv', 'reviews.csv']);
    expect(figure('feel-involved').scale).toEqual({ min: 1, max: 5 });
    expect(figure('agenda-notice').provenance).toMatchObject({ recordsDetail: 'planned meetings, debriefs excluded', noun: 'planned reviews' });
  });

  it('gives every figure a catalogue entry, a subject, a direction and provenance', () => {
    const known = new Set(FIGURE_CATALOGUE.map((entry) => entry.id));
    for (const candidate of q2.figures) {
      expect(known.has(candidate.catalogueId!), candidate.id).toBe(true);
      expect(candidate.subject, candidate.id).toBeTruthy();
      expect(candidate.better, candidate.id).toMatch(/^(higher|lower)$/u);
      expect(candidate.provenance, candidate.id).toBeDefined();
    }
  });

  it('describes enablement outcome groups as data: the outcome, its people and the better direction', () => {
    const outcome = q2.figures.find((candidate) => candidate.catalogueId === 'enablement-measure')!;
    expect(outcome.outcome).toMatchObject({ before: '2:1', after: '1:1', people: 1 });
    // a smaller staffing ratio is the better outcome
    expect(outcome.better).toBe('lower');
    const people = q2.figures.find((candidate) => candidate.id === `${outcome.id}-people`)!;
    expect(people.catalogueId).toBe('enablement-people');
    expect(people.outcome).toEqual(outcome.outcome);
  });
});
