/**
 * The flags of what goes out for a tender, shared by `export`, `draft --out` and `bid`: what the
 * submission holds, the buyer's font, size, margins and page limit, the verification pack and
 * the portal text; and the one place that writes the pack and the portal files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFromIncludes, INCLUDE_NAMES, type ExportContent, type IncludeName } from '../../export/export-content-schema.js';
import { ZExportStyleSchema, type ExportStyle, type ExportStyleInput } from '../../export/export-style-schema.js';
import type { GateReport } from '../../export/gate-schema.js';
import type { PortalOptionsInput } from '../../export/portal-text.js';
import { renderPortalText, renderVerificationPack, type VerificationPackFormat } from '../../export/tender-documents.js';
import type { Section } from '../../section/section-schema.js';
import type { CliIO } from '../command.js';
import type { TextFlag } from '../define-command.js';
import { InputError, positiveWholeFlag, readJsonFile } from '../read-input.js';

export const SUBMISSION_FLAGS = {
  include: {
    type: 'string',
    value: 'LIST',
    description: `what to add to the questions and answers, comma-separated: ${INCLUDE_NAMES.join(', ')}`,
    defaultText: 'nothing: the question once and the answer',
    example: '--include evidence,count',
  },
  style: { type: 'string', value: 'STYLE.json', description: 'fonts, sizes and margins the buyer asks for', defaultText: 'Arial 11 pt, 2.54 cm margins', example: '--style buyer-style.json' },
  font: { type: 'string', value: 'NAME', description: 'the body font (over the style file)', defaultText: 'Arial', example: '--font Calibri' },
  'font-size': { type: 'string', value: 'PT', description: 'the body font size in points', defaultText: '11', example: '--font-size 12' },
  margins: { type: 'string', value: 'CM', description: 'page margins in cm: one value, or top,right,bottom,left', defaultText: '2.54', example: '--margins 2' },
  'page-limit': {
    type: 'string',
    value: 'N',
    description: 'pages of A4 each answer may take; the export fails naming any answer LibreOffice renders longer',
    defaultText: 'no limit',
    example: '--page-limit 1',
  },
  pack: { type: 'string', value: 'FILE.docx|FILE.html', description: 'also write the verification pack for the bid team (never sent to the buyer)', example: '--pack verification.docx' },
  'max-age': { type: 'string', value: 'MONTHS', description: 'flag figures in the pack whose records are older than this', defaultText: '6', example: '--max-age 3' },
  portal: { type: 'string', value: 'DIR', description: 'also write each answer as portal-exact text (one .txt per question) and counts.json', example: '--portal portal/' },
  'portal-line-breaks': { type: 'string', value: 'crlf|newline', description: 'how the portal counts a line break: two characters or one', defaultText: 'crlf (the strictest)', example: '--portal-line-breaks newline' },
  'portal-list-markers': { type: 'string', value: 'count|skip', description: 'whether the portal counts typed list markers as words', defaultText: 'count (the strictest)', example: '--portal-list-markers skip' },
  'portal-margin': { type: 'string', value: 'PERCENT', description: 'keep this share of each limit free in the portal counts', defaultText: '0', example: '--portal-margin 5' },
} as const satisfies Record<string, TextFlag>;

export type SubmissionFlagValues = { [K in keyof typeof SUBMISSION_FLAGS]: string | undefined };

export interface SubmissionChoices {
  content: ExportContent;
  style?: ExportStyle;
  pageLimit?: number;
  pack?: { file: string; format: VerificationPackFormat };
  maxAgeMonths?: number;
  portal?: { dir: string; options: PortalOptionsInput };
}

function numberFlag(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < min || number > max) throw new InputError(`--${flag} must be a number from ${min} to ${max}, got "${value}"`);
  return number;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new InputError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function marginsOf(value: string): ExportStyleInput['marginsCm'] {
  const parts = value.split(',').map((part) => numberFlag('margins', part.trim(), 0, 10));
  if (parts.length === 1) return { top: parts[0]!, right: parts[0]!, bottom: parts[0]!, left: parts[0]! };
  if (parts.length === 4) return { top: parts[0]!, right: parts[1]!, bottom: parts[2]!, left: parts[3]! };
  throw new InputError(`--margins takes one value or four (top,right,bottom,left), got "${value}"`);
}

/** Reads and checks the submission flags; files are read relative to the working directory. */
export async function readSubmissionFlags(io: CliIO, values: SubmissionFlagValues): Promise<SubmissionChoices> {
  const names = (values.include ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) oneOf('include', name, INCLUDE_NAMES);
  const fromFile: ExportStyleInput = values.style ? await readJsonFile(io, values.style, ZExportStyleSchema, 'an export style') : {};
  const styleInput: ExportStyleInput = {
    ...fromFile,
    ...(values.font !== undefined ? { font: values.font } : {}),
    ...(values['font-size'] !== undefined ? { fontSizePt: numberFlag('font-size', values['font-size'], 6, 36) } : {}),
    ...(values.margins !== undefined ? { marginsCm: marginsOf(values.margins) } : {}),
  };
  const styled = values.style !== undefined || values.font !== undefined || values['font-size'] !== undefined || values.margins !== undefined;
  const pageLimit = positiveWholeFlag('page-limit', values['page-limit']);
  const maxAgeMonths = positiveWholeFlag('max-age', values['max-age']);
  let pack: SubmissionChoices['pack'];
  if (values.pack !== undefined) {
    const extension = path.extname(values.pack).toLowerCase();
    const format = extension === '.docx' ? 'docx' : extension === '.html' || extension === '.htm' ? 'html' : undefined;
    if (!format) throw new InputError(`--pack must end in .docx or .html (got "${values.pack}")`);
    pack = { file: values.pack, format };
  }
  const lineBreaks = oneOf('portal-line-breaks', values['portal-line-breaks'], ['crlf', 'newline'] as const);
  const listMarkers = oneOf('portal-list-markers', values['portal-list-markers'], ['count', 'skip'] as const);
  const portalMargin = values['portal-margin'] === undefined ? undefined : numberFlag('portal-margin', values['portal-margin'].replace(/%$/, ''), 0, 50);
  if (values.portal === undefined && (lineBreaks || listMarkers || portalMargin !== undefined)) throw new InputError('--portal-line-breaks, --portal-list-markers and --portal-margin need --portal DIR');
  return {
    content: contentFromIncludes(names as IncludeName[]),
    ...(styled ? { style: ZExportStyleSchema.parse(styleInput) } : {}),
    ...(pageLimit !== undefined ? { pageLimit } : {}),
    ...(pack ? { pack } : {}),
    ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}),
    ...(values.portal !== undefined
      ? {
          portal: {
            dir: values.portal,
            options: { ...(lineBreaks ? { lineBreaks } : {}), ...(listMarkers ? { listMarkers } : {}), ...(portalMargin !== undefined ? { marginPercent: portalMargin } : {}) },
          },
        }
      : {}),
  };
}

