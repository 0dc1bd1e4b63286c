/**
 * No stack trace reaches a CLI user unless they ask with --debug: a failure prints one line
 * saying what failed and how to see more, with a documented exit code.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenErrorAsInput } from '../../src/cli/commands/serve.js';
import { formatFailure, oneLineReason, takeDebugFlag } from '../../src/cli/main.js';
import { runCli, STACK_LINE } from './run-cli.js';

let workDir: string;
let corrupt: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-debug-'));
  // A folder that looks like a database but is not one.
  corrupt = path.join(workDir, 'corrupt');
  await mkdir(path.join(corrupt, 'base'), { recursive: true });
  await writeFile(path.join(corrupt, 'PG_VERSION'), 'not a version\n');
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('a failing command in a real process', () => {
  it('prints one line and exit 3 for a corrupt data folder, and the stack only with --debug', async () => {
    const plain = await runCli(['org', 'list'], { ASSURED_DATA_DIR: corrupt });
    expect(plain.code).toBe(3);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(plain.stderr).toContain(`assured org list: Could not open the embedded database in ${corrupt}`);
    expect(plain.stderr).toContain('Run again with --debug for details.');
    expect(plain.stderr.trim().split('\n')).toHaveLength(2);

    const debug = await runCli(['org', 'list', '--debug'], { ASSURED_DATA_DIR: corrupt });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toContain('Could not open the embedded database');
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr).toContain('database.ts');
  });

  it('answers a data folder that is a file as an input error (exit 2), without a stack', async () => {
    const file = path.join(workDir, 'a-file');
    await writeFile(file, 'x');
    const result = await runCli(['org', 'list'], { ASSURED_DATA_DIR: file });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a folder');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('failure formatting', () => {
  it('takes --debug from anywhere before --', () => {
    expect(takeDebugFlag(['import', '--debug', 'a.csv'])).toEqual({ argv: ['import', 'a.csv'], debug: true });
    expect(takeDebugFlag(['check', '--', '--debug'])).toEqual({ argv: ['check', '--', '--debug'], debug: false });
  });

  it('shows a thrown non-Error, an empty message and a Prisma-style message on one line', () => {
    expect(oneLineReason({ errno: 20 })).toBe('{"errno":20}');
    expect(oneLineReason(new TypeError(''))).toBe('TypeError');
    expect(oneLineReason(new Error('\nInvalid `prisma.organisation.create()` invocation in\n/x.ts:1:1\n\n  1 code\nUnique constraint failed'))).toBe('Unique constraint failed');
    const failure = formatFailure(new RangeError('boom'), { command: 'import', debug: false });
    expect(failure).toBe('assured import: failed unexpectedly: RangeError: boom\nRun again with --debug for details.');
    const withCause = formatFailure(new Error('outer', { cause: new Error('inner') }), { debug: true });
    expect(withCause).toMatch(STACK_LINE);
    expect(withCause).toContain('Caused by: Error: inner');
  });
});

describe('serve listen errors', () => {
  it('turns a port in use into an input error naming the port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const second = createServer();
    const error = await new Promise<Error>((resolve) => second.once('error', resolve).listen(port, '127.0.0.1'));
    blocker.close();
    expect(listenErrorAsInput(error, '127.0.0.1', port)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(`Port ${port}`) });
    const other = new Error('something else');
    expect(listenErrorAsInput(other, '127.0.0.1', port)).toBe(other);
  });
});
