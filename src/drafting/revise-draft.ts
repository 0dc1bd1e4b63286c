/**
 * A writer's own draft, revised rather than replaced: their sentences stay in their order,
 * each vague one is swapped for its grounded rewrite, and what is missing is added after
 * them: the lines of the Assured Involvement Paragraph the draft lacks, then a paragraph for
 * each topic the question asks about that the draft does not touch. Added parts are dropped
 * from the end when the whole would go over the limit.
 */
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import type { ResponseLimit, Rewrite } from '../section/section-schema.js';
import { assembleResponse, measureResponse, PARAGRAPH_LINES, type DraftLines, type ParagraphLine } from './assemble-response.js';
import type { AskedTopicId } from './data/question-cues.js';
import { sentencesOf, type AnswerPlan } from './plan/plan-answer.js';
import { normaliseSentence } from './plan/topic-blocks.js';
import { readQuestion } from './question/read-question.js';
import { reviewResponse } from './review-response.js';

export interface ReviseDraftOptions {
  draft: string;
  rewrites: readonly Rewrite[];
  plan: AnswerPlan;
  pack: EvidencePack;
  limit?: ResponseLimit;
}

export interface RevisedDraft {
  lines: DraftLines;
  notes: string[];
}

const LINE_NAMES: Readonly<Record<ParagraphLine, string>> = {
  behaviour: 'what people experience (the behaviour line)',
  ownersCadence: 'who does it and how often (the owners and cadence line)',
  evidence: 'dated, sourced figures (the evidence line)',
  assurance: 'how it is checked (the assurance line)',
};

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

export async function reviseDraft(options: ReviseDraftOptions): Promise<RevisedDraft> {
  const paragraphs = paragraphsOf(options.draft);
  let replaced = 0;
  for (const rewrite of options.rewrites) {
    const index = paragraphs.findIndex((paragraph) => paragraph.includes(rewrite.before));
    if (index < 0) continue;
    // Two rewrites can rest on the same figure: a sentence the answer already has is not written again.
    const written = new Set(paragraphs.flatMap((paragraph) => sentencesOf(paragraph)).map(normaliseSentence));
    const after = sentencesOf(rewrite.after)
      .filter((sentence) => !written.has(normaliseSentence(sentence)))
      .join(' ');
    paragraphs[index] = paragraphs[index]!.replace(rewrite.before, after).replace(/ {2,}/g, ' ').trim();
    replaced += 1;
  }
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) if (paragraphs[index]!.length === 0) paragraphs.splice(index, 1);
  const revised = paragraphs.join('\n\n');
  const { structure } = await reviewResponse({ text: `${revised}\n`, pack: options.pack });
  const present = new Set(readQuestion(revised).topics.map((topic) => topic.id));

  const core = Object.fromEntries(PARAGRAPH_LINES.map((key) => [key, ''])) as Record<ParagraphLine, string>;
  const missingLines = PARAGRAPH_LINES.filter((key) => !structure[key]);
  const withinLimit = (lines: DraftLines) => !options.limit || measureResponse(assembleResponse(lines).text, options.limit.kind) <= options.limit.value;
  const draftOnly = () => ({ ...core, supporting: paragraphs.map((text) => ({ kind: 'topic' as const, text })) });
  // A missing line is added only while the draft stays within the limit.
  const addedLines: ParagraphLine[] = [];
  for (const key of missingLines) {
    core[key] = options.plan.core[key];
    if (withinLimit(draftOnly())) addedLines.push(key);
    else core[key] = '';
  }
  // Topics the draft does not touch first, then the rest of the plan's evidence, as the limit allows.
  const byTopic = new Map<AskedTopicId, string[]>();
  const blocks = [...options.plan.blocks].sort((a, b) => Number(present.has(a.topic)) - Number(present.has(b.topic)));
  for (const block of blocks) byTopic.set(block.topic, [...(byTopic.get(block.topic) ?? []), block.text.trim()]);
  const added = [...byTopic.entries()].flatMap(([topic, texts]) => texts.map((text) => ({ topic, text })));

  const build = (topics: typeof added): DraftLines => ({
    ...core,
    supporting: [...paragraphs.map((text) => ({ kind: 'topic' as const, text })), ...topics.map((entry) => ({ kind: 'topic' as const, text: entry.text }))],
  });
  let kept = added;
  const fits = withinLimit;
  while (kept.length > 0 && !fits(build(kept))) kept = kept.slice(0, -1);

  const notes = [`Your draft was revised, not replaced: ${paragraphs.length} paragraph(s) kept in your order, ${replaced} vague sentence(s) replaced by the rewrites listed below.`];
  if (addedLines.length > 0) notes.push(`Added because your draft did not have them: ${addedLines.map((key) => LINE_NAMES[key]).join('; ')}.`);
  const notAdded = missingLines.filter((key) => !addedLines.includes(key));
  if (notAdded.length > 0) notes.push(`Your draft has no ${notAdded.map((key) => LINE_NAMES[key]).join('; ')}, and adding one would go over the limit: make room for it by hand.`);
  const topicsOf = (entries: typeof added) => [...new Set(entries.map((entry) => entry.topic.replace(/-/g, ' ')))].join(', ');
  const untouched = kept.filter((entry) => !present.has(entry.topic));
  if (untouched.length > 0) notes.push(`Added paragraphs on what the question asks and your draft did not cover: ${topicsOf(untouched)}.`);
  if (kept.length > untouched.length) notes.push(`Added evidence from the records on topics your draft already raises: ${topicsOf(kept.filter((entry) => present.has(entry.topic)))}.`);
  if (kept.length < added.length) notes.push(`Not added, to stay within the limit: evidence on ${topicsOf(added.slice(kept.length))}.`);
  const lines = build(kept);
  if (!fits(lines)) notes.push('Your draft with its rewrites is over the limit: shorten it by hand.');
  return { lines, notes };
}
