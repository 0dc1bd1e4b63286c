import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZSectionSchema, type Section } from '../../section/section-schema.js';
import type { CountKind } from '../../section/count-response.js';
import { exportSections, type ExportFormat } from '../../export/export-sections.js';
import { ZExportStyleSchema, type ExportStyle } from '../../export/export-style-schema.js';
import type { GateFinding, GateReport } from '../../export/gate-schema.js';
import { AppError, isAppError } from '../../shared/app-error.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { readJsonFile } from '../read-input.js';

const COUNT_KINDS: readonly CountKind[] = ['words', 'characters', 'characters-no-spaces'];
const FORMAT_BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md' };


/** Linter-style lines: "a.json  Question 4.2  5:46  mismatch  … [figure-id]". */
export function formatGateFindings(report: GateReport, files: readonly string[], onlyBlocking: boolean): string {
  const shown = report.findings.filter((finding) => finding.blocking || !onlyBlocking);
  const place = (finding: GateFinding): string => `${files[finding.section] ?? ''}  ${finding.question}  ${finding.line}:${finding.column}`;
  const kind = (finding: GateFinding): string => finding.status ?? (finding.source === 'limit' ? 'over-limit' : finding.severity);
  const placeWidth = Math.max(0, ...shown.map((finding) => place(finding).length));
  const kindWidth = Math.max(0, ...shown.map((finding) => kind(finding).length));
  return shown
    .map((finding) => {
      const reference = finding.figureId ?? finding.standardId;
      return `${place(finding).padEnd(placeWidth)}  ${kind(finding).padEnd(kindWidth)}  ${finding.message}${reference ? ` [${reference}]` : ''}`;
    })
    .join('\n');
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write checked sections as a tender-ready Word document or Markdown',
  usage:
    'assured export SECTION.json... --out FILE.docx|FILE.md [--style STYLE.json] [--allow-unverified REASON] ' +
    '[--count words|characters|characters-no-spaces] [--bidder NAME] [--tender NAME] [--lot LOT] [--format text|json]',
  async run(argv, io) {
    const usageError = (problem: string): number => {
      io.stderr(`assured export: ${problem}\nusage: ${this.usage}`);
      return EXIT_USAGE;
    };
    let values: {
      out?: string;
      style?: string;
      'allow-unverified'?: string;
      count?: string;
      bidder?: string;
      tender?: string;
      lot?: string;
      format?: string;
    };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          style: { type: 'string' },
          'allow-unverified': { type: 'string' },
          count: { type: 'string' },
          bidder: { type: 'string' },
          tender: { type: 'string' },
          lot: { type: 'string' },
          format: { type: 'string', default: 'text' },
        },
      }));
    } catch (error) {
      return usageError((error as Error).message);
    }
    if (positionals.length === 0) return usageError('give at least one section file');
    if (!values.out) return usageError('--out FILE.docx or --out FILE.md is required');
    const format = FORMAT_BY_EXTENSION[path.extname(values.out).toLowerCase()];
    if (!format) return usageError(`--out must end in .docx or .md (got "${values.out}")`);
    if (values.count !== undefined && !COUNT_KINDS.includes(values.count as CountKind)) {
      return usageError(`--count must be one of ${COUNT_KINDS.join(', ')} (got "${values.count}")`);
    }
    if (values.format !== 'text' && values.format !== 'json') return usageError(`--format must be text or json (got "${values.format}")`);
    if (values['allow-unverified'] !== undefined && !values['allow-unverified'].trim()) {
      return usageError('--allow-unverified needs a reason, e.g. --allow-unverified "Q2 survey figures confirmed by phone"');
    }

    let sections: Section[];
    let style: ExportStyle | undefined;
    try {
      sections = [];
      for (const file of positionals) sections.push(await readJsonFile(io, file, ZSectionSchema, 'a section as written by draft --out FILE.json'));
      if (values.style) style = await readJsonFile(io, values.style, ZExportStyleSchema, 'an export style');
    } catch (error) {
      if (isAppError(error)) {
        io.stderr(`assured export: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const titleOverrides = {
      ...(values.bidder ? { bidderName: values.bidder } : {}),
      ...(values.tender ? { tenderName: values.tender } : {}),
      ...(values.lot ? { lot: values.lot } : {}),
    };
    let result: Awaited<ReturnType<typeof exportSections>>;
    try {
      result = await exportSections({
        sections,
        format,
        ...(style ? { style } : {}),
        ...(values['allow-unverified'] !== undefined ? { allowUnverified: values['allow-unverified'] } : {}),
        ...(values.count ? { countKind: values.count as CountKind } : {}),
        ...(Object.keys(titleOverrides).length > 0 ? { titleOverrides } : {}),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'EXPORT_BLOCKED') {
        const gate = error.details as GateReport;
        if (values.format === 'json') io.stdout(JSON.stringify({ written: null, gate }, null, 2));
        else io.stdout(formatGateFindings(gate, positionals, true));
        const blocking = gate.findings.filter((finding) => finding.blocking).length;
        io.stderr(
          `assured export: blocked by ${blocking} finding${blocking === 1 ? '' : 's'}; nothing was written. ` +
            'Fix them, or export anyway with --allow-unverified "REASON" (recorded in an appendix).',
        );
        return EXIT_FINDINGS;
      }
      throw error;
    }

    const target = path.resolve(io.cwd, values.out);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, result.content);
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ written: values.out, figureIds: result.figureIds, gate: result.gate }, null, 2));
    } else {
      io.stdout(values.out);
      const unverified = result.gate.findings.filter((finding) => finding.blocking).length;
      if (unverified > 0) {
        io.stderr(`assured export: ${unverified} unverified finding${unverified === 1 ? '' : 's'} exported; listed in the document's appendix`);
      }
    }
    return EXIT_OK;
  },
};
