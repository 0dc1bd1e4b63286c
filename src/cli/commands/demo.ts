import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../data/import/import-files.js';
import { countRecords } from '../../data/table-counts.js';
import { computeFigures } from '../../evidence/compute-figures.js';
import { latestCompleteQuarter, previousPeriod } from '../../evidence/period.js';
import { draftSection } from '../../drafting/draft-section.js';
import { reviewResponse } from '../../drafting/review-response.js';
import { exportSections } from '../../export/export-sections.js';
import { formatSectionText } from './draft.js';
import { formatFiguresTable } from './figures.js';
import { EXIT_OK } from '../command.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';
import { formatImportReport } from './import.js';

const DEMO_QUESTION = 'How do you involve people, their families and independent advocates in person-centred planning, and how do you know it works?';

export const FIXTURE_PROVIDER_DIR = fileURLToPath(new URL('../../../fixtures/provider/', import.meta.url));

/** The synthetic provider's files, ready for importFiles (used by `demo` and `serve --demo`). */
export async function readFixtureProvider(): Promise<{ name: string; content: Buffer }[]> {
  const names = (await readdir(FIXTURE_PROVIDER_DIR)).filter((name) => /\.(csv|xlsx|json)$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(FIXTURE_PROVIDER_DIR, name)) })));
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Run the main job on the embedded database with the fixture provider',
  usage: 'assured demo',
  flags: {},
  examples: ['assured demo', 'ASSURED_DATA_DIR=/tmp/assured-demo assured demo'],
  notes: ['Imports the synthetic provider in fixtures/provider, prints its figures and a drafted answer, and writes out/involvement-section.docx.'],
  async run(_input, io) {
    const files = await readFixtureProvider();
    return withDatabase(io, async (db) => {
      io.stdout(`Database: ${db.kind} at ${db.location} (migrations applied)\n`);
      const report = await importFiles({ db, files });
      io.stdout(`Import of ${path.relative(io.cwd, FIXTURE_PROVIDER_DIR) || FIXTURE_PROVIDER_DIR}:\n${formatImportReport(report, io.columns)}\n`);
      const counts = await countRecords(db, report.organisation!);
      io.stdout(`Stored for ${report.organisation}:\n${formatTable(['table', 'rows'], Object.entries(counts), io.columns)}\n`);
      if (report.errorCount > 0) return 1;

      // The latest complete calendar quarter that the records reach into.
      const lastReview = await db.prisma.review.aggregate({ where: { organisation: { slug: report.organisation! } }, _max: { heldOn: true } });
      const lastDay = lastReview._max.heldOn!.toISOString().slice(0, 10);
      let period = latestCompleteQuarter(new Date().toISOString().slice(0, 10));
      while (period.start > lastDay) period = previousPeriod(period);
      const figures = await computeFigures({ db, period, ...(report.organisation !== undefined ? { organisation: report.organisation } : {}), cases: 2 });
      io.stdout(`Figures for ${period.human}, the latest complete quarter of the records:\n${formatFiguresTable(figures, io.columns)}\n`);

      const section = await draftSection({
        db,
        period: period.label,
        ...(report.organisation !== undefined ? { organisation: report.organisation } : {}),
        question: { number: '4.2', text: DEMO_QUESTION },
        limit: { kind: 'words', value: 250 },
        drafter: 'template',
      });
      const review = await reviewResponse({ text: section.responseText, pack: section.pack, ...(section.limit ? { limit: section.limit } : {}) });
      io.stdout(`Assured Involvement Paragraph for question 4.2 ("${DEMO_QUESTION}"):\n\n${formatSectionText(section, review.findings, review.count)}\n`);

      const { content } = await exportSections({ sections: [section], format: 'docx' });
      const target = path.resolve(io.cwd, 'out', 'involvement-section.docx');
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
      io.stdout(`Word document (validated; the question and the answer, ready to submit): ${path.relative(io.cwd, target)}`);
      return review.findings.length > 0 ? 1 : EXIT_OK;
    });
  },
});
