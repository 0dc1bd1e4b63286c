/**
 * Import jobs: a large upload (or one sent with Prefer: respond-async) is answered 202 with a
 * Location; GET /v1/imports/{id} reports its progress and then the same report as a synchronous
 * import. A rejected or failed job writes nothing, and any instance on the database can report it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/api/app.js';
import { DATABASE_KINDS } from '../../support/test-database.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const HEADER = 'id,person_id,type,held_on,summary_sent_on';
const PEOPLE = ['P-001', 'P-002', 'P-003', 'P-004'];

/** `count` valid review rows with ids from `first`, held in May 2026. */
function reviewRows(count: number, first = 100_000): string {
  const lines = [HEADER];
  for (let index = 0; index < count; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(`R-J${first + index},${PEOPLE[index % PEOPLE.length]},mini-review,${day}/05/2026,`);
  }
  return `${lines.join('\n')}\n`;
}

interface Run {
  id: string;
  status: string;
  progress: { phase: string; rowsRead: number; rowsChecked: number; rowsWritten: number; rowsTotal?: number };
  report?: { rejected: boolean; errorCount: number; files: { file: string; status: string; created: number; errors: { row?: number; column?: string; value?: string; message: string }[] }[] };
  problem?: { title: string; status: number; detail: string };
}

