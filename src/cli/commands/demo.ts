import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../data/import/import-files.js';
import { countRecords } from '../../data/table-counts.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';
import { formatImportReport } from './import.js';

export const FIXTURE_PROVIDER_DIR = fileURLToPath(new URL('../../../fixtures/provider/', import.meta.url));

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Run the main job on the embedded database with the fixture provider',
  usage: 'assured demo',
  async run(_argv, io) {
    const names = (await readdir(FIXTURE_PROVIDER_DIR)).filter((name) => /\.(csv|xlsx|json)$/.test(name)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(FIXTURE_PROVIDER_DIR, name)) })));
    return withDatabase(io, async (db) => {
      io.stdout(`Database: ${db.kind} at ${db.location} (migrations applied)\n`);
      const report = await importFiles({ db, files });
      io.stdout(`Import of ${path.relative(io.cwd, FIXTURE_PROVIDER_DIR) || FIXTURE_PROVIDER_DIR}:\n${formatImportReport(report)}\n`);
      const counts = await countRecords(db, report.organisation!);
      io.stdout(`Stored for ${report.organisation}:\n${formatTable(['table', 'rows'], Object.entries(counts))}`);
      return report.errorCount > 0 ? 1 : EXIT_OK;
    });
  },
};
