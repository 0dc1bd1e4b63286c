/**
 * What the model is allowed to see: the question, the limit, the standards, aggregated figures
 * (id, label, formatted value, period, place) and consented case examples without references,
 * plus organisation-level practices. Never a person reference or a comment: everything here is
 * built from the evidence pack and the drafting context, not from rows. The few imported free
 * texts that do reach here (enablement measures and values, how an outcome was verified,
 * service names and localities) pass screening first (screen-free-text.ts); one that fails is
 * replaced by a neutral description from a closed vocabulary, or left out, and never sent.
 */
import { ENABLEMENT_DOMAINS } from '../../data/import/vocabulary.js';
import type { Figure } from '../../evidence/evidence-pack-schema.js';
import { formatStandard } from '../../evidence/format-figure.js';
import { describeFigure } from '../describe-figure.js';
import type { DraftingContext } from '../drafting-context.js';
import { joinList } from '../../shared/english-text.js';
import { ScreeningLog } from '../screen-free-text.js';

export interface ModelInput {
  question: string;
  questionNumber?: string;
  wordLimit: number;
  period: string;
  place: string;
  data: {
    /** `statedAs: 'target'` when the records do not show the standard met: it may only be written as a target. */
    standards: { id: string; label: string; token: string; text: string; statedAs: 'fact' | 'target' }[];
    figures: {
      id: string;
      label: string;
      value: string;
      fraction?: string;
      trend?: string;
      period: string;
      place: string;
      source: string;
      strength: string;
      smallSample: boolean;
      tokens: string[];
    }[];
    niSampling: { recorded: boolean; allServicesMet: boolean; plannedFrom?: string; firstReport?: string };
    caseExamples: { service?: string; measure: string; change: string; verifiedIn: string; verifiedBy?: string; story?: { goal?: string; support?: string; agreedWith?: string } }[];
    practices: { accessibleFormats?: string; complexReviewsChairedBy?: string; cadence?: string; disagreementLog: boolean };
    /** What the question asks about, and what the supporting paragraphs (written from the records) already say. */
    asked?: { topics: { topic: string; weight: 'strong' | 'weak' }[]; coveredAfterTheCore: string[] };
  };
  /** Where a value was withheld from the model and why (never the value itself). */
  withheld: string[];
}

/** "daily living" for a domain of the closed vocabulary; anything else reads as "other". */
function domainWords(domain: string): string {
  const known = (ENABLEMENT_DOMAINS as readonly string[]).includes(domain) ? domain : 'other';
  return known.replace(/-/g, ' ');
}

/** The domain of an enablement figure, from its id ("enablement-daily-living-…"). */
function figureDomain(figure: Figure): string | undefined {
  return ENABLEMENT_DOMAINS.find((domain) => figure.id.startsWith(`enablement-${domain}-`));
}

function neutralFigureLabel(figure: Figure): string {
  const domain = figureDomain(figure);
  if (!domain) return 'a figure from the records';
  return figure.id.endsWith('-people') ? `people with a verified ${domainWords(domain)} outcome` : `a verified ${domainWords(domain)} outcome, before and after`;
}

/** The place as the model may see it: localities (or the one service's name) that pass screening. */
function screenedPlace(context: DraftingContext, log: ScreeningLog): string {
  if (log.pass(context.place, 'place', 'the place') !== undefined) return context.place;
  const services = context.figures.services;
  const names = services.length === 1 ? [services[0]!.name] : [...new Set(services.map((service) => service.locality))];
  const kept = names.filter((name) => log.pass(name, 'place', 'a service name or locality') !== undefined);
  return kept.length > 0 ? joinList(kept) : services.length === 1 ? 'the service' : 'the services';
}

