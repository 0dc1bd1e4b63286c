/**
 * Stores a drafted section for the caller's organisation and returns it with its id.
 */
import type { Database } from '../data/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ZSectionSchema, type Section } from '../section/section-schema.js';
import type { StoredSection } from './access-schema.js';

export interface SaveSectionOptions {
  db: Database;
  organisationId: string;
  section: Section;
}

export async function saveSection(options: SaveSectionOptions): Promise<StoredSection> {
  const { id: _draftId, createdAt: _draftCreatedAt, ...section } = ZSectionSchema.parse(options.section);
  const row = await options.db.prisma.section.create({
    data: {
      organisationId: options.organisationId,
      period: section.period.label,
      question: section.question.text,
      content: section as unknown as Prisma.InputJsonValue,
    },
    select: { id: true, createdAt: true },
  });
  return { ...section, id: row.id, createdAt: row.createdAt.toISOString() };
}
