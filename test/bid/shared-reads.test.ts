/**
 * A bid reads each record once for all its answers: the answers are the same as when every
 * answer reads for itself, a write is never hidden by an earlier read, and what one caller is
 * given cannot be changed by another.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftBidAnswers } from '../../src/bid/draft-bid-answers.js';
import { readSharingDatabase, shareReads } from '../../src/bid/shared-reads.js';
import type { Database } from '../../src/data/database.js';
import type { TenderQuestion } from '../../src/drafting/tender-pack/tender-pack-schema.js';
import { openFixtureDatabase } from '../drafting/support/fixture-provider.js';

interface BankQuestion {
  number: string;
  question: string;
  limit: { kind: 'words' | 'characters'; value: number };
}

const bank = JSON.parse(readFileSync(new URL('../../fixtures/questions/bank.json', import.meta.url), 'utf8')) as BankQuestion[];

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

async function organisationName(database: Database): Promise<string> {
  const organisation = await database.prisma.organisation.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  return organisation.name;
}

async function renameOrganisation(database: Database, name: string): Promise<void> {
  const { id } = await database.prisma.organisation.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  await database.prisma.organisation.update({ where: { id }, data: { name } });
}

describe('draftBidAnswers with shared reads', () => {
  it('drafts the same answers as when each answer reads the records for itself', async () => {
    // Ten questions of the bank, a "last 12 months" one among them, as a bid drafts them.
    const twelveMonths = bank.find((entry) => /12 months/i.test(entry.question));
    const chosen = [...bank.slice(0, 10), ...(twelveMonths && !bank.slice(0, 10).includes(twelveMonths) ? [twelveMonths] : [])];
    const questions: TenderQuestion[] = chosen.map((entry) => ({ number: entry.number, text: entry.question, limit: entry.limit }) as TenderQuestion);
    const options = { db, period: '2026-Q2', questions, tender: { name: 'shared reads test' } };
    const shared = await draftBidAnswers(options);
    const separate = await draftBidAnswers({ ...options, shareReads: false });
    expect(shared).toHaveLength(questions.length);
    expect(shared).toEqual(separate);
  }, 120_000);
});

describe('readSharingDatabase', () => {
  it('is one object per database, so caches keyed by the database keep their entries', () => {
    expect(readSharingDatabase(db)).toBe(readSharingDatabase(db));
    expect(readSharingDatabase(db)).not.toBe(db);
  });

  it('answers a repeated read from memory inside shareReads, and from the database outside it', async () => {
    const sharing = readSharingDatabase(db);
    const original = await organisationName(db);
    try {
      await shareReads(async () => {
        expect(await organisationName(sharing)).toBe(original);
        // Changed behind the sharing database's back: the bid keeps what it read.
        await renameOrganisation(db, 'Renamed elsewhere');
        expect(await organisationName(sharing)).toBe(original);
      });
      expect(await organisationName(sharing)).toBe('Renamed elsewhere');
    } finally {
      await renameOrganisation(db, original);
    }
  });

  it('forgets what it read when the bid writes, so a read after a write sees it', async () => {
    const sharing = readSharingDatabase(db);
    const original = await organisationName(db);
    try {
      await shareReads(async () => {
        expect(await organisationName(sharing)).toBe(original);
        await renameOrganisation(sharing, 'Renamed by the bid');
        expect(await organisationName(sharing)).toBe('Renamed by the bid');
      });
    } finally {
      await renameOrganisation(db, original);
    }
  });

  it('shares raw reads too, keyed by their parameters', async () => {
    const sharing = readSharingDatabase(db);
    await shareReads(async () => {
      const first = await sharing.prisma.$queryRawUnsafe<{ value: number }[]>('SELECT $1::int AS value', 1);
      const second = await sharing.prisma.$queryRawUnsafe<{ value: number }[]>('SELECT $1::int AS value', 2);
      expect([first[0]!.value, second[0]!.value]).toEqual([1, 2]);
    });
  });

  it('gives each caller its own copy of the rows', async () => {
    const sharing = readSharingDatabase(db);
    await shareReads(async () => {
      const first = await sharing.prisma.importBatch.findMany({ orderBy: { fileName: 'asc' } });
      const fileName = first[0]!.fileName;
      const imported = first[0]!.importedAt.getTime();
      first[0]!.fileName = 'changed by the first caller';
      first[0]!.importedAt.setTime(0);
      first.pop();
      const second = await sharing.prisma.importBatch.findMany({ orderBy: { fileName: 'asc' } });
      expect(second).toHaveLength(first.length + 1);
      expect(second[0]!.fileName).toBe(fileName);
      expect(second[0]!.importedAt.getTime()).toBe(imported);
    });
  });

  it('keeps the memory of two bids running at once apart', async () => {
    const sharing = readSharingDatabase(db);
    const original = await organisationName(db);
    try {
      let renamed!: () => void;
      let readOnce!: () => void;
      const afterRename = new Promise<void>((resolve) => (renamed = resolve));
      const afterFirstRead = new Promise<void>((resolve) => (readOnce = resolve));
      const early = shareReads(async () => {
        const before = await organisationName(sharing);
        readOnce();
        await afterRename;
        return [before, await organisationName(sharing)];
      });
      await afterFirstRead;
      await renameOrganisation(db, 'Renamed between bids');
      const late = await shareReads(() => organisationName(sharing));
      renamed();
      expect(await early).toEqual([original, original]);
      expect(late).toBe('Renamed between bids');
    } finally {
      await renameOrganisation(db, original);
    }
  });
});
