/**
 * The figures read reviews from roll-ups per service and month, rebuilt by the reader for the
 * months the triggers on review and person marked. Whatever wrote the reviews, participants or
 * people, the roll-up pass must give exactly what the pass over the reviews gives: checked after
 * a first import, an update by id that moves reviews between months and changes them, an
 * unchanged re-import that cites the first file again, participants added, changed, moved and
 * removed, people moving service or changing their accessible format, and a changed region and
 * standard; for periods of every kind (a date range falls back to the reviews), all services and one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import { queryReviewPass } from '../../src/evidence/review-pass-queries.js';
import { queryReviewRollupPass, rollupCovers } from '../../src/evidence/review-rollup.js';
import { editedFixtureFile, readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

const PERIODS = [
  ['2025-Q2', []],
  ['2025-Q3', []],
  ['2026-Q2', []],
  ['2026-05', []],
  ['FY2025-26', []],
  ['2025-Q4', ['S-AB']],
  ['2025-04-10..2025-07-20', []],
  // 85 months, and the 85 before: longer than a 64-bit mask.
  ['2019-01-01..2026-01-31', []],
] as const;

/** Lists in any order: string lists sorted, lists of keyed rows sorted by key. */
function normalised(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, entry: unknown) => {
      if (!Array.isArray(entry)) return entry;
      if (entry.every((item) => typeof item === 'string')) return [...(entry as string[])].sort();
      if (entry.every((item) => item && typeof item === 'object' && 'key' in item)) return [...(entry as { key: string }[])].sort((a, b) => String(a.key).localeCompare(String(b.key)));
      return entry;
    }),
  );
}

async function expectRollupsInStep(db: Database): Promise<void> {
  for (const [period, services] of PERIODS) {
    const scope = await resolveScope({ db, period, services: [...services] });
    const fromRollups = await queryReviewRollupPass(db, scope);
    const fromReviews = await queryReviewPass(db, scope);
    expect({ period, services, pass: normalised(fromRollups) }).toEqual({ period, services, pass: normalised(fromReviews) });
  }
}

async function marks(db: Database): Promise<string[]> {
  return (await db.prisma.reviewRollupStale.findMany({ orderBy: { month: 'asc' } })).map((mark) => mark.month.toISOString().slice(0, 7));
}

