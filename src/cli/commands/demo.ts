import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../data/import/import-files.js';
import { countRecords } from '../../data/table-counts.js';
import { computeFigures } from '../../evidence/compute-figures.js';
import { latestCompleteQuarter, previousPeriod } from '../../evidence/period.js';
import { formatFiguresTable } from './figures.js';
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
      io.stdout(`Stored for ${report.organisation}:\n${formatTable(['table', 'rows'], Object.entries(counts))}\n`);
      if (report.errorCount > 0) return 1;

      // The latest complete calendar quarter that the records reach into.
      const lastReview = await db.prisma.review.aggregate({ where: { organisation: { slug: report.organisation! } }, _max: { heldOn: true } });
      const lastDay = lastReview._max.heldOn!.toISOString().slice(0, 10);
      let period = latestCompleteQuarter(new Date().toISOString().slice(0, 10));
      while (period.start > lastDay) period = previousPeriod(period);
      const figures = await computeFigures({ db, period, organisation: report.organisation, cases: 2 });
      io.stdout(`Figures for ${period.human}, the latest complete quarter of the records:\n${formatFiguresTable(figures)}\n`);
      return EXIT_OK;
    });
  },
};
