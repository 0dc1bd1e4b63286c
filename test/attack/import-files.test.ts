/**
 * Hostile and odd import files through the API and the CLI: each ends as a 4xx (or a row error
 * and exit 1 on the CLI) naming file, row and column; no 5xx, no stack trace, nothing written,
 * bounded time and memory, and /health answers throughout.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { CLI_MAX_ROWS, importCommand } from '../../src/cli/commands/import.js';
import { bearer, setUpApi, type ApiFixture } from '../api/api-fixture.js';
import { buildWorkbook, lastRowWorkbook, rowsXml } from '../data/import/build-workbook.js';

const NESTED_JSON = `[{"id":"S-900","name":${'['.repeat(5_000)}"x"${']'.repeat(5_000)},"locality":"Leeds","service_type":"supported-living"}]`;
const NUL_CSV = 'id,name,locality,service_type\nS-901,Harbour\u0000House,Leeds,supported-living\n';

describe('hostile import files through the API', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi('pglite');
  });
  afterAll(async () => {
    await fx.close();
  });

  async function upload(files: { name: string; content: string; encoding?: 'utf8' | 'base64' }[], dryRun = false) {
    return fx.app.inject({ method: 'POST', url: '/v1/imports', headers: bearer(fx.a.key), payload: { files, dryRun } });
  }

  async function expectRejected(files: Parameters<typeof upload>[0], dryRun: boolean) {
    const response = await upload(files, dryRun);
    expect(response.statusCode).toBe(422);
    expect(response.body).not.toMatch(/\[object Object\]|at \S+ \(|RangeError|Prisma/);
    return response.json() as { report: { files: { errors: { row?: number; column?: string; message: string }[] }[] } };
  }

  it('deeply nested JSON is a row error in the dry run and the import, not a 500', async () => {
    expect(NESTED_JSON.length).toBeLessThan(11_000);
    for (const dryRun of [true, false]) {
      const body = await expectRejected([{ name: 'services.json', content: NESTED_JSON }], dryRun);
      expect(body.report.files[0]!.errors).toMatchObject([{ row: 1, column: 'name', message: 'services.json record 1 column name: value is a list of lists (expected text, a number, true/false, or a list of those)' }]);
    }
    expect(await fx.db.prisma.service.count({ where: { ref: 'S-900' } })).toBe(0);
  });

  it('a NUL byte is refused alike by the dry run and the import, and nothing is written', async () => {
    const dry = await expectRejected([{ name: 'services.csv', content: NUL_CSV }], true);
    const real = await expectRejected([{ name: 'services.csv', content: NUL_CSV }], false);
    expect(real.report.files[0]!.errors).toEqual(dry.report.files[0]!.errors);
    expect(real.report.files[0]!.errors).toMatchObject([{ row: 2, column: 'name' }]);
    expect(await fx.db.prisma.service.count({ where: { ref: 'S-901' } })).toBe(0);
  });

  it('a 1 MB cell gives a small 422', async () => {
    const response = await upload([{ name: 'services.csv', content: `id,name,locality,service_type\nS-902,${'z'.repeat(2 ** 20)},Leeds,supported-living\n` }]);
    expect(response.statusCode).toBe(422);
    expect(response.body.length).toBeLessThan(20_000);
    expect(response.body).toContain('is 1048576 characters long');
  });

  it('a duplicate header and a formula without a value are 422s naming where', async () => {
    const duplicate = await expectRejected([{ name: 'services.csv', content: 'id,id,name,locality,service_type\nS-903,S-904,Harbour,Leeds,supported-living\n' }], false);
    expect(duplicate.report.files[0]!.errors[0]!.message).toBe('services.csv: the header "id" appears twice (columns 1 and 2) (expected each column name once)');
    const workbook = buildWorkbook({ sheetData: rowsXml([['id', 'name', 'locality', 'service_type'], ['S-905', { formula: 'B1' }, 'Leeds', 'supported-living']]) });
    const formula = await expectRejected([{ name: 'services.xlsx', content: workbook.toString('base64'), encoding: 'base64' }], false);
    expect(formula.report.files[0]!.errors[0]!.message).toMatch(/^services\.xlsx row 2 column name: =B1 is a formula with no saved value \(cell B2\)/);
  });

  it('four tiny workbooks reaching row 1,048,576 at once are refused quickly, in bounded memory, with /health answering', async () => {
    const content = lastRowWorkbook().toString('base64');
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const health = fx.app.inject({ method: 'GET', url: '/health' });
    const responses = await Promise.all(Array.from({ length: 4 }, () => upload([{ name: 'services.xlsx', content, encoding: 'base64' }])));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 2 ** 20);
    expect((await health).statusCode).toBe(200);
    for (const response of responses) {
      expect(response.statusCode).toBe(422);
      expect(response.json().report.files[0].errors[0].message).toBe('services.xlsx: sheet "Sheet1" has data on row 1048576 (expected at most 50000 rows per file (data on rows 2 to 50001))');
    }
    expect((await fx.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});

describe('hostile import files through the CLI', () => {
  let dir: string;
  let out: string[];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-import-attack-'));
    out = [];
    io = { stdout: (text) => out.push(text), stderr: (text) => out.push(text), cwd: dir, env: { ASSURED_DATA_DIR: path.join(dir, 'db') } };
    await writeFile(path.join(dir, 'organisation.csv'), 'slug,name\nacme-care,Acme Care Ltd\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(args: string[]): Promise<{ code: number; output: string }> {
    out.length = 0;
    const code = await importCommand.run(args, io);
    return { code, output: out.join('\n') };
  }

  it('nested JSON and NUL bytes are row errors (exit 1), alike in a dry run, not stack traces', async () => {
    await writeFile(path.join(dir, 'services.json'), NESTED_JSON);
    await writeFile(path.join(dir, 'services.csv'), NUL_CSV);
    const dry = await run(['organisation.csv', 'services.json', 'services.csv', '--dry-run']);
    const real = await run(['organisation.csv', 'services.json', 'services.csv']);
    expect([dry.code, real.code]).toEqual([1, 1]);
    for (const { output } of [dry, real]) {
      expect(output).toContain('services.json record 1 column name: value is a list of lists');
      expect(output).toContain('services.csv row 2 column name: Harbour\\0House contains a NUL character');
      expect(output).not.toMatch(/at \S+ \(|RangeError|Prisma/);
    }
  });

  it('stops reading a CSV at the row limit with a clear message', async () => {
    const lines = ['id,name,locality,service_type'];
    for (let index = 0; index <= CLI_MAX_ROWS; index += 1) lines.push(`S-${index},Home ${index},Leeds,supported-living`);
    await writeFile(path.join(dir, 'big-services.csv'), lines.join('\n'));
    const { code, output } = await run(['organisation.csv', 'big-services.csv', '--dry-run']);
    expect(code).toBe(1);
    expect(output).toContain(`big-services.csv: has more than ${CLI_MAX_ROWS} rows (expected at most ${CLI_MAX_ROWS} rows per file)`);
  });
});