describe.each(DATABASE_KINDS)('review roll-ups on %s', (kind) => {
  let db: Database;
  let fixture: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    fixture = await readFixtureFiles('fixtures/provider');
  });
  afterAll(async () => {
    await db.close();
  });

  it('cover month-aligned periods and standards of up to 30 days, not date ranges', async () => {
    await importFiles({ db, files: fixture, now: NOW });
    expect(rollupCovers(await resolveScope({ db, period: '2026-Q2' }))).toBe(true);
    expect(rollupCovers(await resolveScope({ db, period: 'FY2025-26' }))).toBe(true);
    expect(rollupCovers(await resolveScope({ db, period: '2025-04-10..2025-07-20' }))).toBe(false);
    expect(rollupCovers(await resolveScope({ db, period: '2019-01-01..2026-01-31' }))).toBe(true);
  });

  it('give what the reviews give after the first import, and the reader clears the marks of the months it read', async () => {
    expect(await marks(db)).toContain('2026-04');
    await expectRollupsInStep(db);
    expect(await marks(db)).not.toContain('2026-04');
    expect(await db.prisma.reviewRollup.count()).toBeGreaterThan(0);
  });

  it('follow an update by id that moves reviews to another month, changes their type, chair and summary date', async () => {
    await expectRollupsInStep(db);
    expect(await marks(db)).toEqual(expect.not.arrayContaining(['2025-04', '2026-04']));
    const files = editedFixtureFile(fixture, 'reviews.csv', (text) =>
      text
        // R-00001 moves from April to May 2025 and becomes a complex review chaired by the RM.
        .replace(/^R-00001,P-0011,deep-dive,01\/04\/2025,53,key-worker,,,yes,07\/04\/2025/m, 'R-00001,P-0011,complex,01/05/2025,53,rm,,,yes,07/05/2025')
        // R-00002's summary goes a day after the meeting.
        .replace(/^(R-00002,P-0017,mini-review,03\/04\/2025,22,key-worker,28\/03\/2025,standard,,)29\/04\/2025/m, '$104/04/2025'),
    );
    expect(files[0]!.content.toString('utf8')).not.toBe(fixture.find((file) => file.name === 'reviews.csv')!.content.toString('utf8'));
    expect((await importFiles({ db, files, now: NOW })).rejected).toBe(false);
    expect(await marks(db)).toEqual(expect.arrayContaining(['2025-04', '2025-05']));
    const moved = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-00001' }, select: { type: true, heldOn: true } });
    expect(moved).toEqual({ type: 'complex', heldOn: new Date('2025-05-01T00:00:00Z') });
    await expectRollupsInStep(db);
  });

  it('follow an unchanged re-import of the first file, whose rows cite it again', async () => {
    await importFiles({ db, files: fixture.filter((file) => file.name === 'reviews.csv'), now: NOW });
    expect((await marks(db)).length).toBeGreaterThan(0);
    await expectRollupsInStep(db);
  });

  it('follow participants added, changed and moved by an import, and removed outside it', async () => {
    const participants = editedFixtureFile(fixture, 'participants.csv', (text) =>
      text
        // The person's own row becomes an advocate giving a view asynchronously; a family member joins remotely.
        .replace(/^A-00001,R-00001,person,,in-person$/m, 'A-00001,R-00001,advocate,imca,async')
        .concat('A-99001,R-00002,family,,remote\n'),
    );
    expect((await importFiles({ db, files: participants, now: NOW })).rejected).toBe(false);
    const added = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-00002' }, select: { familyInvolved: true, remoteInput: true } });
    expect(added).toEqual({ familyInvolved: true, remoteInput: true });
    await expectRollupsInStep(db);

    const review = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-00001' }, select: { id: true } });
    await db.prisma.participant.deleteMany({ where: { reviewId: review.id } });
    const last = await db.prisma.review.findFirstOrThrow({ orderBy: { heldOn: 'desc' }, select: { id: true } });
    await db.prisma.participant.update({ where: { organisationId_ref: { organisationId: (await db.prisma.organisation.findFirstOrThrow()).id, ref: 'A-99001' } }, data: { reviewId: last.id } });
    await expectRollupsInStep(db);
  });

  it('follow people who move service, change their accessible format or end their support, and reviews deleted outside the import', async () => {
    const people = editedFixtureFile(fixture, 'people.csv', (text) => text.replace(/^P-0011,[^,]+,[^,]+,/m, 'P-0011,S-AB,easy-read,').replace(/^P-0017,([^,]+),[^,]+,/m, 'P-0017,$1,audio,').replace(/^(P-0017,[^\n]*,)03\/08\/2026/m, '$115/05/2026'));
    expect((await importFiles({ db, files: people, now: NOW })).rejected).toBe(false);
    const person = await db.prisma.person.findFirstOrThrow({ where: { ref: 'P-0011' }, select: { accessibleFormat: true, service: { select: { ref: true } } } });
    expect(person).toEqual({ accessibleFormat: 'easy-read', service: { ref: 'S-AB' } });
    // Support that ends within a period takes the person out of its cadence.
    expect((await db.prisma.person.findFirstOrThrow({ where: { ref: 'P-0017' }, select: { endedOn: true } })).endedOn).toEqual(new Date('2026-05-15T00:00:00Z'));
    await expectRollupsInStep(db);

    const gone = await db.prisma.review.findFirstOrThrow({ where: { heldOn: { gte: new Date('2026-05-01T00:00:00Z') } }, orderBy: { heldOn: 'asc' }, select: { id: true } });
    await db.prisma.participant.deleteMany({ where: { reviewId: gone.id } });
    await db.prisma.action.deleteMany({ where: { reviewId: gone.id } });
    await db.prisma.review.delete({ where: { id: gone.id } });
    await expectRollupsInStep(db);
  });

  it('follow people with no reviews joining, moving service, ending support and leaving, which no month records', async () => {
    // Read every period first, so each quarter's cadence is kept before the people change.
    await expectRollupsInStep(db);
    const marked = await marks(db);
    const joined = editedFixtureFile(fixture, 'people.csv', (text) => `${text.split('\r\n')[0]}\r\nP-9901,S-AB,none,01/01/2020,\r\nP-9902,S-AB,none,01/01/2020,\r\n`);
    expect((await importFiles({ db, files: joined, now: NOW })).rejected).toBe(false);
    // No month is marked for them: only the people version tells the kept quarters apart.
    expect(await marks(db)).toEqual(marked);
    await expectRollupsInStep(db);

    const moved = editedFixtureFile(fixture, 'people.csv', (text) => `${text.split('\r\n')[0]}\r\nP-9901,S-MB,none,01/01/2020,\r\nP-9902,S-AB,none,01/01/2020,20/05/2026\r\n`);
    expect((await importFiles({ db, files: moved, now: NOW })).rejected).toBe(false);
    await expectRollupsInStep(db);

    await db.prisma.person.deleteMany({ where: { ref: { in: ['P-9901', 'P-9902'] } } });
    await expectRollupsInStep(db);
  });

  it('follow a changed region and changed standards', async () => {
    await db.prisma.organisation.updateMany({ data: { region: 'scotland', summaryWorkingDays: 2, agendaNoticeDays: 7 } });
    await expectRollupsInStep(db);
    await db.prisma.organisation.updateMany({ data: { region: 'england_and_wales', summaryWorkingDays: 5, agendaNoticeDays: 3 } });
    await expectRollupsInStep(db);
  });
});
