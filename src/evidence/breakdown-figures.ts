/**
 * Detail figures from the period's breakdowns: each value a count (or share) with its own
 * subject, so a sentence such as "5 were prompted by a best-interests decision" is checked
 * against the records like any other number. The figure builders come from compute-figures,
 * so provenance and sources are written one way.
 */
import type { Figure } from './evidence-pack-schema.js';
import type { Breakdowns, KeyedCount } from './breakdown-queries.js';
import { ADVOCATE_TYPE_WORDS, AGENDA_FORMAT_WORDS, ESCALATION_LEVEL_WORDS, PARTICIPATION_MODE_WORDS, REFERRAL_TRIGGER_WORDS, wordsFor } from './data/breakdown-wording.js';

export interface DetailFigureBuilders {
  count: (catalogueId: string, value: number, batches: string[], extra: Partial<Figure>, recordsLine: string) => Figure;
  percent: (catalogueId: string, numerator: number, denominator: number, batches: string[]) => Figure;
}

function grouped(build: DetailFigureBuilders, catalogueId: string, entries: readonly KeyedCount[], describe: (key: string) => { label: string; subject: string }, records: string): Figure[] {
  return entries.map((entry) => {
    const words = describe(entry.key);
    return build.count(catalogueId, entry.count, entry.batches, { id: `${catalogueId}-${entry.key}`, label: words.label, subject: words.subject, group: entry.key }, records);
  });
}

export function detailFigures(breakdowns: Breakdowns, build: DetailFigureBuilders): Figure[] {
  const { referrals, disagreements, supporterModes, agendaFormats, complexReviews } = breakdowns;
  const figures: Figure[] = [];
  if (referrals.total > 0) {
    figures.push(build.count('advocate-referrals', referrals.total, referrals.batches, {}, 'advocate referral records'));
    figures.push(
      ...grouped(build, 'advocate-referrals-trigger', referrals.byTrigger, (key) => {
        const reason = wordsFor(REFERRAL_TRIGGER_WORDS, key);
        return { label: `Advocate referrals prompted by ${reason}`, subject: `advocate referrals prompted by ${reason}` };
      }, 'advocate referral records by trigger'),
      ...grouped(build, 'advocate-referrals-type', referrals.byType, (key) => {
        const type = ADVOCATE_TYPE_WORDS[key] ?? { one: key, many: key };
        return { label: `Referrals to ${type.many}`, subject: `referrals to ${type.many}` };
      }, 'advocate referral records by type of advocate'),
    );
    if (referrals.medianHours !== null) {
      figures.push(
        build.count('advocate-response-median', referrals.medianHours, referrals.batches, { unit: 'hours', denominator: referrals.involved }, `advocate referral records: median over ${referrals.involved} referrals with the advocate involved`),
      );
    }
  }
  if (complexReviews.reviews > 0) figures.push(build.percent('advocate-at-complex', complexReviews.withAdvocate, complexReviews.reviews, complexReviews.batches));
  if (disagreements.total > 0) {
    figures.push(build.count('disputes-logged', disagreements.total, disagreements.batches, {}, 'disagreement log'));
    figures.push(
      ...grouped(build, 'disputes-level', disagreements.byLevel, (key) => {
        const level = wordsFor(ESCALATION_LEVEL_WORDS, key);
        return { label: `Disagreements ${level}`, subject: `disagreements ${level}` };
      }, 'disagreement log by furthest level reached'),
    );
  }
  if (supporterModes.reviews > 0) {
    figures.push(
      ...grouped(build, 'supporter-mode', supporterModes.byMode, (key) => {
        const mode = wordsFor(PARTICIPATION_MODE_WORDS, key);
        return { label: `Reviews where a family member, friend or advocate took part ${mode}`, subject: `reviews where a family member, friend or advocate took part ${mode}` };
      }, 'review participant records by how supporters took part'),
    );
  }
  figures.push(
    ...grouped(build, 'agenda-format', agendaFormats, (key) => {
      const format = wordsFor(AGENDA_FORMAT_WORDS, key);
      return { label: `Review agendas sent in ${format}`, subject: `review agendas sent in ${format}` };
    }, 'review records by agenda format'),
  );
  return figures;
}
