/**
 * Which organisation an import is for: the one its organisation file describes (created if
 * new), else the one named with `--org` or by the API key, else the only one stored.
 */
import type { Database } from '../database.js';
import { pickOrganisation } from '../pick-organisation.js';
import { AppError } from '../../shared/app-error.js';
import type { ReadImportFile } from './read-import-file.js';
import { ORGANISATION_TYPE, type OrganisationRow } from './record-types/index.js';
import type { ImportOrganisation } from './write-rows.js';

export async function organisationForImport(db: Database, files: readonly ReadImportFile[], requested: string | undefined): Promise<ImportOrganisation> {
  const organisationFiles = files.filter((file) => file.type === 'organisation');
  if (organisationFiles.length > 1) throw new AppError('INVALID_INPUT', `More than one organisation file given (${organisationFiles.map((file) => file.name).join(', ')}); give one.`);
  const organisationFile = organisationFiles[0];
  let row: OrganisationRow | undefined;
  if (organisationFile?.table && organisationFile.report.errors.length === 0) {
    const rows = organisationFile.table.rows;
    if (rows.length !== 1) throw new AppError('INVALID_INPUT', `${organisationFile.name} has ${rows.length} rows; expected exactly one organisation.`);
    row = ORGANISATION_TYPE.parseRow(rows[0]!.cells);
  }
  if (row && requested && requested !== row.slug) {
    throw new AppError('INVALID_INPUT', `--org ${requested} does not match the organisation file ${organisationFile!.name} (slug ${row.slug}).`);
  }
  if (row) {
    const stored = await db.prisma.organisation.findUnique({ where: { slug: row.slug }, select: { id: true } });
    return stored ? { slug: row.slug, id: stored.id, row } : { slug: row.slug, row };
  }
  const picked = await pickOrganisation({
    db,
    ...(requested !== undefined ? { slug: requested } : {}),
    remedy: 'include an organisation.csv in the import (see README "Data formats"), or create it with `assured org create`',
  });
  return { slug: picked.slug, id: picked.id };
}
