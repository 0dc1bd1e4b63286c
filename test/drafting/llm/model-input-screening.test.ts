/**
 * Imported free text reaches the model only after screening: every planted shape is put where
 * imported text flows into the model input (case example measures, how they were verified,
 * their services, service localities and names, enablement figure labels and text values), and
 * the request bodies the Chat Completions server on 127.0.0.1 received are searched for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { computeFigures } from '../../../src/evidence/compute-figures.js';
import type { Figure } from '../../../src/evidence/evidence-pack-schema.js';
import { catalogueFields } from '../../support/catalogue-fields.js';
import type { CaseExample, FiguresResult } from '../../../src/evidence/figures-schema.js';
import type { PracticeFacts, YouSaidWeDid } from '../../../src/drafting/drafting-schema.js';
import { draftWithModel } from '../../../src/drafting/llm/draft-with-model.js';
import { queryDraftingData } from '../../../src/drafting/query-drafting-data.js';
import { startFakeChatServer, type FakeChatServer } from '../../support/fake-chat-server.js';
import { openFixtureDatabase } from '../support/fixture-provider.js';
import { goodDraft, requestFacts } from '../support/scripted-drafts.js';
import { plantedTexts, type PlantedText } from './planted-text.js';

let db: Database;
let server: FakeChatServer;
let figures: FiguresResult;
let changes: YouSaidWeDid[];
let practice: PracticeFacts;
const ENABLEMENT_QUESTION = 'How do you measure enablement outcomes and independence?';

/**
 * A consented, verified outcome group as the figure computation writes one. The fixture
 * provider's only outcome verified in Q2 2026 was not consented, so it is never a figure.
 */
const consentedOutcome: Figure = {
  id: 'enablement-daily-living-journeys-planned-alone-0-to-2',
  label: 'journeys planned alone each month (daily living): before and after, verified',
  value: 2,
  previous: 0,
  unit: 'count',
  period: '2026-Q2',
  place: 'Ashbridge, Hollinwade, Millbeck and Stonecross',
  source: 'enablement records (shared with consent): 1 person verified Q2 2026',
  ...catalogueFields('enablement-measure', 1),
  subject: 'journeys planned alone each month',
  outcome: { domain: 'daily-living', measure: 'journeys planned alone each month', before: '0', after: '2', people: 1 },
};

beforeAll(async () => {
  [db, server] = await Promise.all([openFixtureDatabase(), startFakeChatServer()]);
  const computed = await computeFigures({ db, period: '2026-Q2', cases: 3 });
  figures = { ...computed, figures: [...computed.figures, consentedOutcome] };
  ({ changes, practice } = await queryDraftingData({ db, period: '2026-Q2' }));
});

afterAll(async () => {
  await Promise.all([db?.close(), server?.close()]);
});

/** Drafts with `pack` and returns the one request body the server received, and the section. */
async function requestBodyFor(pack: FiguresResult, question = ENABLEMENT_QUESTION) {
  const before = server.requests.length;
  server.enqueue({ kind: 'status', status: 500 });
  const section = await draftWithModel({
    figures: pack,
    changes,
    practice,
    question: { text: question },
    limit: { kind: 'words', value: 250 },
    llm: { baseURL: server.baseURL, apiKey: 'test-key', model: 'fake-model', timeoutMs: 30_000, maxRetries: 0 },
  });
  expect(server.requests.length - before).toBe(1);
  return { body: server.requests[before]!.raw, section };
}

