/**
 * The verification pack as Word (landscape A4, for printing and signing) and as one
 * self-contained HTML page. Both are written from one list of blocks, so they say the same.
 */
import {
  Document,
  HeadingLevel,
  HeightRule,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatLongDate } from '../evidence/calendar/iso-date.js';
import { plainQuotes } from './reader-wording.js';
import type { PackAnswer, PackClaim, VerificationPackModel } from './verification-pack.js';

type PackBlock =
  | { kind: 'title' | 'subheading' | 'paragraph' | 'note'; text: string }
  /** `newPage`: printed from the top of a page (each answer). */
  | { kind: 'heading'; text: string; newPage?: boolean }
  /** `flagged` rows are shaded for attention; `tall` rows leave room to sign by hand. */
  | { kind: 'table'; headers: string[]; rows: string[][]; shares: number[]; flagged?: boolean[]; tall?: boolean };

const CLAIM_HEADERS = ['#', 'Claim as written', 'Status', 'Rests on', 'How it is counted', 'Counts', 'Period and place', 'As of', 'Batches'];
const CLAIM_SHARES = [0.03, 0.14, 0.13, 0.15, 0.13, 0.16, 0.11, 0.07, 0.08];

function day(iso: string): string {
  return formatLongDate(iso.slice(0, 10));
}

/**
 * A verified claim's message restates what the next columns say (figure, counts, period and
 * place), so only a claim that needs attention carries it: the table stays short enough to
 * check line by line.
 */
function statusCell(claim: PackClaim): string {
  if (claim.verified && claim.messageRestates) return `Verified: ${claim.status}.`;
  return `${claim.verified ? 'Verified' : 'NOT VERIFIED'}: ${claim.status}. ${plainQuotes(claim.message)}`;
}

function claimRow(claim: PackClaim, answer: PackAnswer): string[] {
  const kind = claim.kind === 'practice' ? 'practice' : 'number';
  return [
    String(claim.number),
    `"${claim.text}" (${kind}; ${claim.where})`,
    statusCell(claim),
    claim.restsOn,
    claim.counting,
    claim.counts,
    // The answer's own place is stated once above its table; a row names a place only when it differs.
    claim.place === answer.place ? claim.period : `${claim.period}; ${claim.place}`,
    claim.asOf ? `${day(claim.asOf)}${claim.stale ? ' (older than allowed)' : ''}` : '—',
    claim.batches.join(', ') || '—',
  ];
}

function answerBlocks(answer: PackAnswer, model: VerificationPackModel): PackBlock[] {
  const blocks: PackBlock[] = [
    { kind: 'heading', text: `${answer.label}: ${answer.question}`, newPage: true },
    { kind: 'paragraph', text: `Period: ${answer.period}. Place: ${answer.place}. ${answer.countLine}.` },
  ];
  if (answer.claims.length === 0) blocks.push({ kind: 'paragraph', text: 'The answer makes no claims the validator reads (no numbers, no practice statements).' });
  else blocks.push({ kind: 'table', headers: CLAIM_HEADERS, rows: answer.claims.map((claim) => claimRow(claim, answer)), shares: CLAIM_SHARES, flagged: answer.claims.map((claim) => !claim.verified || claim.stale) });
  if (answer.stale.length > 0) {
    blocks.push({
      kind: 'note',
      text: `Records older than ${model.maxAgeMonths} months (before ${day(model.staleBefore)}): ${answer.stale.map((item) => `${item.label}, as of ${day(item.asOf)}`).join('; ')}. Re-import newer records or say how old they are.`,
    });
  }
  blocks.push({ kind: 'subheading', text: 'Findings exported anyway' });
  if (answer.findings.length === 0) blocks.push({ kind: 'paragraph', text: 'None: every claim is verified and the answer is within its limit.' });
  else {
    blocks.push({
      kind: 'table',
      headers: ['Where', 'Finding', 'Detail', 'Allowed because'],
      rows: answer.findings.map((finding) => [finding.where, finding.status, plainQuotes(finding.message), finding.allowedBecause ?? 'NOT ALLOWED: blocks the export']),
      shares: [0.12, 0.12, 0.46, 0.3],
      flagged: answer.findings.map((finding) => finding.allowedBecause === undefined),
    });
  }
  return blocks;
}