describe.each(DATABASE_KINDS)('import jobs (%s)', (kind) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi(kind, { syncImportBytes: 20_000, importJobAbandonedAfterMs: 2_000 });
  });
  afterAll(async () => {
    await fx.close();
  });

  const post = (payload: object, headers: Record<string, string> = {}, query = '') =>
    fx.app.inject({ method: 'POST', url: `/v1/imports${query}`, headers: { ...bearer(fx.a.key), ...headers }, payload });

  /** Polls the job until it ends; returns every state seen, the last one ended. */
  async function pollUntilEnded(location: string, app = fx.app): Promise<Run[]> {
    const seen: Run[] = [];
    for (let attempt = 0; attempt < 2_000; attempt += 1) {
      const response = await app.inject({ method: 'GET', url: location, headers: bearer(fx.a.key) });
      expect(response.statusCode).toBe(200);
      const run = response.json() as Run;
      seen.push(run);
      if (run.status !== 'running') return seen;
      await sleep(20);
    }
    throw new Error(`${location} did not end`);
  }

  it('keeps a small upload synchronous, and runs a large one as a job with the same report', async () => {
    const small = await post({ files: [{ name: 'reviews.csv', content: reviewRows(3, 1) }], dryRun: true });
    expect(small.statusCode).toBe(200);

    const content = reviewRows(2_000, 10_000);
    expect(content.length).toBeGreaterThan(20_000);
    const accepted = await post({ files: [{ name: 'reviews-may.csv', content }], dryRun: true });
    expect(accepted.statusCode).toBe(202);
    const location = accepted.headers.location as string;
    expect(location).toMatch(/^\/v1\/imports\/[0-9a-f-]{36}$/);
    expect(accepted.json()).toMatchObject({ id: location.split('/').pop(), status: 'running', progress: { phase: 'queued' } });

    const ended = (await pollUntilEnded(location)).at(-1)!;
    expect(ended).toMatchObject({ status: 'validated', progress: { phase: 'done', rowsRead: 2_000, rowsChecked: 2_000 } });
    // The same upload made synchronous by raising nothing but the size: compare with a direct dry run.
    const sync = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews-may.csv', content: reviewRows(2, 10_000) }], dryRun: true } });
    expect(Object.keys(ended.report!).sort()).toEqual(Object.keys(sync.json()).sort());
    expect(ended.report!.files[0]).toMatchObject({ file: 'reviews-may.csv', status: 'validated', rows: 2_000, errors: [] });
    // The list shows it too.
    const list = (await fx.app.inject({ method: 'GET', url: '/v1/imports?status=validated&limit=100', headers: bearer(fx.a.key) })).json();
    expect(list.imports.map((run: Run) => run.id)).toContain(ended.id);
  });

  it('writes a job in one transaction and reports rows written', async () => {
    const before = await fx.db.prisma.review.count();
    const accepted = await post({ files: [{ name: 'reviews-jobs.csv', content: reviewRows(50, 20_000) }] }, { prefer: 'respond-async' });
    expect(accepted.statusCode).toBe(202);
    const ended = (await pollUntilEnded(accepted.headers.location as string)).at(-1)!;
    expect(ended).toMatchObject({ status: 'imported', progress: { rowsWritten: 50 }, report: { rejected: false, files: [{ status: 'imported', created: 50 }] } });
    expect(await fx.db.prisma.review.count()).toBe(before + 50);
  });

  it('rejects a job with a bad row: every error with file, row, column and value, nothing written', async () => {
    const before = await fx.db.prisma.review.count();
    const content = `${reviewRows(30, 30_000)}R-BAD-1,P-001,mini-review,31/02/2026,\nR-BAD-2,P-999,mini-review,03/05/2026,\n`;
    const accepted = await post({ files: [{ name: 'reviews-bad.csv', content }] }, { prefer: 'respond-async' });
    const ended = (await pollUntilEnded(accepted.headers.location as string)).at(-1)!;
    expect(ended.status).toBe('rejected');
    expect(ended.report!.rejected).toBe(true);
    expect(ended.report!.files[0]!.errors).toEqual([
      expect.objectContaining({ row: 32, column: 'held_on', value: '31/02/2026' }),
      expect.objectContaining({ row: 33, column: 'person_id', value: 'P-999' }),
    ]);
    expect(ended.report!.files[0]!.errors[0]!.message).toContain('reviews-bad.csv');
    expect(await fx.db.prisma.review.count()).toBe(before);
  });

  it('reports a job stopped by a fault as failed, with the problem, and writes nothing', async () => {
    const before = await fx.db.prisma.review.count();
    const organisation = 'slug,name,bidder_name\nsomeone-else,Someone Else,Someone Else\n';
    const accepted = await post({ files: [{ name: 'organisation.csv', content: organisation }, { name: 'reviews.csv', content: reviewRows(5, 40_000) }] }, { prefer: 'respond-async' });
    expect(accepted.statusCode).toBe(202);
    const ended = (await pollUntilEnded(accepted.headers.location as string)).at(-1)!;
    expect(ended).toMatchObject({ status: 'failed', problem: { status: 400, title: expect.any(String) } });
    expect(ended.problem!.detail).toContain('someone-else');
    expect(ended.report).toBeUndefined();
    expect(await fx.db.prisma.review.count()).toBe(before);
  });

  it('answers other requests while a job runs: polls see it read and check rows before it ends', async () => {
    const accepted = await post({ files: [{ name: 'reviews-large.csv', content: reviewRows(30_000, 100_000) }], dryRun: true });
    expect(accepted.statusCode).toBe(202);
    const seen = await pollUntilEnded(accepted.headers.location as string);
    const during = seen.filter((run) => run.status === 'running' && run.progress.phase !== 'queued');
    expect(during.length).toBeGreaterThan(0);
    expect(during.some((run) => run.progress.rowsRead > 0 || run.progress.rowsChecked > 0)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ status: 'validated', progress: { rowsChecked: 30_000 } });
  });

  it('reports a job whose instance stopped answering as failed, and hides jobs from other organisations', async () => {
    const orphan = await fx.db.prisma.importRun.create({
      data: { organisationId: fx.a.id, status: 'running', phase: 'check', fileCount: 1, errorCount: 0, updatedAt: new Date(Date.now() - 60_000) },
    });
    const ended = (await pollUntilEnded(`/v1/imports/${orphan.id}`)).at(-1)!;
    expect(ended).toMatchObject({ status: 'failed', problem: { status: 503 } });
    expect(ended.problem!.detail).toContain('nothing of it was written');

    const other = await fx.app.inject({ method: 'GET', url: `/v1/imports/${orphan.id}`, headers: bearer(fx.b.key) });
    expect(other.statusCode).toBe(404);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/imports/not-a-uuid', headers: bearer(fx.a.key) })).statusCode).toBe(400);
  });

  it('is reported by another API instance on the same database', async () => {
    const second = await buildApp({ db: fx.db, limits: { syncImportBytes: 20_000 } });
    await second.ready();
    try {
      const accepted = await post({ files: [{ name: 'reviews-second.csv', content: reviewRows(10, 50_000) }], dryRun: true }, { prefer: 'respond-async' });
      const ended = (await pollUntilEnded(accepted.headers.location as string, second)).at(-1)!;
      expect(ended).toMatchObject({ status: 'validated', report: { files: [{ rows: 10 }] } });
    } finally {
      await second.close();
    }
  });
});

