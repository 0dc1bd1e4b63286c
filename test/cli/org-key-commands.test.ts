/**
 * `assured org create|list` and `assured key create|list|revoke` on an embedded database folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { keyCreateCommand, keyListCommand, keyRevokeCommand } from '../../src/cli/commands/key.js';
import { orgCreateCommand, orgListCommand } from '../../src/cli/commands/org.js';
import { openDatabase } from '../../src/data/database.js';
import { hashApiKey } from '../../src/access/api-key-format.js';

describe('org and key commands', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-keys-'));
    out = [];
    err = [];
    io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env: { ASSURED_DATA_DIR: path.join(dir, 'db') } };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates an organisation with a first key printed once, and more keys; lists and revokes them', async () => {
    expect(await orgCreateCommand.run(['Harbour', 'Care', 'Ltd', '--bidder-name', 'Harbour Care'], io)).toBe(0);
    const printed = out.join('\n');
    const key = /\b(asd_[A-Za-z0-9_-]{43})\b/.exec(printed)?.[1];
    expect(key).toBeDefined();
    expect(printed).toContain('slug harbour-care-ltd');
    expect(printed).toMatch(/shown once/);

    out.length = 0;
    expect(await keyCreateCommand.run(['--org', 'harbour-care-ltd', '--name', 'bid team', '--format', 'json'], io)).toBe(0);
    const second = JSON.parse(out.join('')) as { key: string; prefix: string; id: string };
    expect(second.key).not.toBe(key);

    out.length = 0;
    expect(await keyListCommand.run(['--org', 'harbour-care-ltd', '--format', 'json'], io)).toBe(0);
    const listed = JSON.parse(out.join('')) as { name: string; prefix: string; revokedAt: string | null }[];
    expect(listed.map((entry) => entry.name)).toEqual(['default', 'bid team']);
    expect(out.join('')).not.toContain(second.key);

    out.length = 0;
    expect(await keyRevokeCommand.run([second.prefix], io)).toBe(0);
    expect(out.join('')).toContain(`Revoked key ${second.prefix}`);

    out.length = 0;
    expect(await orgListCommand.run([], io)).toBe(0);
    expect(out.join('')).toContain('harbour-care-ltd');

    const db = await openDatabase({ dataDir: path.join(dir, 'db') });
    try {
      const rows = await db.prisma.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
      expect(rows.map((row) => row.hash)).toEqual([hashApiKey(key!), hashApiKey(second.key)]);
      expect(rows[1]!.revokedAt).not.toBeNull();
    } finally {
      await db.close();
    }
  });

  it('answers usage errors with exit code 2', async () => {
    expect(await keyCreateCommand.run([], io)).toBe(2);
    expect(await orgCreateCommand.run([], io)).toBe(2);
    expect(await keyRevokeCommand.run([], io)).toBe(2);
    await expect(orgCreateCommand.run(['Harbour Care Ltd'], io)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
