import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { draftSection } from '../../drafting/draft-section.js';
import { bidOverlap, draftBid, ZBidQuestionsFileSchema } from '../../drafting/draft-bid.js';
import { llmOptionsFromEnv } from '../../drafting/llm/draft-with-model.js';
import { exportSections } from '../../export/export-sections.js';
import { readSubmissionFlags, SUBMISSION_FLAGS, writeTenderExtras, type SubmissionChoices } from './export-flags.js';
import { reviewResponse, type ResponseFinding } from '../../drafting/review-response.js';
import type { ResponseLimit, Section } from '../../section/section-schema.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TEXT_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
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
    const source = claim.figureId ? `figure ${claim.figureId}` : claim.standardId ? `standard ${claim.standardId}` : claim.practiceId ? `practice ${claim.practiceId}` : claim.declaredPracticeId ? `practice library ${claim.declaredPracticeId}` : 'nothing backs it';
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

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'answer';
}

/** `--questions FILE`: every question drafted as one bid; with --out DIR, one Markdown file per answer and the bid as JSON. */
async function draftQuestions(io: CliIO, values: Record<string, unknown> & { period: string; questions: string }): Promise<number> {
  for (const single of ['question', 'question-file', 'question-number', 'word-limit', 'char-limit', 'draft'] as const) {
    if (values[single] !== undefined) throw new InputError(`--${single} does not go with --questions: each question in the file carries its own text and limit`);
  }
  const raw = await readText(io, values.questions, 'a JSON list of questions, e.g. [{ "number": "4.1", "question": "How do you…?", "limit": { "kind": "words", "value": 500 } }]');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${values.questions} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ZBidQuestionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${values.questions}: at ${issue.path.length > 0 ? issue.path.join('.') : 'the top level'}, ${issue.message}; expected a list of { "number", "question", "limit": { "kind": "words" | "characters", "value": N } }`);
  }
  const llm = values.drafter === 'llm' ? llmOptionsFromEnv(io.env) : undefined;
  if (llm && !llm.baseURL && !llm.apiKey) throw new InputError('--drafter llm needs OPENAI_BASE_URL or OPENAI_API_KEY (and ASSURED_MODEL) in the environment');
  const organisation = typeof values.org === 'string' ? values.org : undefined;
  const services = Array.isArray(values.service) ? (values.service as string[]) : undefined;
  const sections = await withDatabase(io, (db) =>
    draftBid({
      db,
      period: values.period,
      ...(organisation ? { organisation } : {}),
      ...(services && services.length > 0 ? { services } : {}),
      drafter: values.drafter as 'template' | 'llm',
      ...(llm ? { llm } : {}),
      questions: parsed.data.map((entry) => ({ question: { text: entry.question, ...(entry.number ? { number: entry.number } : {}) }, ...(entry.limit ? { limit: entry.limit as ResponseLimit } : {}) })),
    }),
  );
  const reviews = await Promise.all(sections.map((section) => reviewResponse({ text: section.responseText, pack: section.pack, ...(section.limit ? { limit: section.limit } : {}), ...(section.review ? { previous: section.review } : {}) })));
  const overlap = bidOverlap(sections);
  if (typeof values.out === 'string') {
    const folder = path.resolve(io.cwd, values.out);
    await mkdir(folder, { recursive: true });
    await Promise.all(sections.map((section, index) => writeFile(path.join(folder, `${String(index + 1).padStart(2, '0')}-${fileSafe(section.question.number ?? `question-${index + 1}`)}.md`), section.responseText)));
    await writeFile(path.join(folder, 'bid.json'), `${JSON.stringify({ sections, overlap }, null, 2)}\n`);
  }
  if (values.format === 'json') io.stdout(JSON.stringify({ sections: sections.map((section, index) => ({ ...section, findings: reviews[index]!.findings, count: reviews[index]!.count })), overlap }, null, 2));
  else {
    const parts = sections.map((section, index) => `# ${section.question.number ? `${section.question.number} ` : ''}${section.question.text}\n\n${formatSectionText(section, reviews[index]!.findings, reviews[index]!.count)}`);
    const worst = [...overlap].sort((a, b) => b.share - a.share)[0];
    parts.push(`Bid: ${sections.length} answers; most sentences in common outside the core between two answers: ${worst ? `${Math.round(worst.share * 100)}%` : '0%'}.`);
    io.stdout(parts.join('\n\n'));
  }
  return reviews.some((review) => review.findings.length > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** What --question-file must hold: tender packs (Word, PDF) are not read. */
const QUESTION_FILE_EXPECTED = 'the question as UTF-8 text (a .txt or .md file); copy the question out of the tender pack into a text file, or pass it with --question';

async function writeOut(io: CliIO, out: string, section: Section, choices: SubmissionChoices): Promise<void> {
  const target = path.resolve(io.cwd, out);
  await mkdir(path.dirname(target), { recursive: true });
  const extension = path.extname(out).toLowerCase();
  if (extension === '.md' || extension === '.txt') return writeFile(target, section.responseText);
  if (extension === '.json') return writeFile(target, `${JSON.stringify(section, null, 2)}\n`);
  if (extension === '.docx') {
    // Same gate as `assured export`: a blocked export throws EXPORT_BLOCKED with the findings.
    const { content } = await exportSections({
      sections: [section],
      format: 'docx',
      content: choices.content,
      ...(choices.style ? { style: choices.style } : {}),
      ...(choices.pageLimit !== undefined ? { pageLimit: choices.pageLimit } : {}),
    });
    return writeFile(target, content);
  }
  throw new InputError(`--out must end in .md, .json or .docx, got "${out}"`);
}

export const draftCommand = defineCommand({
  name: 'draft',
  summary: 'Draft the involvement section (Assured Involvement Paragraph) from the figures, with a validation report',
  usage:
    'assured draft --period 2026-Q2 [--service NAME...] [--org SLUG] [--question TEXT | --question-file FILE] [--question-number N] [--word-limit N | --char-limit N] [--drafter template|llm] [--draft EXISTING.md] [--out FILE.md|FILE.json|FILE.docx] [--format json|text] [--tender NAME] [--lot LOT] [--include LIST] [--page-limit N] [--pack FILE.docx|FILE.html] [--portal DIR]',
  flags: {
    period: PERIOD_FLAG,
    service: SERVICE_FLAG,
    org: ORG_FLAG,
    question: { type: 'string', value: 'TEXT', description: "the tender question, so the answer addresses it", defaultText: "a general involvement answer", example: '--question "How do you involve families in reviews?"' },
    'question-file': { type: 'string', value: 'FILE', description: 'read the question from a UTF-8 text file instead (not a .docx or .pdf)', example: '--question-file question.txt' },
    'question-number': { type: 'string', value: 'N', description: "the question's number in the tender, shown in the output", example: '--question-number 4.2' },
    'word-limit': { type: 'string', value: 'N', description: "the question's word limit", defaultText: "none", example: '--word-limit 250' },
    'char-limit': { type: 'string', value: 'N', description: "the question's character limit, instead of a word limit", example: '--char-limit 1500' },
    drafter: { type: 'string', value: 'DRAFTER', default: 'template', description: 'template (no model) or llm (OPENAI_BASE_URL or OPENAI_API_KEY, and ASSURED_MODEL)', example: '--drafter llm' },
    draft: { type: 'string', value: 'EXISTING.md', description: 'an earlier answer whose vague sentences get before/after rewrites', example: '--draft old-answer.md' },
    out: { type: 'string', value: 'FILE', description: 'also write the response (.md/.txt), the whole section (.json, for export) or a Word document (.docx)', example: '--out answer.json' },
    format: TEXT_FORMAT_FLAG,
    tender: { type: 'string', value: 'NAME', description: "the tender's name, for the document title", example: '--tender "Supported living framework 2026"' },
    lot: { type: 'string', value: 'LOT', description: 'the lot, for the document title', example: '--lot "Lot 2"' },
    questions: {
      type: 'string',
      value: 'QUESTIONS.json',
      description: 'draft several questions as one bid, with distinct answers: a JSON list of { "number", "question", "limit": { "kind": "words", "value": 500 } }; --out is then a folder',
      example: '--questions bid-questions.json --out answers/',
    },
    ...SUBMISSION_FLAGS,
  },
  examples: [
    'assured draft --period 2026-Q2 --word-limit 250 --question-file question.txt --out answer.json',
    'assured draft --period 2026-Q2 --drafter llm --draft old-answer.md --format json',
    'assured draft --period 2026-Q2 --word-limit 250 --out answer.docx --page-limit 1 --pack answer-pack.docx --portal portal/',
    'assured draft --period 2026-Q3 --questions bid-questions.json --out answers/',
  ],
  notes: ['Exit codes: 0 drafted with no findings, 1 findings (or a blocked Word export), 2 usage or input error.'],
  async run({ values }, io) {
    try {
      if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2)');
      if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
      if (values.drafter !== 'template' && values.drafter !== 'llm') throw new InputError(`--drafter must be template or llm, got "${values.drafter}"`);
      if (values.question !== undefined && values['question-file'] !== undefined) throw new InputError('use --question or --question-file, not both');
      if (values.questions !== undefined) return await draftQuestions(io, values as Record<string, unknown> & { period: string; questions: string });
      const words = positiveWholeFlag('word-limit', values['word-limit']);
      const characters = positiveWholeFlag('char-limit', values['char-limit']);
      if (words !== undefined && characters !== undefined) throw new InputError('use --word-limit or --char-limit, not both');
      const limit: ResponseLimit | undefined = words !== undefined ? { kind: 'words', value: words } : characters !== undefined ? { kind: 'characters', value: characters } : undefined;
      const questionText = values['question-file'] !== undefined ? (await readText(io, values['question-file'], QUESTION_FILE_EXPECTED)).trim() : values.question?.trim();
      if (questionText !== undefined && questionText.length === 0) throw new InputError('the question is empty');
      if (values.out !== undefined && !/\.(?:md|txt|json|docx)$/i.test(values.out)) throw new InputError(`--out must end in .md, .json or .docx, got "${values.out}"`);
      const choices = await readSubmissionFlags(io, values);
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
      // The section keeps the gate's review from drafting: reused, not judged again.
      const review = await reviewResponse({ text: section.responseText, pack: section.pack, ...(section.limit ? { limit: section.limit } : {}), ...(section.review ? { previous: section.review } : {}) });
      if (values.out) await writeOut(io, values.out, section, choices);
      await writeTenderExtras(io, choices, [section]);
      io.stdout(values.format === 'json' ? JSON.stringify({ ...section, findings: review.findings, count: review.count }, null, 2) : formatSectionText(section, review.findings, review.count));
      return review.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    } catch (error) {
      if (isAppError(error) && error.code === 'EXPORT_BLOCKED') {
        io.stdout(formatGateFindings(error.details as GateReport, ['section'], true));
        io.stderr('assured draft: the Word export was blocked by the findings above; nothing was written.');
        return EXIT_FINDINGS;
      }
      if (isAppError(error) && error.code === 'PAGE_LIMIT_EXCEEDED') {
        io.stderr(`assured draft: ${error.message} Nothing was written.`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
  },
});
