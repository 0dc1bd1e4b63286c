/**
 * The language-model drafter. The model only words the four lines; Assured supplies the data
 * (aggregates only), renders every number from the evidence pack, and treats the reply as
 * untrusted: malformed JSON, an echoed injection, an unknown token, a `mismatch` or
 * `unsupported` claim, a missing line or an over-long text is a failed attempt. One retry with
 * the findings, then the template drafter writes the section and the report says why.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';
import { assembleResponse, measureResponse, PARAGRAPH_LINES, type DraftLines } from '../assemble-response.js';
import { composeSection, contextFor, type ComposeSectionOptions } from '../compose-section.js';
import { buildRewrites } from '../build-rewrites.js';
import { DEFAULT_QUESTION_TEXT } from '../drafting-schema.js';
import { finaliseSection } from '../finalise-section.js';
import { reviewResponse } from '../review-response.js';
import type { Section } from '../../section/section-schema.js';
import { DRAFT_LEVELS, renderTemplateDraft } from '../template-drafter.js';
import { defaultTemplates } from '../template-library.js';
import { detectInjection } from './detect-injection.js';
import { loadPrompts } from './load-prompts.js';
import { buildModelInput } from './model-input.js';
import { renderTokens } from './render-tokens.js';

export interface LlmOptions {
  baseURL?: string;
  apiKey?: string;
  model?: string;
  /** Per request, in milliseconds (default 20000). */
  timeoutMs?: number;
  /** HTTP retries inside the SDK for 5xx, 429 and connection errors (default 1). */
  maxRetries?: number;
  /** Attempts at a usable draft before falling back (default 2: the first and one retry with findings). */
  attempts?: number;
  fetch?: typeof fetch;
}

export const ZLlmOptionsSchema = z.object({
  baseURL: z.string().url().optional(),
  apiKey: z.string().optional(),
  model: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  maxRetries: z.number().int().min(0).max(5).optional(),
  attempts: z.number().int().min(1).max(3).optional(),
});

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_RETRIES = 1;

/** LlmOptions from the environment (OPENAI_BASE_URL, OPENAI_API_KEY, ASSURED_MODEL, ASSURED_LLM_TIMEOUT_MS, ASSURED_LLM_MAX_RETRIES). */
export function llmOptionsFromEnv(env: NodeJS.ProcessEnv): LlmOptions {
  const number = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    if (!/^\d+$/.test(raw)) throw new AppError('INVALID_INPUT', `${name} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const timeoutMs = number('ASSURED_LLM_TIMEOUT_MS');
  const maxRetries = number('ASSURED_LLM_MAX_RETRIES');
  return ZLlmOptionsSchema.parse({
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
    ...(env.ASSURED_MODEL ? { model: env.ASSURED_MODEL } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxRetries !== undefined ? { maxRetries } : {}),
  });
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

function describeError(error: unknown): string {
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
  const wordLimit = options.limit?.kind === 'words' ? options.limit.value : 250;
  const input = buildModelInput(context, { question: question.text, ...(question.number ? { questionNumber: question.number } : {}), wordLimit });
  const prompts = loadPrompts();
  const client = new OpenAI({
    baseURL: llm.baseURL ?? 'https://api.openai.com/v1',
    apiKey: llm.apiKey ?? 'not-set',
    timeout: llm.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: llm.maxRetries ?? DEFAULT_MAX_RETRIES,
    ...(llm.fetch ? { fetch: llm.fetch } : {}),
  });
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: prompts.system },
    { role: 'user', content: prompts.user({ ...input, data: JSON.stringify(input.data, null, 2) }) },
  ];
  const usage: Usage = { promptTokens: 0, completionTokens: 0 };
  const maxAttempts = llm.attempts ?? 2;
  const templates = defaultTemplates();
  const supporting = renderTemplateDraft(context, DRAFT_LEVELS[1]!, templates).supporting;
  let attempts = 0;
  let reason = '';

  while (attempts < maxAttempts) {
    attempts += 1;
    let content: string;
    try {
      const completion = await client.chat.completions.create({
        model: llm.model ?? DEFAULT_MODEL,
        messages,
        temperature: 0.2,
        response_format: { type: 'json_object' },
      });
      usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
      usage.completionTokens += completion.usage?.completion_tokens ?? 0;
      content = completion.choices[0]?.message?.content ?? '';
    } catch (error) {
      // The SDK has already retried within its bounds; another attempt would repeat the failure.
      reason = describeError(error);
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
        const review = await reviewResponse({ text: assembleResponse(lines).text, pack: { figures: context.figures.figures, standards: context.figures.standards }, ...(options.limit ? { limit: options.limit } : {}) });
        findings.push(...review.findings.map((finding) => finding.message));
        for (const [key, present] of Object.entries(review.structure)) if (!present) findings.push(`the ${key} line is missing from the text`);
        if (findings.length === 0) {
          const rewrites = options.existingDraft ? await buildRewrites({ context, text: options.existingDraft, templates }) : [];
          const { section } = await finaliseSection({
            figures: context.figures,
            lines,
            question,
            drafter: 'llm',
            ...(options.limit ? { limit: options.limit } : {}),
            rewrites,
            notes: [...context.notes, ...context.ranked(3).notes, ...(attempts > 1 ? [`The model's first draft failed validation; its retry was accepted.`] : [])],
            model: { used: true, fellBack: false, attempts, usage, reason: attempts > 1 ? 'accepted after one retry' : 'accepted' },
            ...(options.tender ? { tender: options.tender } : {}),
          });
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
    notes: [`The language model's draft was not used (${reason}); the template drafter wrote this section.`, ...fallback.notes],
    model: { used: true, fellBack: true, attempts, usage, reason },
  };
}
