/** `assured user invite|list`: a one-time link printed once, usable by the page's accept-invite route. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../src/access/accept-invite.js';
import type { CliIO } from '../../src/cli/command.js';
import { orgCreateCommand } from '../../src/cli/commands/org.js';
import { userInviteCommand, userListCommand } from '../../src/cli/commands/user.js';
import { openDatabase } from '../../src/data/database.js';

describe('user commands', () => {
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  let io: CliIO;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assured-users-'));
    io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env: { ASSURED_DATA_DIR: path.join(dir, 'db') } };
    expect(await orgCreateCommand.run(['Harbour', 'Care', '--slug', 'harbour'], io)).toBe(0);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints a one-time link with its expiry, which signs the person in once', async () => {
    out.length = 0;
    expect(await userInviteCommand.run(['--org', 'harbour', '--email', 'Ann@Harbour.example', '--role', 'admin', '--base-url', 'https://bids.harbour.example/ignored'], io)).toBe(0);
    const printed = out.join('\n');
    const link = /https:\/\/bids\.harbour\.example\/accept-invite#([A-Za-z0-9_-]{43})/.exec(printed);
    expect(link, printed).not.toBeNull();
    expect(printed).toMatch(/works once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    const db = await openDatabase({ dataDir: path.join(dir, 'db') });
    try {
      const session = await acceptInvite({ db, token: link![1]!, name: 'Ann', password: 'a long enough passphrase' });
      expect(session.user).toMatchObject({ email: 'ann@harbour.example', role: 'admin', organisation: 'harbour' });
    } finally {
      await db.close();
    }
    out.length = 0;
    expect(await userListCommand.run(['--org', 'harbour', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.join('')).users.map((user: { email: string }) => user.email)).toEqual(['ann@harbour.example']);
  });

  it('refuses an unknown role and a missing email with exit code 2, and an unknown organisation as NOT_FOUND', async () => {
    expect(await userInviteCommand.run(['--org', 'harbour', '--email', 'bob@harbour.example', '--role', 'owner'], io)).toBe(2);
    expect(await userInviteCommand.run(['--org', 'harbour', '--role', 'writer'], io)).toBe(2);
    // Domain errors leave through the CLI's one error reporter (exit code 2).
    await expect(userInviteCommand.run(['--org', 'nowhere', '--email', 'bob@harbour.example', '--role', 'writer'], io)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(err.join('\n')).toMatch(/--role must be one of admin, writer, reviewer/);
  });
});
