import { VFile } from 'vfile';
import { checkDraft } from '../../check/check-draft.js';
import type { CheckReport } from '../../check/check-schema.js';
import { InputError, readEvidencePack, readText, positiveWholeFlag } from '../read-input.js';
import { EXIT_FINDINGS, EXIT_OK } from '../command.js';
import { defineCommand } from '../define-command.js';

const structureNames = {
  behaviour: 'behaviour',
  ownersCadence: 'owners & cadence',
  evidence: 'evidence',
  assurance: 'assurance',
} as const;

/** Linter-style lines, `draft.md:2:1-2:34  warning  Unexpected … [vague/no-vague-involvement]`, then a summary. */
export function formatCheckText(draftName: string, report: CheckReport): string {
  const rows = report.messages.map((message) => ({
    place: `${draftName}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
    severity: message.severity,
    text: `${message.message} [${message.category}/${message.ruleId}]`,
  }));
  const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
  const severityWidth = Math.max(0, ...rows.map((row) => row.severity.length));
  const lines = rows.map((row) => `${row.place.padEnd(placeWidth)}  ${row.severity.padEnd(severityWidth)}  ${row.text}`);

  const { summary } = report;
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const length = [
    summary.wordLimit !== undefined ? `${summary.words} of ${summary.wordLimit} words` : `${summary.words} words`,
    summary.charLimit !== undefined
      ? `${summary.characters} characters (${summary.charactersNoSpaces} without spaces) of ${summary.charLimit}`
      : `${summary.characters} characters`,
  ].join(', ');
  const present = Object.entries(structureNames).filter(([key]) => summary.structure[key as keyof typeof structureNames]);
  const missing = Object.entries(structureNames).filter(([key]) => !summary.structure[key as keyof typeof structureNames]);
  if (lines.length > 0) lines.push('');
  lines.push(
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info`,
    `Length: ${length}`,
    `Structure: present ${present.map(([, name]) => name).join(', ') || 'none'}; missing ${missing.map(([, name]) => name).join(', ') || 'none'}`,
    `Ladder of participation: ${summary.ladder}`,
  );
  return lines.join('\n');
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check a draft line by line for what an evaluator will mark down',
  usage: 'assured check DRAFT.md [--figures FIGURES.json] [--word-limit N | --char-limit N] [--format json|text]',
  arguments: [{ name: 'DRAFT.md', description: 'the draft answer, as UTF-8 text or Markdown' }],
  flags: {
    figures: { type: 'string', value: 'FIGURES.json', description: 'evidence pack (from figures --format json) whose numbers the check may cite', example: '--figures figures.json' },
    'word-limit': { type: 'string', value: 'N', description: "the question's word limit; over it is an error", example: '--word-limit 250' },
    'char-limit': { type: 'string', value: 'N', description: "the question's character limit, instead of a word limit", example: '--char-limit 1500' },
    format: { type: 'string', value: 'FORMAT', default: 'text', description: 'text (linter-style lines) or json (the check contract)', example: '--format json' },
  },
  examples: ['assured check answer.md --word-limit 250', 'assured check answer.md --figures figures.json --format json > check.json'],
  notes: ['Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or input error.'],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError(positionals.length === 0 ? 'missing DRAFT.md' : `expected one draft, got ${positionals.length}`);
    if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
    const wordLimit = positiveWholeFlag('word-limit', values['word-limit']);
    const charLimit = positiveWholeFlag('char-limit', values['char-limit']);
    if (wordLimit !== undefined && charLimit !== undefined) throw new InputError('use --word-limit or --char-limit, not both');

    const draftName = positionals[0]!;
    const text = await readText(io, draftName);
    const pack = values.figures === undefined ? undefined : await readEvidencePack(io, values.figures);
    const { file: _file, ...report } = await checkDraft({
      text,
      file: new VFile({ path: draftName, value: text }),
      ...(pack ? { pack } : {}),
      ...(wordLimit !== undefined ? { wordLimit } : {}),
      ...(charLimit !== undefined ? { charLimit } : {}),
    });
    io.stdout(values.format === 'json' ? JSON.stringify(report, null, 2) : formatCheckText(draftName, report));
    return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
});
