import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ZSectionSchema, type Section } from '../../section/section-schema.js';
import type { CountKind } from '../../section/count-response.js';
import { exportSections, type ExportFormat } from '../../export/export-sections.js';
import type { GateFinding, GateReport } from '../../export/gate-schema.js';
import { isAppError } from '../../shared/app-error.js';
import { EXIT_FINDINGS, EXIT_OK } from '../command.js';
import { TEXT_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError, readJsonFile } from '../read-input.js';
import { staleFigures } from '../../evidence/figure-freshness.js';
import { formatLongDate } from '../../evidence/calendar/iso-date.js';
import { readSubmissionFlags, SUBMISSION_FLAGS, writeTenderExtras } from './export-flags.js';

const COUNT_KINDS: readonly CountKind[] = ['words', 'characters', 'characters-no-spaces'];
const FORMAT_BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md' };


/** "Question 4.2 rests on records as of 24 June 2026 (Reviews with family input), older than 6 months." */
export function formatStaleWarnings(sections: readonly Section[], maxAgeMonths: number | undefined, now = new Date()): string[] {
  return sections.flatMap((section, index) => {
    const cited = new Set(section.validation.claims.flatMap((claim) => (claim.figureId ? [claim.figureId] : [])));
    const stale = staleFigures(section.pack.figures.filter((figure) => cited.has(figure.id)), { now, ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}) });
    if (stale.length === 0) return [];
    const label = `Question ${section.question.number ?? index + 1}`;
    return [`${label} rests on records older than ${maxAgeMonths ?? 6} months: ${stale.map((figure) => `${figure.label} as of ${formatLongDate(figure.asOf)}`).join('; ')}`];
  });
}

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

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write checked sections as the submission document (Word or Markdown), with the verification pack and portal text when asked',
  usage:
    'assured export SECTION.json... --out FILE.docx|FILE.md [--include LIST] [--style STYLE.json] [--font NAME] [--font-size PT] [--margins CM] [--page-limit N] ' +
    '[--pack FILE.docx|FILE.html] [--portal DIR] [--allow-unverified REASON] [--count words|characters|characters-no-spaces] [--bidder NAME] [--tender NAME] [--lot LOT] [--format text|json]',
  arguments: [{ name: 'SECTION.json', description: 'sections written by draft --out FILE.json, in the order they appear', variadic: true }],
  flags: {
    out: { type: 'string', value: 'FILE', short: 'o', description: 'the document to write: .docx (Word) or .md (required)', example: '--out bid.docx' },
    ...SUBMISSION_FLAGS,
    'allow-unverified': { type: 'string', value: 'REASON', description: 'export despite blocking findings; the reason and the findings go in an appendix', example: '--allow-unverified "Q2 survey figures confirmed by phone"' },
    count: { type: 'string', value: 'KIND', description: "how lengths are counted: words, characters or characters-no-spaces", defaultText: "each section's own limit", example: '--count characters-no-spaces' },
    bidder: { type: 'string', value: 'NAME', description: "the bidder's name on the title", defaultText: "the organisation's bidder name", example: '--bidder "Harbour Care"' },
    tender: { type: 'string', value: 'NAME', description: "the tender's name on the title", defaultText: "from the sections", example: '--tender "Supported living framework 2026"' },
    lot: { type: 'string', value: 'LOT', description: 'the lot on the title', defaultText: 'from the sections', example: '--lot "Lot 5"' },
    format: TEXT_FORMAT_FLAG,
  },
  examples: [
    'assured export q4-2.json q4-3.json --out bid.docx --page-limit 1 --pack verification.docx --portal portal/',
    'assured export q4-2.json --out bid.md --count characters-no-spaces --format json',
    'assured export q4-2.json --out working-copy.docx --include all',
  ],
  notes: [
    'The document holds each question once and its answer, each on its own page, in the order given; --include adds the title block, count lines, evidence table or footnotes.',
    'Exit codes: 0 written, 1 blocked by findings or over the page limit (nothing written) or a portal answer over its limit less the margin (files written, see counts.json), 2 usage or input error.',
  ],
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new InputError('give at least one section file');
    if (!values.out) throw new InputError('--out FILE.docx or --out FILE.md is required');
    const format = FORMAT_BY_EXTENSION[path.extname(values.out).toLowerCase()];
    if (!format) throw new InputError(`--out must end in .docx or .md (got "${values.out}")`);
    if (values.count !== undefined && !COUNT_KINDS.includes(values.count as CountKind)) {
      throw new InputError(`--count must be one of ${COUNT_KINDS.join(', ')} (got "${values.count}")`);
    }
    if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be text or json (got "${values.format}")`);
    if (values['allow-unverified'] !== undefined && !values['allow-unverified'].trim()) {
      throw new InputError('--allow-unverified needs a reason, e.g. --allow-unverified "Q2 survey figures confirmed by phone"');
    }

    const choices = await readSubmissionFlags(io, values);
    const sections: Section[] = [];
    for (const file of positionals) sections.push(await readJsonFile(io, file, ZSectionSchema, 'a section as written by draft --out FILE.json'));

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
        content: choices.content,
        ...(choices.style ? { style: choices.style } : {}),
        ...(choices.pageLimit !== undefined ? { pageLimit: choices.pageLimit } : {}),
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
      if (isAppError(error) && error.code === 'PAGE_LIMIT_EXCEEDED') {
        if (values.format === 'json') io.stdout(JSON.stringify({ written: null, pages: error.details }, null, 2));
        io.stderr(`assured export: ${error.message} Nothing was written.`);
        return EXIT_FINDINGS;
      }
      throw error;
    }

    const target = path.resolve(io.cwd, values.out);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, result.content);
    const extras = await writeTenderExtras(io, choices, sections, {
      gate: result.gate,
      ...(values['allow-unverified'] !== undefined ? { allowUnverified: values['allow-unverified'] } : {}),
      ...(Object.keys(titleOverrides).length > 0 ? { titleOverrides } : {}),
    });
    for (const warning of formatStaleWarnings(sections, choices.maxAgeMonths)) io.stderr(`assured export: ${warning}`);
    if (extras.portal && !extras.portal.ok) {
      io.stderr(`assured export: a portal answer is over its limit less the margin in the portal's count; see ${path.join(extras.portal.dir, extras.portal.counts)}`);
    }
    const exit = extras.portal && !extras.portal.ok ? EXIT_FINDINGS : EXIT_OK;
    if (values.format === 'json') {
      io.stdout(JSON.stringify({ written: values.out, ...extras, ...(result.pages ? { pages: result.pages } : {}), figureIds: result.figureIds, gate: result.gate }, null, 2));
    } else {
      io.stdout([values.out, ...(extras.pack ? [extras.pack] : []), ...(extras.portal ? extras.portal.files.map((file) => path.join(extras.portal!.dir, file)) : [])].join('\n'));
      const unverified = result.gate.findings.filter((finding) => finding.blocking).length;
      if (unverified > 0) {
        io.stderr(`assured export: ${unverified} unverified finding${unverified === 1 ? '' : 's'} exported; listed in the document's appendix`);
      }
    }
    return exit;
  },
});