export interface WrittenExtras {
  pack?: string;
  portal?: { dir: string; files: string[]; counts: string; ok: boolean };
}

/** Writes the verification pack and the portal files the choices ask for; says what was written. */
export async function writeTenderExtras(
  io: CliIO,
  choices: SubmissionChoices,
  answers: readonly Section[],
  options: { gate?: GateReport; allowUnverified?: string; titleOverrides?: { bidderName?: string; tenderName?: string; lot?: string } } = {},
): Promise<WrittenExtras> {
  const written: WrittenExtras = {};
  if (choices.pack) {
    const { content } = await renderVerificationPack(answers, {
      format: choices.pack.format,
      ...(options.gate ? { gate: options.gate } : {}),
      ...(options.allowUnverified !== undefined ? { allowUnverified: options.allowUnverified } : {}),
      ...(choices.maxAgeMonths !== undefined ? { maxAgeMonths: choices.maxAgeMonths } : {}),
      ...(options.titleOverrides ? { titleOverrides: options.titleOverrides } : {}),
    });
    const target = path.resolve(io.cwd, choices.pack.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    written.pack = choices.pack.file;
  }
  if (choices.portal) {
    const bundle = renderPortalText(answers, choices.portal.options);
    const dir = path.resolve(io.cwd, choices.portal.dir);
    await mkdir(dir, { recursive: true });
    for (const file of bundle.files) await writeFile(path.join(dir, file.name), file.text);
    await writeFile(path.join(dir, 'counts.json'), `${JSON.stringify(bundle.counts, null, 2)}\n`);
    written.portal = { dir: choices.portal.dir, files: bundle.files.map((file) => file.name), counts: 'counts.json', ok: bundle.counts.ok };
  }
  return written;
}
