/**
 * `assured mapping suggest`: a proposal printed for a person, or written as a mapping file with
 * the attendance columns as participants; exit 1 when some header needs checking. (Saving and
 * reusing by name is tested on the domain functions, test/data/import/mapping/saved-mappings.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { mappingSuggestCommand } from '../../src/cli/commands/mapping.js';

describe('assured mapping suggest', () => {
  let dir: string;
  const out: string[] = [];
  let io: CliIO;
  const run = async (args: string[]) => {
    out.length = 0;
    const code = await mappingSuggestCommand.run(args, io);
    return { code, stdout: out.join('\n') };
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-mapping-'));
    io = { stdout: (text) => out.push(text), stderr: () => undefined, cwd: dir, env: {} };
    await copyFile('fixtures/mapping/care-plan-reviews.csv', path.join(dir, 'care-plan-reviews.csv'));
    await copyFile('fixtures/mapping/ACTIONS.csv', path.join(dir, 'ACTIONS.csv'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a mapping file: synonyms, attendance columns as participants, UTC timestamps and statuses', async () => {
    const { code, stdout } = await run(['care-plan-reviews.csv', 'ACTIONS.csv', '--name', 'our-care-system', '--format', 'json']);
    expect(code).toBe(0);
    const mapping = JSON.parse(stdout);
    expect(mapping.name).toBe('our-care-system');
    expect(mapping.types.reviews.columns).toMatchObject({ 'Date of Review': 'held_on', 'Service User Ref': 'person_id', 'Minutes Sent': 'summary_sent_on' });
    expect(mapping.types.reviews.participants).toContainEqual({ column: 'Views sent in writing', role: 'family', mode: 'async' });
    expect(mapping.types.reviews.participants).toContainEqual({ column: 'Advocate attended', role: 'advocate', mode: 'in-person', advocateTypeColumn: 'Advocate Type' });
    expect(mapping.types.actions.columns).toMatchObject({ DUE_DATE: { field: 'due_on', read: 'utc-timestamp' }, STATUS: { field: 'closed_on', read: 'status-date' } });
    expect(mapping.types.actions.ignore).toEqual(['CREATED_AT']);
  });

  it('prints the proposal for a person and exits 1 when a header needs checking', async () => {
    await writeFile(path.join(dir, 'reviews.csv'), 'id,person_id,type,Mtg date\nX-1,P-001,mini-review,03/04/2026\n');
    const { code, stdout } = await run(['reviews.csv']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Mtg date\s+held_on \(\d+%\)\s+uncertain\s+CHECK/);
    expect(stdout).toContain('missing required column held_on (perhaps "Mtg date")');
  });
});