describe('GET /v1/imports/template.xlsx', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
  });
  afterAll(async () => {
    await fx.close();
  });

  it('downloads the template workbook: one sheet per record type and a Read me sheet', async () => {
    const response = await fx.app.inject({ method: 'GET', url: '/v1/imports/template.xlsx', headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="assured-template.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets).toEqual(expect.arrayContaining(['reviews', 'participants', 'people']));
    expect(sheets.some((name) => /read me/i.test(name))).toBe(true);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/imports/template.xlsx' })).statusCode).toBe(401);
  });
});

describe('POST /v1/imports/error-workbook', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
  });
  afterAll(async () => {
    await fx.close();
  });

  async function reviewsWorkbook(rows: string[][]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('reviews');
    sheet.addRow(['id', 'person_id', 'type', 'Date of review']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  /** What a marked workbook says is wrong, so that an unexpected one explains itself in the failure. */
  async function markedErrors(response: { statusCode: number; rawPayload: Buffer }): Promise<string> {
    if (response.statusCode !== 200) return `status ${response.statusCode}`;
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(response.rawPayload as never);
    const rows = marked.getWorksheet('Import errors')?.getSheetValues() ?? [];
    return `a marked workbook came back: ${JSON.stringify(rows.filter(Boolean))}`;
  }

  it('hands a rejected workbook back with its errors marked, and writes nothing', async () => {
    const before = await fx.db.prisma.review.count();
    const content = await reviewsWorkbook([
      ['R-W1', 'P-001', 'mini-review', '03/04/2026'],
      ['R-W2', 'P-001', 'mini-review', '31/02/2026'],
    ]);
    const response = await fx.app.inject({ method: 'POST', url: '/v1/imports/error-workbook?file=reviews.xlsx', headers: bearer(fx.a.key), payload: { files: [{ name: 'reviews.xlsx', content, encoding: 'base64' }] } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="reviews.errors.xlsx"');
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(response.rawPayload as never);
    const sheet = marked.getWorksheet('reviews')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const errorsColumn = header.indexOf('Errors');
    expect(errorsColumn).toBeGreaterThan(0);
    expect(String(sheet.getRow(3).getCell(errorsColumn).value)).toContain('31/02/2026');
    expect(sheet.getRow(2).getCell(errorsColumn).value ?? '').toBe('');
    expect(await fx.db.prisma.review.count()).toBe(before);
  });

  it('refuses a workbook without errors, a CSV, and a file name not sent, saying what to do', async () => {
    const clean = await reviewsWorkbook([['R-W3', 'P-001', 'mini-review', '03/04/2026']]);
    const send = (file: string, files: object[]) => fx.app.inject({ method: 'POST', url: `/v1/imports/error-workbook?file=${file}`, headers: bearer(fx.a.key), payload: { files } });
    const none = await send('reviews.xlsx', [{ name: 'reviews.xlsx', content: clean, encoding: 'base64' }]);
    expect(none.statusCode, await markedErrors(none)).toBe(400);
    expect(none.json().detail).toContain('no errors to mark');
    const csv = await send('reviews.csv', [{ name: 'reviews.csv', content: 'id,person_id,type,held_on\nR-W4,P-001,mini-review,31/02/2026\n' }]);
    expect(csv.statusCode).toBe(400);
    expect(csv.json().detail).toContain('rejectedRows');
    const missing = await send('other.xlsx', [{ name: 'reviews.xlsx', content: clean, encoding: 'base64' }]);
    expect(missing.json().detail).toContain('No file named other.xlsx');
  });
});