export function verificationPackBlocks(model: VerificationPackModel): PackBlock[] {
  const { totals } = model;
  const heading = [model.bidderName, model.tenderName, model.lot].filter(Boolean).join(' · ');
  return [
    { kind: 'title', text: model.title },
    { kind: 'paragraph', text: `${heading}. Generated ${day(model.generatedAt)}. For the bid team only: never send this pack to the buyer.` },
    {
      kind: 'paragraph',
      text: `${model.answers.length} answer${model.answers.length === 1 ? '' : 's'}, ${totals.claims} claims: ${totals.verified} verified, ${totals.unverified} not verified, ${totals.stale} resting on records older than ${model.maxAgeMonths} months, ${totals.findings} findings exported anyway.`,
    },
    ...model.answers.flatMap((answer) => answerBlocks(answer, model)),
    { kind: 'heading', text: 'Import batches', newPage: true },
    model.batches.length === 0
      ? { kind: 'paragraph', text: 'No import batches are recorded behind these claims.' }
      : {
          kind: 'table',
          headers: ['Batch', 'File', 'SHA-256', 'Imported at', 'Rows', 'Latest record'],
          rows: model.batches.map((batch) => [batch.ref, batch.file, batch.sha256, batch.importedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'), batch.rows, batch.latestRecordOn ? day(batch.latestRecordOn) : '—']),
          shares: [0.05, 0.15, 0.46, 0.13, 0.09, 0.12],
        },
    { kind: 'heading', text: 'Sign-off' },
    { kind: 'paragraph', text: 'Each person signs that they checked every claim above against the records named.' },
    { kind: 'table', headers: ['Checked by', 'Role', 'Date', 'Signature'], rows: model.signOffRoles.map((role) => ['', role, '', '']), shares: [0.3, 0.3, 0.15, 0.25], tall: true },
  ];
}

/* ---------- HTML ---------- */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);

const HTML_STYLE = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; margin: 2em; color: #111; }
h1 { font-size: 18pt; color: #1F3864; } h2 { font-size: 13pt; color: #1F3864; margin-top: 2em; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; font-size: 9pt; }
th { background: #D9E2F3; } tr.flag td { background: #FDECEA; } p.note { background: #FFF4CE; padding: 6px; }
tr.tall td { height: 2.5em; }
@media print { @page { size: A4 landscape; margin: 1.5cm; } h2.new-page { break-before: page; } }
`;

function htmlBlock(block: PackBlock): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h2${block.newPage ? ' class="new-page"' : ''}>${escapeHtml(block.text)}</h2>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'note':
      return `<p class="note">${escapeHtml(block.text)}</p>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table': {
      const cols = block.shares.map((share) => `<col style="width:${(share * 100).toFixed(1)}%">`).join('');
      const head = `<tr>${block.headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr>`;
      const rowClass = (index: number): string => [block.flagged?.[index] ? 'flag' : '', block.tall ? 'tall' : ''].filter(Boolean).join(' ');
      const rows = block.rows.map((row, index) => `<tr${rowClass(index) ? ` class="${rowClass(index)}"` : ''}>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<table><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>\n${rows}\n</tbody></table>`;
    }
  }
}

export function renderVerificationPackHtml(model: VerificationPackModel): string {
  const body = verificationPackBlocks(model).map(htmlBlock).join('\n');
  return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(model.title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/* ---------- Word ---------- */

/** A4 landscape in twentieths of a point, 1.5 cm margins. */
const PAGE = { width: 16838, height: 11906, margin: 850 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FLAG_FILL = 'FDECEA';
const HEADER_FILL = 'D9E2F3';
/** About 1.2 cm: room for a handwritten name and signature. */
const SIGNING_ROW_TWIPS = 680;

function docxTable(block: Extract<PackBlock, { kind: 'table' }>): Table {
  const widths = block.shares.map((share) => Math.round(share * TEXT_WIDTH));
  const row = (cells: readonly string[], header: boolean, flagged: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      ...(block.tall && !header ? { height: { value: SIGNING_ROW_TWIPS, rule: HeightRule.ATLEAST } } : {}),
      children: cells.map(
        (cell, column) =>
          new TableCell({
            width: { size: widths[column] ?? 0, type: WidthType.DXA },
            ...(header || flagged ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: header ? HEADER_FILL : FLAG_FILL } } : {}),
            children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: cell, size: 16, ...(header ? { bold: true } : {}) })] })],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    rows: [row(block.headers, true, false), ...block.rows.map((cells, index) => row(cells, false, block.flagged?.[index] ?? false))],
  });
}

function docxBlock(block: PackBlock, index: number, blocks: readonly PackBlock[]): Paragraph | Table {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
    case 'heading':
      // The first answer follows the summary on the first page.
      return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: block.newPage === true && blocks.findIndex((other) => other.kind === 'heading') < index, children: [new TextRun(block.text)] });
    case 'subheading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] });
    case 'note':
      return new Paragraph({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4CE' }, children: [new TextRun(block.text)] });
    case 'paragraph':
      return new Paragraph(block.text);
    case 'table':
      return docxTable(block);
  }
}

export async function renderVerificationPackDocx(model: VerificationPackModel): Promise<Buffer> {
  const document = new Document({
    title: model.title,
    creator: model.bidderName,
    description: 'Verification pack exported by Assured: for the bid team, not for submission',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Arial', size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: 'Arial', size: 26, bold: true, color: '1F3864' }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: 'Arial', size: 22, bold: true, color: '1F3864' }, paragraph: { keepNext: true, spacing: { before: 200, after: 100 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin } } },
        children: verificationPackBlocks(model).map((block, index, blocks) => docxBlock(block, index, blocks)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
