/**
 * Each review keeps facts about who took part (family or friend, advocate, the batches of those
 * participant rows) so figures need not join participants. Whatever writes participants, the
 * facts must equal what the participant rows say: checked here after a first import, a
 * re-import that adds, changes and moves participants (updates by id), an unchanged re-import,
 * and rows deleted outside the import.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { DATABASE_KINDS, openTestDatabase, resetDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const organisation = file('organisation.csv', 'slug,name,region\nacme-care,Acme Care Ltd,england-and-wales\n');
const services = file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n');
const people = file('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,none,01/02/2024\n');
const reviews = file(
  'reviews.csv',
  'id,person_id,type,held_on,summary_sent_on\n' + ['R1', 'R2', 'R3', 'R4'].map((ref, index) => `${ref},P1,mini-review,0${index + 1}/04/2026,10/04/2026\n`).join(''),
);
const participantsHeader = 'id,review_id,role,advocate_type,mode\n';

interface Facts {
  ref: string;
  family: boolean;
  advocate: boolean;
  batches: string[];
  remote: boolean;
  written: boolean;
  allBatches: string[];
}

const NOT_STAFF = ['family', 'friend', 'advocate', 'professional'];

/** The facts as stored on each review. */
async function storedFacts(db: Database): Promise<Facts[]> {
  const rows = await db.prisma.review.findMany({ orderBy: { ref: 'asc' }, select: { ref: true, familyInvolved: true, advocateInvolved: true, involvementBatchIds: true, remoteInput: true, writtenInput: true, participantBatchIds: true },
  });
  return rows.map((row) => ({
    ref: row.ref,
    family: row.familyInvolved,
    advocate: row.advocateInvolved,
    batches: row.involvementBatchIds,
    remote: row.remoteInput,
    written: row.writtenInput,
    allBatches: row.participantBatchIds,
  }));
}

/** The facts worked out afresh from the participant rows. */
async function factsFromParticipants(db: Database): Promise<Facts[]> {
  const rows = await db.prisma.review.findMany({ orderBy: { ref: 'asc' }, select: { ref: true, participants: { select: { role: true, mode: true, batchId: true } } } });
  return rows.map((row) => {
    const involved = row.participants.filter((participant) => ['family', 'friend', 'advocate'].includes(participant.role));
    return {
      ref: row.ref,
      family: involved.some((participant) => participant.role !== 'advocate'),
      advocate: involved.some((participant) => participant.role === 'advocate'),
      batches: [...new Set(involved.map((participant) => participant.batchId))].sort(),
      remote: row.participants.some((participant) => NOT_STAFF.includes(participant.role) && participant.mode === 'remote'),
      written: row.participants.some((participant) => NOT_STAFF.includes(participant.role) && participant.mode === 'async'),
      allBatches: [...new Set(row.participants.map((participant) => participant.batchId))].sort(),
    };
  });
}

async function expectFactsInStep(db: Database): Promise<Facts[]> {
  const stored = await storedFacts(db);
  expect(stored).toEqual(await factsFromParticipants(db));
  return stored;
}

/** e.g. "R4:FA1RW2": family, advocate, their batches; remote, written, every participant row's batches. */
const summary = (facts: Facts[]) =>
  facts.map((fact) => `${fact.ref}:${fact.family ? 'F' : '-'}${fact.advocate ? 'A' : '-'}${fact.batches.length}${fact.remote ? 'R' : '-'}${fact.written ? 'W' : '-'}${fact.allBatches.length}`);

describe.each(DATABASE_KINDS)('review involvement facts on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('stay in step through create, update by id, unchanged re-import and deletes', async () => {
    const first = file(
      'participants.csv',
      participantsHeader +
        'PA1,R1,family,,in-person\n' +
        'PA2,R2,advocate,imca,remote\n' +
        'PA3,R2,key-worker,,in-person\n' +
        'PA4,R3,rm,,in-person\n',
    );
    await importFiles({ db, files: [organisation, services, people, reviews, first], now: NOW });
    expect(summary(await expectFactsInStep(db))).toEqual(['R1:F-1--1', 'R2:-A1R-1', 'R3:--0--1', 'R4:--0--0']);

    // Changed by id: PA1 is no longer family (R1 loses its family member), PA2 moves from R2 to
    // R4 (R2 loses its advocate, R4 gains one); new rows: a friend at R3 and family at R4.
    const second = file(
      'participants-2.csv',
      participantsHeader +
        'PA1,R1,professional,,in-person\n' +
        'PA2,R4,advocate,imca,remote\n' +
        'PA3,R2,key-worker,,in-person\n' +
        'PA4,R3,rm,,in-person\n' +
        'PA5,R3,friend,,async\n' +
        'PA6,R4,family,,remote\n',
    );
    const report = await importFiles({ db, files: [second], now: NOW });
    expect(report.files[0]).toMatchObject({ created: 2, updated: 2 });
    expect(summary(await expectFactsInStep(db))).toEqual(['R1:--0--1', 'R2:--0--1', 'R3:F-1-W1', 'R4:FA1R-1']);

    // The first file again: PA1 and PA2 go back; PA5 and PA6 stay. Rows of the second file
    // that the first holds unchanged now cite the first file's batch.
    await importFiles({ db, files: [first], now: NOW });
    expect(summary(await expectFactsInStep(db))).toEqual(['R1:F-1--1', 'R2:-A1R-1', 'R3:F-1-W2', 'R4:F-1R-1']);
    const [r3] = (await storedFacts(db)).filter((fact) => fact.ref === 'R3');
    const secondBatch = await db.prisma.importBatch.findFirstOrThrow({ where: { fileName: 'participants-2.csv' } });
    expect(r3?.batches).toEqual([secondBatch.id]);

    // Unchanged re-import: nothing written, facts as they were.
    const before = await storedFacts(db);
    await importFiles({ db, files: [first], now: NOW });
    expect(await expectFactsInStep(db)).toEqual(before);

    // Rows removed outside the import, one and several at a time.
    await db.prisma.participant.delete({ where: { organisationId_ref: { organisationId: secondBatch.organisationId, ref: 'PA6' } } });
    expect(summary(await expectFactsInStep(db))).toEqual(['R1:F-1--1', 'R2:-A1R-1', 'R3:F-1-W2', 'R4:--0--0']);
    await db.prisma.participant.deleteMany({ where: { role: { in: ['family', 'friend', 'advocate'] } } });
    expect(summary(await expectFactsInStep(db))).toEqual(['R1:--0--0', 'R2:--0--1', 'R3:--0--1', 'R4:--0--0']);
  });

  it('a participant added in the same import as its review', async () => {
    const participants = file('participants.csv', `${participantsHeader}PA1,R4,advocate,care-act,in-person\nPA2,R4,friend,,async\n`);
    await importFiles({ db, files: [organisation, services, people, reviews, participants], now: NOW });
    const batch = await db.prisma.importBatch.findFirstOrThrow({ where: { fileName: 'participants.csv' } });
    const facts = await expectFactsInStep(db);
    expect(facts.find((fact) => fact.ref === 'R4')).toEqual({ ref: 'R4', family: true, advocate: true, batches: [batch.id], remote: false, written: true, allBatches: [batch.id] });
  });
});
