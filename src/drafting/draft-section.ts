/**
 * `assured draft`: the involvement section for a tender question, from the database.
 * Computes the figures, reads the "you said, we did" rows and practice facts, then drafts with
 * the template drafter (default) or the language model, which falls back to the template
 * drafter when its text fails validation twice or the endpoint fails.
 */
import type { Database } from '../data/database.js';
import { computeFigures } from '../evidence/compute-figures.js';
import type { FiguresResult } from '../evidence/figures-schema.js';
import { formatFigureValue, formatFraction } from '../evidence/format-figure.js';
import { joinList, lowerFirst } from '../shared/english-text.js';
import { resolveScope } from '../evidence/evidence-scope.js';
import { CLIENT_GROUP_PEOPLE } from './data/client-groups.js';
import { servicesForPeopleAsked } from './question/people-asked-about.js';
import { askedTopicCues } from './data/question-cues.js';
import { composeSection } from './compose-section.js';
import { pointsFromWhole } from './describe-figure.js';
import { SERVICE_BEHIND_POINTS } from './data/strength.js';
import { namesTerm, termsNamedIn } from './question/named-terms.js';
import type { ServiceFigure } from './drafting-context.js';
import type { DraftQuestion } from './drafting-schema.js';
import { draftWithModel, type LlmOptions } from './llm/draft-with-model.js';
import { queryDraftingData } from './query-drafting-data.js';
import { readQuestion } from './question/read-question.js';
import { withNamedTermTopics } from './question/named-terms.js';
import { parseReportingPeriod } from '../evidence/period.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import { bidMemoryAt, type BidMemory } from './plan/topic-blocks.js';

export interface DraftSectionOptions {
  db: Database;
  period: string;
  organisation?: string;
  services?: string[];
  question?: DraftQuestion;
  limit?: ResponseLimit;
  drafter?: 'template' | 'llm';
  existingDraft?: string;
  llm?: LlmOptions;
  tender?: Section['tender'];
  /** What earlier answers of the same bid used (examples, changes, sentences). */
  memory?: BidMemory;
}

/**
 * The period the figures cover: the one asked for, or, when the question asks about the last
 * 12 months, the four quarters ending with that period's last complete quarter.
 */
export function periodForQuestion(period: string, question: string | undefined): string {
  if (!question) return period;
  const analysis = readQuestion(question, { period: parseReportingPeriod(period) });
  return analysis.twelveMonths?.label ?? period;
}

interface ServiceChoice {
  /** The services to draft from; undefined for all. */
  refs?: string[];
  /** True when those are only some of the organisation's services. */
  someServices: boolean;
  note?: string;
}

/**
 * The services an answer is drafted from: the caller's choice, or, when there is none and the
 * question is about one group of people, the services for them. "For people with mental health
 * needs" is answered from the mental health service's records, and the writer is told so.
 */
async function chooseServices(options: DraftSectionOptions, period: string): Promise<ServiceChoice> {
  const organisation = options.organisation ? { organisation: options.organisation } : {};
  if (options.services && options.services.length > 0) {
    const scope = await resolveScope({ db: options.db, period, ...organisation, services: options.services });
    return { refs: options.services, someServices: !scope.allServices };
  }
  if (!options.question) return { someServices: false };
  const { services } = await resolveScope({ db: options.db, period, ...organisation });
  const asked = servicesForPeopleAsked(options.question.text, services);
  if (!asked) return { someServices: false };
  const people = joinList(asked.groups.map((group) => CLIENT_GROUP_PEOPLE[group] ?? group));
  const names = joinList(asked.services.map((service) => service.name));
  return {
    refs: asked.services.map((service) => service.ref),
    someServices: true,
    note: `This question is about ${people}, so the answer quotes the records of ${names} only, the ${asked.services.length === 1 ? 'service whose name or type says it is' : 'services whose names or types say they are'} for them. Choose the services yourself to answer for others too.`,
  };
}

export async function draftSection(options: DraftSectionOptions): Promise<Section> {
  const period = periodForQuestion(options.period, options.question?.text);
  const chosen = await chooseServices(options, period);
  const services = chosen.refs;
  const scope = {
    db: options.db,
    period,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(services && services.length > 0 ? { services } : {}),
  };
  const [figures, data] = await Promise.all([computeFigures({ ...scope, cases: 5 }), queryDraftingData(scope)]);
  const local = await figuresAtEachService(scope, figures);
  const serviceFigures = serviceFiguresOf(figures, local);
  const compose = {
    figures,
    changes: data.changes,
    practice: data.practice,
    ...(options.question ? { question: options.question } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.existingDraft ? { existingDraft: options.existingDraft } : {}),
    ...(options.tender ? { tender: options.tender } : {}),
    ...(options.memory ? { memory: chosen.someServices && services ? bidMemoryAt(options.memory, services) : options.memory } : {}),
    ...(chosen.someServices ? { someServices: true } : {}),
    ...(serviceFigures.length > 0 ? { serviceFigures } : {}),
  };
  const section = (options.drafter ?? 'template') === 'template' ? await composeSection(compose) : await draftWithModel({ ...compose, ...(options.llm ? { llm: options.llm } : {}) });
  const outliers = serviceOutliers(options, figures, local, chosen.someServices, new Set(section.pack.figures.map((figure) => figure.id)));
  const notes = [...(chosen.note ? [chosen.note] : []), ...outliers, ...namedButUnanswered(options.question?.text ?? '', section.responseText)];
  return notes.length > 0 ? { ...section, notes: [...section.notes, ...notes] } : section;
}

