/**
 * A sentence quoting the organisation's practice library in the verification pack: what it rests
 * on, where the practice is recorded, who owns it, when it was last checked and the import batch;
 * a stale entry is a finding that goes out only with a reason.
 */
import { describe, expect, it } from 'vitest';
import type { DeclaredPractice } from '../../src/evidence/evidence-pack-schema.js';
import { buildExportModel } from '../../src/export/build-export-model.js';
import { runExportGate } from '../../src/export/run-export-gate.js';
import { buildVerificationPack } from '../../src/export/verification-pack.js';
import type { Section } from '../../src/section/section-schema.js';
import { loadSection } from './export-fixtures.js';

const NOW = new Date('2026-10-05T09:00:00Z');

const library = (id: string, text: string, extra: Partial<DeclaredPractice> = {}): DeclaredPractice => ({
  id,
  topic: 'training',
  text,
  ownerRole: 'training-lead',
  owner: 'the training lead',
  cadence: 'annually',
  cadenceText: 'every year',
  since: '2025-03-01',
  source: 'Training matrix',
  lastCheckedOn: '2026-09-15',
  checkedBy: 'rm',
  place: 'Ashbridge supported living',
  stale: false,
  provenance: { records: 'practice library', noun: 'practice', rows: 1, batches: [{ id: 'batch-practices', file: 'practices.csv', sha256: 'c'.repeat(64), importedAt: '2026-10-01T09:00:00.000Z', rows: { first: 4, last: 4 } }] },
  ...extra,
});

function withLibrary(sentence: string, declaredPractices: DeclaredPractice[]): Section {
  const section = loadSection('harbour-care-q2-involvement');
  const answer: Section = { ...section, responseText: `${section.responseText.trimEnd()}\n\n${sentence}\n`, pack: { ...section.pack, declaredPractices } };
  delete answer.review;
  return answer;
}

describe('declared practices in the verification pack', () => {
  it('lists the quoted practice and the numbers its dated count backs with source, owner, last check and batch', async () => {
    const section = withLibrary('Every support worker completes a Mental Capacity Act refresher each year: 41 of 45 staff (91%) were in date on 30 September 2026.', [
      library('PL-4', 'Every support worker completes a Mental Capacity Act refresher each year', { measure: { label: 'staff with the refresher in date', count: 41, of: 45, share: 91.1, asOf: '2026-09-30' } }),
    ]);
    const model = await buildVerificationPack([section], { now: NOW });
    const claims = model.answers[0]!.claims.filter((claim) => claim.restsOn.endsWith('[PL-4]'));
    expect(claims.map((claim) => [claim.kind, claim.status, claim.verified])).toEqual([
      ['practice', 'declared', true],
      ['number', 'supported', true],
      ['number', 'supported', true],
    ]);
    const [quoted] = claims;
    expect(quoted).toMatchObject({ counting: 'Practice library, Training matrix', period: 'In place since 1 March 2025', place: 'Ashbridge supported living', stale: false });
    expect(quoted!.counts).toContain('owned by the training lead, every year');
    expect(quoted!.counts).toContain('last checked 15 September 2026 by the Registered Manager');
    expect(quoted!.counts).toContain('41 of 45 staff with the refresher in date (91.1%) on 30 September 2026');
    const batch = model.batches.find((entry) => entry.ref === quoted!.batches[0]);
    expect(batch).toMatchObject({ file: 'practices.csv', sha256: 'c'.repeat(64), rows: 'rows 4–4' });
    expect(model.answers[0]!.findings).toEqual([]);
  });

  it('gives the quoted practice a source note in the submission', async () => {
    const section = withLibrary('Every support worker completes a Mental Capacity Act refresher each year.', [library('PL-4', 'Every support worker completes a Mental Capacity Act refresher each year')]);
    const gate = await runExportGate(section, { index: 0 });
    const model = buildExportModel({ sections: [section], gates: gate.sections, findings: gate.findings });
    const notes = model.questions.flatMap((question) => question.notes.map((note) => note.text));
    expect(notes).toContain(`${section.organisation.name} practice library entry PL-4: recorded in Training matrix; owned by the training lead, every year, since 1 March 2025; last checked 15 September 2026 by the Registered Manager.`);
  });

  it('blocks a stale entry, and lists it as a finding allowed with the reason given', async () => {
    const section = withLibrary('The key worker records consent to share for each topic at every review.', [
      library('PL-9', 'The key worker records consent to share for each topic at every review', { topic: 'information-sharing', lastCheckedOn: '2025-06-30', stale: true }),
    ]);
    const gate = await runExportGate(section, { index: 0 });
    expect(gate.findings.filter((finding) => finding.blocking).map((finding) => [finding.status, finding.ruleId])).toEqual([['stale-declared', 'practice-declared-stale']]);
    const model = await buildVerificationPack([section], { now: NOW, allowUnverified: 'Consent log re-checked by the RM on 6 October' });
    const claim = model.answers[0]!.claims.find((entry) => entry.restsOn.endsWith('[PL-9]'));
    expect(claim).toMatchObject({ status: 'stale-declared', verified: false, stale: true, asOf: '2025-06-30' });
    expect(model.answers[0]!.findings).toEqual([expect.objectContaining({ status: 'stale-declared', message: expect.stringContaining('last checked on 30 June 2025'), allowedBecause: 'Consent log re-checked by the RM on 6 October' })]);
  });
});
