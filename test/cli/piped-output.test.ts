/**
 * Output piped into another program arrives whole: the entry point exits explicitly, so it must
 * first wait for stdout to drain (a pipe takes 64 KiB at a time; the rest waits in Node's buffer).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, REPO_ROOT } from './run-cli.js';

const ENTRY = path.join(REPO_ROOT, 'src', 'cli', 'assured.mjs');

/** Waits before reading, so the pipe fills, then counts every byte and parses them as JSON. */
const READER = `
setTimeout(() => {
  const chunks = [];
  process.stdin.on('data', (chunk) => chunks.push(chunk));
  process.stdin.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let messages = null;
    try { messages = JSON.parse(text).messages.length; } catch {}
    process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), messages }));
  });
}, 300);
`;

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'assured-pipe-'));
  // Each paragraph is one long vague sentence: two messages quote it whole, so ~0.5 MB of draft
  // gives well over 1 MB of JSON within the 200-message cap.
  const words = Array.from({ length: 60 }, (_, index) => `word${'x'.repeat(70)}${index}`).join(' ');
  const paragraph = `We involve families and consult people where appropriate ${words}.`;
  await writeFile(path.join(workDir, 'large.md'), Array.from({ length: 110 }, () => paragraph).join('\n\n'));
  await writeFile(path.join(workDir, 'reader.cjs'), READER);
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('piped output', () => {
  it('delivers more than 1 MB of check --format json whole through a pipe into another process', async () => {
    const script = '{ "$0" "$1" check "$2" --format json; echo $? > "$3"; } | "$0" "$4"';
    const shell = spawn('/bin/sh', ['-c', script, process.execPath, ENTRY, 'large.md', 'exit-code', 'reader.cjs'], {
      cwd: workDir,
      env: cliEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    shell.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    shell.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    await new Promise((resolve) => shell.on('close', resolve));

    expect(err).toBe('');
    const received = JSON.parse(out) as { bytes: number; messages: number | null };
    expect(received.bytes).toBeGreaterThan(1_000_000);
    expect(received.messages).toBe(201);
    expect(Number((await readFile(path.join(workDir, 'exit-code'), 'utf8')).trim())).toBeLessThanOrEqual(1);
  });
});
