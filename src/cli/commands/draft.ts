import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftSection } from '../../drafting/draft-section.js';
import { llmOptionsFromEnv } from '../../drafting/llm/draft-with-model.js';
import { exportSections } from '../../export/export-sections.js';
import { reviewResponse, type ResponseFinding } from '../../drafting/review-response.js';
import type { ResponseLimit, Section } from '../../section/section-schema.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIO } from '../command.js';
import { InputError, readText, positiveWholeFlag } from '../read-input.js';
import { formatGateFindings } from './export.js';
import type { GateReport } from '../../export/gate-schema.js';
import { isAppError } from '../../shared/app-error.js';
import { withDatabase } from '../with-database.js';

/** The response, the validation report (each number → figure or standard), then notes and rewrites. */
export function formatSectionText(section: Section, findings: readonly ResponseFinding[], count: number): string {
  const lines = [section.responseText.trimEnd(), '', '---', `Validation (${section.period.human}, ${section.place}):`];
  if (section.validation.claims.length === 0) lines.push('  no numbers in the response');
  for (const claim of section.validation.claims) {
    const source = claim.figureId ? `figure ${claim.figureId}` : claim.standardId ? `standard ${claim.standardId}` : 'nothing backs it';
    lines.push(`  ${String(claim.line).padStart(2)}:${String(claim.column).padEnd(4)} ${claim.text.padEnd(22)} ${claim.status.padEnd(11)} ${source}`);
  }
  const limit = section.limit ? ` of ${section.limit.value} ${section.limit.kind}` : ' words';
  lines.push(`Length: ${count}${limit}`);
  if (section.model) {
    const usage = section.model.usage ? `, ${section.model.usage.promptTokens} prompt + ${section.model.usage.completionTokens} completion tokens` : '';
    lines.push(`Model: ${section.model.fellBack ? 'fell back to the template drafter' : 'draft accepted'} after ${section.model.attempts} attempt(s)${usage}${section.model.reason ? ` (${section.model.reason})` : ''}`);
  }
  if (findings.length > 0) lines.push('Findings:', ...findings.map((finding) => `  ${finding.message}`));
  if (section.notes.length > 0) lines.push('Notes for the writer:', ...section.notes.map((note) => `  - ${note}`));
  if (section.rewrites.length > 0) {
    lines.push('Rewrites:');
    for (const rewrite of section.rewrites) lines.push(`  ${rewrite.line}:${rewrite.column} [${rewrite.category}]`, `    before: ${rewrite.before}`, `    after:  ${rewrite.after}`);
  }
  return lines.join('\n');
}

async function writeOut(io: CliIO, out: string, section: Section): Promise<void> {
  const target = path.resolve(io.cwd, out);
  await mkdir(path.dirname(target), { recursive: true });
  const extension = path.extname(out).toLowerCase();
  if (extension === '.md' || extension === '.txt') return writeFile(target, section.responseText);
  if (extension === '.json') return writeFile(target, `${JSON.stringify(section, null, 2)}\n`);
  if (extension === '.docx') {
    // Same gate as `assured export`: a blocked export throws EXPORT_BLOCKED with the findings.
    const { content } = await exportSections({ sections: [section], format: 'docx' });
    return writeFile(target, content);
  }
  throw new InputError(`--out must end in .md, .json or .docx, got "${out}"`);
}

export const draftCommand: CliCommand = {
  name: 'draft',
  summary: 'Draft the involvement section (Assured Involvement Paragraph) from the figures, with a validation report',
  usage:
    'assured draft --period 2026-Q2 [--service NAME...] [--org SLUG] [--question TEXT | --question-file FILE] [--question-number N] [--word-limit N | --char-limit N] [--drafter template|llm] [--draft EXISTING.md] [--out FILE.md|FILE.json|FILE.docx] [--format json|text] [--tender NAME] [--lot LOT]',
  async run(argv, io) {
    try {
      let parsed;
      try {
        parsed = parseArgs({
          args: argv,
          options: {
            period: { type: 'string' },
            service: { type: 'string', multiple: true },
            org: { type: 'string' },
            question: { type: 'string' },
            'question-file': { type: 'string' },
            'question-number': { type: 'string' },
            'word-limit': { type: 'string' },
            'char-limit': { type: 'string' },
            drafter: { type: 'string', default: 'template' },
            draft: { type: 'string' },
            out: { type: 'string' },
            format: { type: 'string', default: 'text' },
            tender: { type: 'string' },
            lot: { type: 'string' },
          },
        });
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const { values } = parsed;
      if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2)');
      if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
      if (values.drafter !== 'template' && values.drafter !== 'llm') throw new InputError(`--drafter must be template or llm, got "${values.drafter}"`);
      if (values.question !== undefined && values['question-file'] !== undefined) throw new InputError('use --question or --question-file, not both');
      const words = positiveWholeFlag('word-limit', values['word-limit']);
      const characters = positiveWholeFlag('char-limit', values['char-limit']);
      if (words !== undefined && characters !== undefined) throw new InputError('use --word-limit or --char-limit, not both');
      const limit: ResponseLimit | undefined = words !== undefined ? { kind: 'words', value: words } : characters !== undefined ? { kind: 'characters', value: characters } : undefined;
      const questionText = values['question-file'] !== undefined ? (await readText(io, values['question-file'])).trim() : values.question?.trim();
      if (questionText !== undefined && questionText.length === 0) throw new InputError('the question is empty');
      if (values.out !== undefined && !/\.(?:md|txt|json|docx)$/i.test(values.out)) throw new InputError(`--out must end in .md, .json or .docx, got "${values.out}"`);
      const existingDraft = values.draft !== undefined ? await readText(io, values.draft) : undefined;
      const llm = values.drafter === 'llm' ? llmOptionsFromEnv(io.env) : undefined;
      if (llm && !llm.baseURL && !llm.apiKey) throw new InputError('--drafter llm needs OPENAI_BASE_URL or OPENAI_API_KEY (and ASSURED_MODEL) in the environment');

      const section = await withDatabase(io, (db) =>
        draftSection({
          db,
          period: values.period!,
          ...(values.org ? { organisation: values.org } : {}),
          ...(values.service ? { services: values.service } : {}),
          ...(questionText ? { question: { text: questionText, ...(values['question-number'] ? { number: values['question-number'] } : {}) } } : {}),
          ...(limit ? { limit } : {}),
          drafter: values.drafter as 'template' | 'llm',
          ...(existingDraft ? { existingDraft } : {}),
          ...(llm ? { llm } : {}),
          ...(values.tender || values.lot ? { tender: { ...(values.tender ? { name: values.tender } : {}), ...(values.lot ? { lot: values.lot } : {}) } } : {}),
        }),
      );
      const review = await reviewResponse({ text: section.responseText, pack: section.pack, ...(section.limit ? { limit: section.limit } : {}) });
      if (values.out) await writeOut(io, values.out, section);
      io.stdout(values.format === 'json' ? JSON.stringify({ ...section, findings: review.findings, count: review.count }, null, 2) : formatSectionText(section, review.findings, review.count));
      return review.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    } catch (error) {
      if (error instanceof InputError) {
        io.stderr(`assured draft: ${error.message}\nusage: ${draftCommand.usage}`);
        return EXIT_USAGE;
      }
      if (isAppError(error) && error.code === 'EXPORT_BLOCKED') {
        io.stdout(formatGateFindings(error.details as GateReport, ['section'], true));
        io.stderr('assured draft: the Word export was blocked by the findings above; nothing was written.');
        return EXIT_FINDINGS;
      }
      throw error;
    }
  },
};
