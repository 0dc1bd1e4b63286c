/**
 * Consented, verified enablement outcomes as short factual records for micro case examples.
 * Never a person's reference, name or free-text comment: only service, domain, the measure,
 * before → after, time taken and how it was verified, and the outcome's own story fields (goal,
 * support, who agreed it), which providers write by role and the drafter screens before quoting.
 * Outcomes without consent still count in the figures but are never offered here.
 */
import type { Database } from '../data/database.js';
import { addDays } from './calendar/iso-date.js';
import type { EvidenceScope } from './evidence-scope.js';
import type { CaseExample } from './figures-schema.js';

export interface SelectCaseExamplesOptions {
  db: Database;
  scope: EvidenceScope;
  limit: number;
}

/** Outcomes verified in the period come first; if there are too few, the year before it fills in. */
export async function selectCaseExamples(options: SelectCaseExamplesOptions): Promise<CaseExample[]> {
  const { db, scope, limit } = options;
  const outcomes = await db.prisma.enablementOutcome.findMany({
    where: {
      organisationId: scope.organisation.id,
      consentToShare: true,
      verifiedOn: { not: null, gte: new Date(`${addDays(scope.period.start, -365)}T00:00:00Z`), lte: new Date(`${scope.period.end}T00:00:00Z`) },
      person: { serviceId: { in: scope.services.map((service) => service.id) } },
    },
    select: {
      domain: true,
      measure: true,
      unit: true,
      beforeValue: true,
      afterValue: true,
      startedOn: true,
      verifiedOn: true,
      verifiedBy: true,
      goal: true,
      support: true,
      agreedWith: true,
      person: { select: { service: { select: { name: true } } } },
    },
    orderBy: [{ verifiedOn: 'desc' }],
    take: 200,
  });
  const inPeriod = (date: Date) => date.toISOString().slice(0, 10) >= scope.period.start;
  // The period's own outcomes first (varied by domain, then the rest of them); only then the
  // year before, varied by domain the same way. Newest first within each.
  const chosen: typeof outcomes = [];
  const domains = new Set<string>();
  for (const pool of [outcomes.filter((outcome) => inPeriod(outcome.verifiedOn!)), outcomes.filter((outcome) => !inPeriod(outcome.verifiedOn!))]) {
    for (const outcome of pool) {
      if (chosen.length >= limit) break;
      if (!domains.has(outcome.domain)) {
        chosen.push(outcome);
        domains.add(outcome.domain);
      }
    }
    for (const outcome of pool) {
      if (chosen.length >= limit) break;
      if (!chosen.includes(outcome)) chosen.push(outcome);
    }
  }
  return chosen.map((outcome) => ({
    service: outcome.person.service.name,
    domain: outcome.domain,
    measure: outcome.measure,
    unit: outcome.unit,
    before: outcome.beforeValue,
    after: outcome.afterValue,
    weeksTaken: Math.max(0, Math.round((outcome.verifiedOn!.getTime() - outcome.startedOn.getTime()) / (7 * 86_400_000))),
    verifiedOn: outcome.verifiedOn!.toISOString().slice(0, 10),
    verifiedBy: outcome.verifiedBy ?? 'not recorded',
    ...storyOf(outcome),
  }));
}

/** The story fields that are recorded, or nothing when none is. */
function storyOf(outcome: { goal: string | null; support: string | null; agreedWith: string | null }): Pick<CaseExample, 'story'> {
  const story: NonNullable<CaseExample['story']> = {};
  if (outcome.goal) story.goal = outcome.goal;
  if (outcome.support) story.support = outcome.support;
  if (outcome.agreedWith) story.agreedWith = outcome.agreedWith;
  return Object.keys(story).length > 0 ? { story } : {};
}
