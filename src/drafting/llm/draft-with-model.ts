/**
 * The language-model drafter. The model only words the four lines; Assured supplies the data
 * (aggregates only), renders every number from the evidence pack, and treats the reply as
 * untrusted: malformed JSON, an echoed injection, an unknown token, a `mismatch` or
 * `unsupported` claim, a missing line or an over-long text is a failed attempt. One retry with
 * the findings, then the template drafter writes the section and the report says why.
 * A reply is bounded before any of that reads it: in bytes on the wire, in wall time including
 * the body and the SDK's retries, and in characters; breaking a bound falls back at once.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';
import { assembleResponse, measureResponse, PARAGRAPH_LINES, type DraftLines } from '../assemble-response.js';
import { composeSection, contextFor, withCitedFigures, type ComposeSectionOptions } from '../compose-section.js';
import { buildRewrites } from '../build-rewrites.js';
import { DEFAULT_QUESTION_TEXT } from '../drafting-schema.js';
import { finaliseSection } from '../finalise-section.js';
import { reviewResponse } from '../review-response.js';
import type { Section } from '../../section/section-schema.js';
import { planAnswer } from '../plan/plan-answer.js';
import { ELEMENT_LABELS } from '../plan/data/topic-elements.js';
import { adoptBidMemory, cloneBidMemory, emptyBidMemory } from '../plan/topic-blocks.js';
import { defaultTemplates } from '../template-library.js';
import { boundedFetch, ReplyLimitError } from './bounded-fetch.js';
import { detectInjection } from './detect-injection.js';
import { loadPrompts } from './load-prompts.js';
import { buildModelInput } from './model-input.js';
import { renderTokens } from './render-tokens.js';
import { evidencePackOf } from '../../evidence/evidence-pack-of.js';

export interface LlmOptions {
  baseURL?: string;
  apiKey?: string;
  model?: string;
  /** Per request attempt, in milliseconds, until the whole reply has arrived (default 20000). */
  timeoutMs?: number;
  /** Largest reply body read from the wire, in bytes (default 524288). */
  maxReplyBytes?: number;
  /** HTTP retries inside the SDK for 5xx, 429 and connection errors (default 1). */
  maxRetries?: number;
  /** Attempts at a usable draft before falling back (default 2: the first and one retry with findings). */
  attempts?: number;
  fetch?: typeof fetch;
}

export const MAX_REPLY_BYTES = 512 * 1024;

export const ZLlmOptionsSchema = z.object({
  baseURL: z.string().url().optional(),
  apiKey: z.string().optional(),
  model: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  maxReplyBytes: z.number().int().positive().max(MAX_REPLY_BYTES).optional(),
  maxRetries: z.number().int().min(0).max(5).optional(),
  attempts: z.number().int().min(1).max(3).optional(),
});

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_RETRIES = 1;