/**
 * What the question names that the answer never mentions (an IMHA, Makaton, Healthwatch): a
 * commissioner looks for each by name, and the records cannot supply most of them.
 */
export function namedButUnanswered(question: string, answer: string): string[] {
  const missing = termsNamedIn(question).filter((term) => !namesTerm(term, answer)).map((term) => term.name);
  if (missing.length === 0) return [];
  return [`The question names ${joinList(missing)}, and the answer does not mention ${missing.length === 1 ? 'it' : 'them'}: a reader looks for each by name. Add what you do, or add it to the practice library with its owner, where it is recorded and when it was last checked.`];
}

interface FiguresAtService {
  service: FiguresResult['services'][number];
  figures: FiguresResult;
}

/** Each service's own figures, when the answer covers two or more. */
async function figuresAtEachService(scope: { db: Database; period: string; organisation?: string }, figures: FiguresResult): Promise<FiguresAtService[]> {
  if (figures.services.length < 2) return [];
  const local: FiguresAtService[] = [];
  // One at a time: the embedded database answers one query at a time anyway.
  for (const service of figures.services) {
    local.push({ service, figures: await computeFigures({ db: scope.db, period: scope.period, ...(scope.organisation ? { organisation: scope.organisation } : {}), services: [service.ref] }) });
  }
  return local;
}

/** "participation" at "S-SX" → "participation-at-s-sx": an id the drafters' figure tokens can carry. */
function serviceFigureId(wholeId: string, serviceRef: string): string {
  return `${wholeId}-at-${serviceRef.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

/** The whole's percentage figures at each service, named as an answer names the service. */
function serviceFiguresOf(figures: FiguresResult, local: readonly FiguresAtService[]): ServiceFigure[] {
  const localities = local.map((entry) => entry.service.locality);
  const named = (service: FiguresAtService['service']) => (service.locality && localities.filter((locality) => locality === service.locality).length === 1 ? service.locality : service.name);
  const wholes = figures.figures.filter((figure) => figure.unit === 'percent' && typeof figure.value === 'number' && !figure.detail);
  return wholes.flatMap((whole) =>
    local.flatMap(({ service, figures: at }) => {
      const part = at.figures.find((figure) => figure.id === whole.id);
      if (!part || typeof part.value !== 'number' || !part.denominator) return [];
      return [{ whole: whole.id, service: named(service), figure: { ...part, id: serviceFigureId(whole.id, service.ref), place: service.name, breakdownOf: whole.id } }];
    }),
  );
}

/**
 * Services far from the total (SERVICE_BEHIND_POINTS) on what the question asks about (one at 42%
 * when the whole is 73%): the writer is told, so the answer can name the service and its action rather than let
 * the average hide it.
 */
function serviceOutliers(options: DraftSectionOptions, figures: FiguresResult, local: readonly FiguresAtService[], someServices: boolean, cited: ReadonlySet<string>): string[] {
  const across = someServices ? `across ${figures.place}` : 'across all services';
  if (local.length < 2) return [];
  const analysis = options.question ? withNamedTermTopics(readQuestion(options.question.text)) : undefined;
  const topics = analysis && analysis.topics.length > 0 ? analysis.topics.map((topic) => topic.id) : ['person-led-planning', 'summaries'];
  const ids = new Set(topics.flatMap((id) => askedTopicCues.find((entry) => entry.id === id)?.figures ?? []));
  const headline = figures.figures.filter((figure) => ids.has(figure.id) && figure.unit === 'percent' && typeof figure.value === 'number');
  const notes: string[] = [];
  for (const { service, figures: at } of local) {
    for (const whole of headline) {
      const part = at.figures.find((figure) => figure.id === whole.id);
      const gap = part ? pointsFromWhole(whole, part) : undefined;
      if (!part || gap === undefined || Math.abs(gap) < SERVICE_BEHIND_POINTS) continue;
      const advice = cited.has(serviceFigureId(whole.id, service.ref)) ? '; the answer names it beside the whole' : '; name it in the answer with its action rather than let the average hide it';
      notes.push(`${service.name}: ${lowerFirst(whole.label)} is ${formatFigureValue(part, part.value)} (${formatFraction(part)}) against ${formatFigureValue(whole, whole.value)} ${across} in ${figures.period.human}${gap < 0 ? advice : ''}.`);
    }
  }
  return notes;
}
