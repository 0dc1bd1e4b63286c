/**
 * The stored rows that an import's references name, looked up once before validation: the
 * validate step asks whether a reference is known, and the write step turns it into the
 * stored row's id. Imports never delete rows, so an id found here stays valid for the write.
 */
import type { Prisma } from '../../generated/prisma/client.js';
import type { ReadImportFile } from './read-import-file.js';
import { ID_RECORD_TYPES, RECORD_TYPES, REFERENCED_TYPE_NAMES, type ReferencedTypeName } from './record-types/index.js';

/** Provider reference → stored id, per referenced type. */
export type StoredIds = Record<ReferencedTypeName, Map<string, string>>;

const LOOKUP_CHUNK = 5_000;

export function emptyStoredIds(): StoredIds {
  return { services: new Map(), people: new Map(), reviews: new Map() };
}

/** The references each file's rows make, per referenced type (cell text as read). */
function referencesIn(files: readonly ReadImportFile[]): Record<ReferencedTypeName, Set<string>> {
  const wanted: Record<ReferencedTypeName, Set<string>> = { services: new Set(), people: new Set(), reviews: new Set() };
  for (const file of files) {
    if (!file.type || !file.table) continue;
    for (const reference of RECORD_TYPES[file.type].references) {
      for (const row of file.table.rows) {
        const value = row.cells[reference.column];
        if (value) wanted[reference.type].add(value);
      }
    }
  }
  return wanted;
}

export async function findStoredIds(client: Prisma.TransactionClient, organisationId: string | undefined, files: readonly ReadImportFile[]): Promise<StoredIds> {
  const found = emptyStoredIds();
  if (!organisationId) return found;
  const wanted = referencesIn(files);
  for (const type of REFERENCED_TYPE_NAMES) {
    const table = ID_RECORD_TYPES[type].openTable(client);
    const list = [...wanted[type]];
    for (let start = 0; start < list.length; start += LOOKUP_CHUNK) {
      for (const row of await table.findByRefs(organisationId, list.slice(start, start + LOOKUP_CHUNK))) found[type].set(row.ref, row.id);
    }
  }
  return found;
}
