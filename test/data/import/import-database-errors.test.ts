import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importDatabaseError } from '../../../src/data/import/import-database-errors.js';
import { AppError } from '../../../src/shared/app-error.js';
import { openTestDatabase } from '../../support/test-database.js';

/** Real errors from a real database, so the mapping is tested against what Prisma actually throws. */
async function failureOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse');
}

describe('importDatabaseError', () => {
  let db: Database;
  let organisationId: string;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    organisationId = (await db.prisma.organisation.create({ data: { slug: 'acme-care', name: 'Acme Care Ltd' } })).id;
  });
  afterAll(async () => {
    await db.close();
  });

  const batch = (sha256: string) => ({ organisationId, fileName: 'reviews.csv', sha256, recordType: 'reviews', rowCount: 1 });

  it('makes a unique violation a conflict with a plain message, keeping the cause', async () => {
    await db.prisma.importBatch.create({ data: batch('a'.repeat(64)) });
    const cause = await failureOf(() => db.prisma.importBatch.create({ data: batch('a'.repeat(64)) }));
    const error = importDatabaseError(cause, 'acme-care');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('The import for acme-care was not applied: another import wrote the same rows at the same time. Nothing from this import was written; send it again.');
    expect(error.cause).toBe(cause);
  });

  it('makes a missing referenced row a conflict', async () => {
    const cause = await failureOf(() => db.prisma.importBatch.create({ data: { ...batch('b'.repeat(64)), organisationId: '00000000-0000-4000-8000-000000000000' } }));
    expect(importDatabaseError(cause, 'acme-care').code).toBe('CONFLICT');
  });

  it('makes any other database failure a coded error whose message has no stack or query', async () => {
    const cause = await failureOf(() => db.prisma.$executeRawUnsafe('SELECT * FROM no_such_table'));
    const error = importDatabaseError(cause, 'acme-care');
    expect(error).toBeInstanceOf(AppError);
    expect(['DATABASE', 'INVALID_INPUT']).toContain(error.code);
    expect(error.message).toMatch(/^The import for acme-care was not applied: the database /);
    expect(error.message).not.toMatch(/\n|\bat .*:\d+:\d+|invocation/);
  });

  it('says an import that outran its transaction took too long, not that another import is running', async () => {
    const cause = await failureOf(() =>
      db.prisma.$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.$executeRawUnsafe('SELECT 1');
        },
        { timeout: 100 },
      ),
    );
    const error = importDatabaseError(cause, 'acme-care');
    expect(error.code).toBe('DATABASE');
    expect(error.message).toMatch(/^The import for acme-care was not applied: writing it took longer than the [\d.]+ (minutes?|seconds?) one import may take\b/);
    expect(error.message).toContain('Nothing from this import was written');
    expect(error.message).not.toContain('another import');
  });

  it('passes a coded error through unchanged', () => {
    const original = new AppError('NOT_FOUND', 'No organisation "x".');
    expect(importDatabaseError(original, 'x')).toBe(original);
  });
});