function expectAbsent(body: string, planted: readonly PlantedText[]) {
  // The body is JSON: compare with the text as it is written inside a JSON string too.
  for (const { shape, markers } of planted) {
    for (const marker of markers) {
      expect(body, shape).not.toContain(marker);
      expect(body, shape).not.toContain(JSON.stringify(marker).slice(1, -1));
      expect(body, shape).not.toContain(JSON.stringify(JSON.stringify(marker).slice(1, -1)).slice(1, -1));
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

describe('what reaches the model', () => {
  it('sends case examples, figure labels and the place when they are ordinary, and says nothing was withheld', async () => {
    const { body, section } = await requestBodyFor(figures);
    const { data, place } = requestFacts(JSON.parse(body));
    expect(place).toBe(figures.services.length === 1 ? figures.services[0]!.name : 'Ashbridge, Hollinwade, Millbeck and Stonecross');
    expect(data.figures.map((figure) => figure.label)).toContain('journeys planned alone each month');
    expect((data as unknown as { caseExamples: unknown[] }).caseExamples).toContainEqual(expect.objectContaining({ measure: 'repeat prescriptions ordered without help each quarter', verifiedBy: 'pharmacy record and review' }));
    expect(section.notes.join(' ')).not.toMatch(/Withheld/);
  });

  it('sends a case example\'s story (what the person wanted, what was done, who agreed it), so the model can tell it', async () => {
    const template = figures.caseExamples![0]!;
    const story = { goal: 'to catch the bus to college on my own', support: 'practice runs with a worker, who then followed a little way behind', agreedWith: 'the person and the key worker' };
    const { body } = await requestBodyFor({ ...figures, caseExamples: [{ ...template, story }] });
    const { data } = requestFacts(JSON.parse(body));
    expect((data as unknown as { caseExamples: { story?: unknown }[] }).caseExamples[0]!.story).toEqual(story);
  });

  it.each(chunks(plantedTexts, 2).map((group) => [group.map((entry) => entry.shape).join('; '), group] as const))('withholds a case example\'s story when it may identify someone: %s', async (_, group) => {
    const template = figures.caseExamples![0]!;
    const story = { goal: group[0]!.text, support: group[1]?.text ?? 'practice runs with a worker', agreedWith: 'the person and the key worker' };
    const { body } = await requestBodyFor({ ...figures, caseExamples: [{ ...template, story }] });
    expectAbsent(body, group);
  });

  it.each(chunks(plantedTexts, 4).map((group) => [group.map((entry) => entry.shape).join('; '), group] as const))(
    'withholds case example text: %s',
    async (_, group) => {
      const template = figures.caseExamples![0]!;
      const services = figures.services;
      const caseExamples: CaseExample[] = [
        { ...template, service: services[0]!.name, measure: group[0]!.text, verifiedBy: group[1]?.text ?? template.verifiedBy },
        { ...template, service: services[1]!.name, domain: 'communication', measure: group[2]?.text ?? template.measure, verifiedBy: group[3]?.text ?? template.verifiedBy },
      ];
      const { body, section } = await requestBodyFor({ ...figures, caseExamples });
      expect(body).toContain('an outcome in ');
      expectAbsent(body, group);
      expect(section.notes.join(' ')).toMatch(/Withheld from the language model because it may identify someone or carry instructions: .*a case example's measure \(/);
    },
  );

  it.each(plantedTexts.map((planted) => [planted.shape, planted] as const))('withholds enablement figure labels, service names and localities: %s', async (_, planted) => {
    const pack: FiguresResult = {
      ...figures,
      services: planted.bareName ? figures.services : figures.services.map((service) => ({ ...service, locality: planted.text })),
      figures: figures.figures.map((figure) =>
        figure.id.startsWith('enablement-') && figure.id !== 'enablement-verified'
          ? { ...figure, label: `${planted.text} (daily living): before and after, verified` }
          : figure,
      ),
      caseExamples: planted.bareName ? figures.caseExamples! : figures.caseExamples!.map((example) => ({ ...example, service: planted.text })),
    };
    const { body } = await requestBodyFor(pack);
    const { data } = requestFacts(JSON.parse(body));
    expect(data.figures.some((figure) => figure.id.startsWith('enablement-') && figure.label.startsWith('a verified '))).toBe(true);
    expectAbsent(body, [planted]);
  });

  it('accepts a draft written from screened data, with the withheld note in the section', async () => {
    const template = figures.caseExamples![0]!;
    const pack = { ...figures, caseExamples: [{ ...template, verifiedBy: 'confirmed by his mother Mary Jones on 07700 900123' }] };
    server.enqueue(goodDraft);
    const section = await draftWithModel({ figures: pack, changes, practice, limit: { kind: 'words', value: 250 }, llm: { baseURL: server.baseURL, apiKey: 'k', model: 'm', timeoutMs: 30_000, maxRetries: 0 } });
    expect(section.model).toMatchObject({ fellBack: false });
    expect(section.notes).toContain('Withheld from the language model because it may identify someone or carry instructions: how a case example was verified (a name, a phone number).');
    expect(server.requests.at(-1)!.raw).not.toContain('Mary');
  });
});
