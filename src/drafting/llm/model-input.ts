/**
 * What the model is allowed to see: the question, the limit, the standards, aggregated figures
 * (id, label, formatted value, period, place) and consented case examples without references,
 * plus organisation-level practices. Never a person reference, a name or a free-text comment:
 * everything here is built from the evidence pack and the drafting context, not from rows.
 */
import { formatStandard } from '../../evidence/format-figure.js';
import { describeFigure } from '../describe-figure.js';
import type { DraftingContext } from '../drafting-context.js';

export interface ModelInput {
  question: string;
  questionNumber?: string;
  wordLimit: number;
  period: string;
  place: string;
  data: {
    standards: { id: string; label: string; token: string; text: string }[];
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
    caseExamples: { service: string; measure: string; change: string; verifiedIn: string; verifiedBy: string }[];
    practices: { accessibleFormats?: string; complexReviewsChairedBy?: string; cadence?: string; disagreementLog: boolean };
  };
}

export function buildModelInput(context: DraftingContext, options: { question: string; questionNumber?: string; wordLimit: number; figureCount?: number }): ModelInput {
  const { figures } = context;
  const chosen = context.ranked(options.figureCount ?? 3).chosen.map((entry) => entry.figure);
  const sampling = figures.figures.find((figure) => figure.id === 'ni-sampling');
  const offered = sampling && sampling.value !== null ? [...chosen, sampling] : chosen;
  return {
    question: options.question,
    ...(options.questionNumber ? { questionNumber: options.questionNumber } : {}),
    wordLimit: options.wordLimit,
    period: context.period,
    place: context.place,
    data: {
      standards: figures.standards.map((standard) => ({ id: standard.id, label: standard.label, token: `{{std:${standard.id}}}`, text: formatStandard(standard) })),
      figures: offered.map((figure) => {
        const text = describeFigure(figure);
        const tokens = [`{{fig:${figure.id}}}`, ...(text.counted ? [`{{fig:${figure.id}:fraction}}`] : []), ...(text.trend ? [`{{fig:${figure.id}:trend}}`] : [])];
        return {
          id: figure.id,
          label: text.subject,
          value: text.value,
          ...(text.counted ? { fraction: text.counted } : {}),
          ...(text.trend ? { trend: text.trend } : {}),
          period: text.period,
          place: context.place,
          source: text.source,
          strength: figure.id === 'ni-sampling' ? 'assurance' : text.strength,
          smallSample: text.smallSample,
          tokens,
        };
      }),
      niSampling: {
        recorded: context.sampling.recorded,
        allServicesMet: context.sampling.allMet,
        ...(context.sampling.recorded ? {} : { plannedFrom: context.sampling.next, firstReport: context.sampling.reportBy }),
      },
      caseExamples: context.cases.slice(0, 2).map((example) => ({
        service: example.service,
        measure: example.measure,
        change: example.direction,
        verifiedIn: example.month,
        verifiedBy: example.verifiedBy,
      })),
      practices: {
        ...(context.practice.formats ? { accessibleFormats: context.practice.formats } : {}),
        ...(context.practice.complexChair ? { complexReviewsChairedBy: context.practice.complexChair } : {}),
        ...(context.practice.cadence ? { cadence: context.practice.cadence } : {}),
        disagreementLog: context.practice.disputes,
      },
    },
  };
}
