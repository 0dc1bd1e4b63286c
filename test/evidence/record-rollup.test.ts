/**
 * Actions and feedback are read from monthly roll-ups (action_rollup, feedback_rollup) that the
 * figures reader rebuilds for the months triggers mark. After every kind of write (a first
 * import, an update by id that moves rows to other months and changes what they count, a
 * re-import whose rows then cite the first file again, a person moved to another service, rows
 * deleted outside an import), the records pass must give what the row queries give for periods
 * whose months were just marked, and once every mark is rebuilt the kept rows must equal a
 * recount from the rows, made here in plain code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import * as q from '../../src/evidence/figure-queries.js';
import { refreshRecordRollups } from '../../src/evidence/record-rollup.js';
import { queryRecordsPass } from '../../src/evidence/records-pass.js';
import { editedFixtureFile, readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

const monthOf = (date: Date) => date.toISOString().slice(0, 7);
const sorted = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

interface ActionRow {
  key: string;
  due: number;
  closedOnTime: number;
}
interface FeedbackRow {
  key: string;
  responses: number;
  scored: number;
  scoreSum: number;
  agree: number;
  inclusionCompliments: number;
}

/** What the roll-ups should hold, counted from the rows: actions by their person's service. */
async function recount(db: Database): Promise<{ actions: ActionRow[]; feedback: FeedbackRow[] }> {
  const actions = new Map<string, ActionRow>();
  for (const action of await db.prisma.action.findMany({ select: { organisationId: true, dueOn: true, closedOn: true, batchId: true, person: { select: { serviceId: true } } } })) {
    const key = [action.organisationId, action.person.serviceId, monthOf(action.dueOn), action.batchId].join(' ');
    const row = actions.get(key) ?? { key, due: 0, closedOnTime: 0 };
    row.due += 1;
    if (action.closedOn && action.closedOn <= action.dueOn) row.closedOnTime += 1;
    actions.set(key, row);
  }
  const feedback = new Map<string, FeedbackRow>();
  for (const response of await db.prisma.feedbackResponse.findMany({ select: { organisationId: true, serviceId: true, respondedOn: true, feelInvolved: true, kind: true, themes: true, batchId: true } })) {
    const key = [response.organisationId, response.serviceId, monthOf(response.respondedOn), response.batchId].join(' ');
    const row = feedback.get(key) ?? { key, responses: 0, scored: 0, scoreSum: 0, agree: 0, inclusionCompliments: 0 };
    row.responses += 1;
    if (response.feelInvolved !== null) {
      row.scored += 1;
      row.scoreSum += response.feelInvolved;
      if (response.feelInvolved >= 4) row.agree += 1;
    }
    if (response.kind === 'compliment' && response.themes.includes('feeling-included')) row.inclusionCompliments += 1;
    feedback.set(key, row);
  }
  return { actions: sorted([...actions.values()]), feedback: sorted([...feedback.values()]) };
}

async function keptRows(db: Database): Promise<{ actions: ActionRow[]; feedback: FeedbackRow[] }> {
  const actions = await db.prisma.actionRollup.findMany();
  const feedback = await db.prisma.feedbackRollup.findMany();
  const key = (row: { organisationId: string; serviceId: string; month: Date; batchId: string }) => [row.organisationId, row.serviceId, monthOf(row.month), row.batchId].join(' ');
  return {
    actions: sorted(actions.map((row) => ({ key: key(row), due: row.due, closedOnTime: row.closedOnTime }))),
    feedback: sorted(
      feedback.map((row) => ({ key: key(row), responses: row.responses, scored: row.scored, scoreSum: row.scoreSum, agree: row.agree, inclusionCompliments: row.inclusionCompliments })),
    ),
  };
}

/** Periods around the fixture's writes, all services and one; the records pass first, so it rebuilds the marked months it reads. */
async function expectPassesAgree(db: Database): Promise<void> {
  for (const [period, services] of [
    ['2025-Q2', []],
    ['2025-Q3', []],
    ['2025-06', []],
    ['2026-Q2', []],
    ['FY2025-26', []],
    ['2025-Q2', ['S-AB']],
  ] as const) {
    const scope = await resolveScope({ db, period, services: [...services] });
    const pass = await queryRecordsPass(db, scope);
    expect({ period, services, actions: pass.actions, feedback: pass.feedback }).toEqual({
      period,
      services,
      actions: await q.queryActionCounts(db, scope),
      feedback: await q.queryFeedbackCounts(db, scope),
    });
  }
}