/** LlmOptions from the environment (OPENAI_BASE_URL, OPENAI_API_KEY, ASSURED_MODEL, ASSURED_LLM_TIMEOUT_MS, ASSURED_LLM_MAX_RETRIES, ASSURED_LLM_MAX_REPLY_BYTES). */
export function llmOptionsFromEnv(env: NodeJS.ProcessEnv): LlmOptions {
  const number = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    if (!/^\d+$/.test(raw)) throw new AppError('INVALID_INPUT', `${name} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const timeoutMs = number('ASSURED_LLM_TIMEOUT_MS');
  const maxRetries = number('ASSURED_LLM_MAX_RETRIES');
  const maxReplyBytes = number('ASSURED_LLM_MAX_REPLY_BYTES');
  const options: LlmOptions = {
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
    ...(env.ASSURED_MODEL ? { model: env.ASSURED_MODEL } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxRetries !== undefined ? { maxRetries } : {}),
    ...(maxReplyBytes !== undefined ? { maxReplyBytes } : {}),
  };
  ZLlmOptionsSchema.parse(options);
  return options;
}

const ZModelDraftSchema = z.object({
  behaviour: z.string().trim().min(1),
  ownersCadence: z.string().trim().min(1),
  evidence: z.string().trim().min(1),
  assurance: z.string().trim().min(1),
});

export interface DraftWithModelOptions extends ComposeSectionOptions {
  llm?: LlmOptions;
}

interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** The JSON object in a reply, also when wrapped in a code fence. */
function parseDraft(content: string): { lines?: z.infer<typeof ZModelDraftSchema>; problems: string[] } {
  const body = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { problems: [`the reply was not valid JSON (${(error as Error).message})`] };
  }
  const parsed = ZModelDraftSchema.safeParse(json);
  if (!parsed.success) {
    const missing = PARAGRAPH_LINES.filter((line) => typeof (json as Record<string, unknown> | null)?.[line] !== 'string' || !String((json as Record<string, unknown>)[line]).trim());
    return { problems: missing.length > 0 ? missing.map((line) => `the ${line} line is missing`) : ['the reply is not an object with the four lines'] };
  }
  return { lines: parsed.data, problems: [] };
}

/**
 * Characters of reply content worth reading: generous beside the answer's own limit (JSON,
 * tokens and a chatty model included), and far below what the text checks can take.
 */
export function replyCharacterLimit(limit: ComposeSectionOptions['limit']): number {
  const wanted = !limit ? 250 * 40 : limit.kind === 'words' ? limit.value * 40 : limit.value * 4;
  return Math.min(Math.max(wanted, 4_000), 200_000);
}

/**
 * A backstop over the SDK's own bounds: every attempt, its back-off between retries (at most
 * 0.5 s, 1 s, 2 s … capped at 8 s) and a second's grace, so the per-attempt timeout, which
 * the SDK retries, normally ends an attempt first.
 */
function wholeCallMs(attemptMs: number, maxRetries: number): number {
  let total = attemptMs * (maxRetries + 1) + 1_000;
  for (let retry = 0; retry < maxRetries; retry += 1) total += Math.min(500 * 2 ** retry, 8_000);
  return total;
}

function describeError(error: unknown, whole: AbortSignal): string {
  if (whole.aborted && whole.reason instanceof ReplyLimitError) return whole.reason.message;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'the model endpoint timed out';
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `the model endpoint answered HTTP ${error.status}`;
  if (error instanceof OpenAI.APIConnectionError) return 'the model endpoint could not be reached';
  return `the model call failed: ${(error as Error).message}`;
}

/** Supporting lines from the templates, as many as fit beside the model's four lines. */
function withSupporting(lines: DraftLines, supporting: DraftLines['supporting'], options: ComposeSectionOptions): DraftLines {
  let result = lines;
  for (const line of supporting) {
    const candidate = { ...result, supporting: [...result.supporting, line] };
    if (!options.limit || measureResponse(assembleResponse(candidate).text, options.limit.kind) <= options.limit.value) result = candidate;
  }
  return result;
}

export async function draftWithModel(options: DraftWithModelOptions): Promise<Section> {
  const llm = options.llm ?? {};
  const context = contextFor(options);
  const question = options.question ?? { text: DEFAULT_QUESTION_TEXT };
  // The model gets the same plan as the template drafter: its topic paragraphs follow the
  // model's four lines, and the model is told what they cover and how many words are left.
  const templates = defaultTemplates();
  const planMemory = cloneBidMemory(options.memory ?? emptyBidMemory());
  const plan = planAnswer({ context, templates, memory: planMemory, ...(options.limit ? { limit: options.limit } : {}) });
  const supporting = plan.lines.supporting;
  const supportingWords = measureResponse(supporting.map((line) => line.text).join('\n\n'), 'words');
  const wordLimit = Math.max(80, (options.limit?.kind === 'words' ? options.limit.value : 250) - supportingWords);
  const covered = [...new Set(plan.covered.map((entry) => ELEMENT_LABELS[entry.element]))];
  // The topic paragraphs may state figures kept outside the pack (a service's share, a logged
  // example): the model's answer is checked against the pack with those in it, as the template's is.
  const answerFigures = withCitedFigures(context.figures, options.serviceFigures ?? [], plan.covered.flatMap((entry) => entry.figureIds ?? []));
  const input = buildModelInput(context, { question: question.text, ...(question.number ? { questionNumber: question.number } : {}), wordLimit, covered });
  // The writer learns what the model was not shown, never the values themselves.
  const screeningNotes = input.withheld.length > 0 ? [`Withheld from the language model because it may identify someone or carry instructions: ${input.withheld.join('; ')}.`] : [];
  const prompts = loadPrompts();
  const attemptMs = llm.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = llm.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxChars = replyCharacterLimit(options.limit);
  const callWithin = wholeCallMs(attemptMs, maxRetries);
  let whole = new AbortController();
  const client = new OpenAI({
    baseURL: llm.baseURL ?? 'https://api.openai.com/v1',
    apiKey: llm.apiKey ?? 'not-set',
    timeout: attemptMs,
    maxRetries,
    // The controller is replaced per call; the fetch reads whichever is current.
    fetch: (input, init) => boundedFetch({ fetch: llm.fetch ?? fetch, maxBytes: llm.maxReplyBytes ?? MAX_REPLY_BYTES, whole })(input, init),
  });
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: prompts.system },
    { role: 'user', content: prompts.user({ question: input.question, questionNumber: input.questionNumber, wordLimit: input.wordLimit, period: input.period, place: input.place, data: JSON.stringify(input.data, null, 2) }) },
  ];
  const usage: Usage = { promptTokens: 0, completionTokens: 0 };
  const maxAttempts = llm.attempts ?? 2;
  let attempts = 0;
  let reason = '';

  while (attempts < maxAttempts) {
    attempts += 1;
    let content: string;
    whole = new AbortController();
    const timer = setTimeout(() => whole.abort(new ReplyLimitError('time', `the model call took longer than ${callWithin} ms in all`)), callWithin);
    try {
      const completion = await client.chat.completions.create(
        {
          model: llm.model ?? DEFAULT_MODEL,
          messages,
          temperature: 0.2,
          response_format: { type: 'json_object' },
        },
        { signal: whole.signal },
      );
      usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
      usage.completionTokens += completion.usage?.completion_tokens ?? 0;
      content = completion.choices[0]?.message?.content ?? '';
    } catch (error) {
      // The SDK has already retried within its bounds; another attempt would repeat the failure.
      reason = describeError(error, whole.signal);
      break;
    } finally {
      clearTimeout(timer);
    }
    if (content.length > maxChars) {
      // Not worth a retry, and too long to put through the text checks.
      reason = `the model reply was ${content.length} characters long, more than the ${maxChars} accepted`;
      break;
    }
    const findings: string[] = [];
    const parsed = parseDraft(content);
    findings.push(...parsed.problems);
    const injection = detectInjection(content);
    findings.push(...injection.map((why) => `the reply ${why}`));
    if (parsed.lines && injection.length === 0) {
      const rendered = Object.fromEntries(PARAGRAPH_LINES.map((line) => [line, renderTokens(parsed.lines![line], { figures: context.figures.figures, standards: context.figures.standards })])) as Record<
        (typeof PARAGRAPH_LINES)[number],
        ReturnType<typeof renderTokens>
      >;
      for (const line of PARAGRAPH_LINES) findings.push(...rendered[line].findings);
      if (findings.length === 0) {
        const lines = withSupporting(
          { behaviour: rendered.behaviour.text, ownersCadence: rendered.ownersCadence.text, evidence: rendered.evidence.text, assurance: rendered.assurance.text, supporting: [] },
          supporting,
          options,
        );
        const review = await reviewResponse({ text: assembleResponse(lines).text, pack: evidencePackOf(answerFigures), ...(options.limit ? { limit: options.limit } : {}) });
        findings.push(...review.findings.map((finding) => finding.message));
        for (const [key, present] of Object.entries(review.structure)) if (!present) findings.push(`the ${key} line is missing from the text`);
        if (findings.length === 0) {
          const rewrites = options.existingDraft ? await buildRewrites({ context, text: options.existingDraft, templates }) : [];
          const { section } = await finaliseSection({
            figures: answerFigures,
            lines,
            question,
            drafter: 'llm',
            ...(options.limit ? { limit: options.limit } : {}),
            rewrites,
            notes: [...context.notes, ...plan.notes, ...screeningNotes, ...(attempts > 1 ? [`The model's first draft failed validation; its retry was accepted.`] : [])],
            plan: {
              topics: (context.analysis?.topics ?? []).map((topic) => ({ id: topic.id, weight: topic.weight })),
              covered: plan.covered.map((entry) => ({ topic: entry.topic, element: entry.element, ...(entry.figureIds ? { figureIds: entry.figureIds } : {}) })),
              missing: plan.missing.map((gap) => ({ topic: gap.topic, element: gap.element, reason: gap.reason })),
              squeezed: plan.squeezed,
              parts: plan.parts,
            },
            model: { used: true, fellBack: false, attempts, usage, reason: attempts > 1 ? 'accepted after one retry' : 'accepted' },
            ...(options.tender ? { tender: options.tender } : {}),
          });
          if (options.memory) adoptBidMemory(options.memory, planMemory);
          return section;
        }
      }
    }
    reason = `attempt ${attempts}: ${[...new Set(findings)].join('; ')}`;
    messages.push({ role: 'assistant', content }, { role: 'user', content: prompts.retry({ findings: [...new Set(findings)], wordLimit }) });
  }

  const fallback = await composeSection(options);
  return {
    ...fallback,
    notes: [`The language model's draft was not used (${reason}); the template drafter wrote this section.`, ...screeningNotes, ...fallback.notes],
    model: { used: true, fellBack: true, attempts, usage, reason },
  };
}