export function buildModelInput(
  context: DraftingContext,
  options: { question: string; questionNumber?: string; wordLimit: number; figureCount?: number; covered?: readonly string[] },
): ModelInput {
  const { figures } = context;
  const log = new ScreeningLog();
  const place = screenedPlace(context, log);
  const chosen = context.ranked(options.figureCount ?? 3).chosen.map((entry) => entry.figure);
  const sampling = figures.figures.find((figure) => figure.id === 'ni-sampling');
  const offered = sampling && sampling.value !== null ? [...chosen, sampling] : chosen;
  const modelFigures: ModelInput['data']['figures'] = [];
  for (const figure of offered) {
    const text = describeFigure(figure);
    // A value imported as text (not a number or a ratio) is free text too.
    const textValues = [figure.value, figure.previous].some((value) => typeof value === 'string' && !/^\d+:\d+$/.test(value));
    if (textValues && log.pass([text.value, text.trend, text.counted].filter(Boolean).join(' '), 'phrase', `the values of figure ${figure.id}`) === undefined) continue;
    const tokens = [`{{fig:${figure.id}}}`, ...(text.counted ? [`{{fig:${figure.id}:fraction}}`] : []), ...(text.trend ? [`{{fig:${figure.id}:trend}}`] : [])];
    // The label as imported is screened: the subject is lower-cased at its start, which would hide a name there.
    const labelPasses = log.pass(figure.label, 'phrase', `the label of figure ${figure.id}`) !== undefined;
    modelFigures.push({
      id: figure.id,
      label: (labelPasses ? log.pass(text.subject, 'phrase', `the label of figure ${figure.id}`) : undefined) ?? neutralFigureLabel(figure),
      value: text.value,
      ...(text.counted ? { fraction: text.counted } : {}),
      ...(text.trend ? { trend: text.trend } : {}),
      period: text.period,
      place,
      source: log.pass(text.source, 'phrase', `the source of figure ${figure.id}`) ?? 'the records',
      strength: figure.id === 'ni-sampling' ? 'assurance' : text.strength,
      smallSample: text.smallSample,
      tokens,
    });
  }
  const practice = {
    formats: log.pass(context.practice.formats, 'phrase', 'the accessible formats'),
    complexChair: log.pass(context.practice.complexChair, 'phrase', 'who chairs complex reviews'),
    cadence: log.pass(context.practice.cadence, 'phrase', 'the review cadence'),
  };
  return {
    question: options.question,
    ...(options.questionNumber ? { questionNumber: options.questionNumber } : {}),
    wordLimit: options.wordLimit,
    period: context.period,
    place,
    data: {
      standards: figures.standards.map((standard) => ({
        id: standard.id,
        label: standard.label,
        token: `{{std:${standard.id}}}`,
        text: formatStandard(standard),
        statedAs: context.standardsMet[standard.id] === false ? ('target' as const) : ('fact' as const),
      })),
      figures: modelFigures,
      niSampling: {
        recorded: context.sampling.recorded,
        allServicesMet: context.sampling.allMet,
        ...(context.sampling.recorded ? {} : { plannedFrom: context.sampling.next, firstReport: context.sampling.reportBy }),
      },
      caseExamples: context.cases.slice(0, 2).map((example) => {
        // The record's own words are screened, before the drafting context reworded them.
        const record = example.example;
        const passes = (raw: string, kind: 'phrase' | 'place', where: string) => log.pass(raw, kind, where) !== undefined;
        const service = passes(record.service, 'place', "a case example's service") ? log.pass(example.service, 'place', "a case example's service") : undefined;
        const verifiedBy = passes(record.verifiedBy, 'phrase', 'how a case example was verified') ? log.pass(example.verifiedBy, 'phrase', 'how a case example was verified') : undefined;
        const measure = passes(record.measure, 'phrase', "a case example's measure") ? log.pass(example.measure, 'phrase', "a case example's measure") : undefined;
        // The story (what the person wanted, what was done, who agreed it) as the drafting context kept it, screened again here.
        const story = Object.fromEntries(
          (['goal', 'support', 'agreedWith'] as const)
            .map((part) => [part, example.story?.[part] === undefined ? undefined : log.pass(example.story[part]!, 'phrase', `a case example's ${part === 'agreedWith' ? 'agreed with' : part}`)] as const)
            .filter(([, text]) => text !== undefined),
        ) as { goal?: string; support?: string; agreedWith?: string };
        return {
          ...(service ? { service } : {}),
          measure: measure ?? `an outcome in ${domainWords(record.domain)}`,
          change: example.direction,
          verifiedIn: example.month,
          ...(verifiedBy ? { verifiedBy } : {}),
          ...(Object.keys(story).length > 0 ? { story } : {}),
        };
      }),
      practices: {
        ...(practice.formats ? { accessibleFormats: practice.formats } : {}),
        ...(practice.complexChair ? { complexReviewsChairedBy: practice.complexChair } : {}),
        ...(practice.cadence ? { cadence: practice.cadence } : {}),
        disagreementLog: context.practice.disputes,
      },
      ...(context.analysis && context.analysis.topics.length > 0
        ? { asked: { topics: context.analysis.topics.map((topic) => ({ topic: topic.label, weight: topic.weight })), coveredAfterTheCore: [...(options.covered ?? [])] } }
        : {}),
    },
    withheld: log.withheld,
  };
}