/** The reader rebuilds every marked month (as figures for any period would), then the kept rows must equal the recount. */
async function expectRowsInStep(db: Database): Promise<void> {
  await expectPassesAgree(db);
  const { organisation } = await resolveScope({ db, period: '2026-Q2' });
  await refreshRecordRollups(db, organisation.id, '1900-01-01', '2999-12-31');
  expect(await db.prisma.recordRollupStale.count()).toBe(0);
  const expected = await recount(db);
  expect(expected.actions.length).toBeGreaterThan(0);
  expect(expected.feedback.length).toBeGreaterThan(0);
  expect(await keptRows(db)).toEqual(expected);
}

describe.each(DATABASE_KINDS)('action and feedback roll-ups on %s', (kind) => {
  let db: Database;
  let fixture: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    fixture = await readFixtureFiles('fixtures/provider');
  });
  afterAll(async () => {
    await db.close();
  });

  it('equal a recount after the first import, also when a figures read rebuilt part of them first', async () => {
    await importFiles({ db, files: fixture, now: NOW });
    expect(await db.prisma.recordRollupStale.count()).toBeGreaterThan(0);
    await computeFigures({ db, period: '2026-Q2', useCache: false, now: NOW });
    await expectRowsInStep(db);
  });

  it.each(['actions.csv', 'feedback.csv'])('equal a recount after an update by id of %s that moves rows to other months and changes what they count', async (name) => {
    const edited =
      name === 'actions.csv'
        ? editedFixtureFile(fixture, name, (text) =>
            text
              .replace(/^AC-0001,P-0011,R-00001,key-worker,14\/04\/2025,14\/04\/2025/m, 'AC-0001,P-0011,R-00001,key-worker,14/06/2025,20/06/2025')
              .replace(/^(AC-0005,[^\n]*),24\/04\/2025,14\/04\/2025/m, '$1,24/04/2025,'),
          )
        : editedFixtureFile(fixture, name, (text) =>
            text
              .replace(/^F-0002;S-SX;;22\/04\/2025;person;5;compliment;communication;/m, 'F-0002;S-SX;;22/07/2025;person;2;compliment;feeling-included;')
              .replace(/^F-0003;S-MB;;28\/04\/2025;person;3;/m, 'F-0003;S-AB;;28/04/2025;person;;'),
          );
    expect(edited[0]!.content.toString('utf8')).not.toBe(fixture.find((file) => file.name === name)!.content.toString('utf8'));
    const before = await keptRows(db);
    expect((await importFiles({ db, files: edited, now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);
    expect(await keptRows(db)).not.toEqual(before);
  });

  it('equal a recount after re-importing the first files, whose rows then cite them again', async () => {
    expect((await importFiles({ db, files: fixture.filter((file) => file.name === 'actions.csv' || file.name === 'feedback.csv'), now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);
  });

  it('equal a recount after a person moves service, so their actions count for the new one', async () => {
    const before = await keptRows(db);
    const people = editedFixtureFile(fixture, 'people.csv', (text) => text.replace(/^P-0011,[^,]+,/m, 'P-0011,S-AB,'));
    expect((await importFiles({ db, files: people, now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);
    expect((await keptRows(db)).actions).not.toEqual(before.actions);
  });

  it('equal a recount after actions and responses are deleted outside an import', async () => {
    const action = await db.prisma.action.findFirstOrThrow({ orderBy: { dueOn: 'asc' }, select: { personId: true } });
    await db.prisma.action.deleteMany({ where: { personId: action.personId } });
    const response = await db.prisma.feedbackResponse.findFirstOrThrow({ orderBy: { respondedOn: 'asc' }, select: { serviceId: true, respondedOn: true } });
    await db.prisma.feedbackResponse.deleteMany({ where: { serviceId: response.serviceId, respondedOn: { lte: new Date(response.respondedOn.getTime() + 62 * 86_400_000) } } });
    await expectRowsInStep(db);
  });
});
