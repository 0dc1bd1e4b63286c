/**
 * Reads what the drafter needs besides the figures: "you said, we did" rows (neutral text by
 * contract: what was said and what changed, never who said it) and the practices the period's
 * records show. Data access for drafting lives here only.
 */
import type { Database } from '../data/database.js';
import { resolveScope } from '../evidence/evidence-scope.js';
import type { PracticeFacts, YouSaidWeDid } from './drafting-schema.js';
import { twelveMonthsStart } from '../evidence/period.js';
import { ESCALATION_LEVELS } from '../data/import/vocabulary.js';

export interface QueryDraftingDataOptions {
  db: Database;
  period: string;
  organisation?: string;
  services?: string[];
}

const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

function byFrequency(values: readonly (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

export async function queryDraftingData(options: QueryDraftingDataOptions): Promise<{ changes: YouSaidWeDid[]; practice: PracticeFacts }> {
  const { db } = options;
  const scope = await resolveScope({ db, period: options.period, ...(options.organisation ? { organisation: options.organisation } : {}), ...(options.services ? { services: options.services } : {}) });
  const organisationId = scope.organisation.id;
  const serviceIds = scope.services.map((service) => service.id);
  const from = new Date(`${scope.period.start}T00:00:00Z`);
  const to = new Date(`${scope.period.end}T00:00:00Z`);
  const inScope = { organisationId, person: { serviceId: { in: serviceIds } } };

  const [changes, reviews, modes, disagreements] = await Promise.all([
    db.prisma.feedbackChange.findMany({
      where: { organisationId, serviceId: { in: serviceIds }, changedOn: { lte: to } },
      select: { youSaid: true, weDid: true, changedOn: true, verifiedOn: true, verifiedBy: true, raisedByRole: true, service: { select: { name: true } } },
      orderBy: { changedOn: 'desc' },
      take: 200,
    }),
    db.prisma.review.findMany({
      where: { ...inScope, heldOn: { gte: from, lte: to } },
      select: { type: true, chairRole: true, agendaFormat: true },
    }),
    db.prisma.participant.findMany({
      where: { organisationId, role: { in: ['family', 'friend', 'advocate'] }, review: { ...inScope, heldOn: { gte: from, lte: to } } },
      select: { mode: true },
    }),
    // The route is a standing arrangement: the levels disagreements reached over the twelve months
    // to the period end, so an answer about one quarter and one about the year name the same route.
    db.prisma.disagreement.findMany({
      where: { ...inScope, loggedOn: { gte: new Date(`${twelveMonthsStart(scope.period.end)}T00:00:00Z`), lte: to } },
      select: { escalationLevel: true, loggedOn: true },
    }),
  ]);
  const ladder: readonly string[] = ESCALATION_LEVELS;
  const levels = [...new Set(disagreements.map((row) => row.escalationLevel))].sort((a, b) => ladder.indexOf(a) - ladder.indexOf(b));
  return {
    changes: changes.map((row) => ({
      youSaid: row.youSaid,
      weDid: row.weDid,
      changedOn: isoDay(row.changedOn)!,
      verifiedOn: isoDay(row.verifiedOn),
      verifiedBy: row.verifiedBy,
      service: row.service.name,
      raisedBy: row.raisedByRole,
    })),
    practice: {
      reviewTypes: byFrequency(reviews.map((row) => row.type)),
      complexChairs: byFrequency(reviews.filter((row) => /complex|best-interests/.test(row.type)).map((row) => row.chairRole)),
      agendaFormats: byFrequency(reviews.map((row) => row.agendaFormat)).filter((format) => format !== 'standard' && format !== 'none'),
      participationModes: byFrequency(modes.map((row) => row.mode)),
      escalationLevels: levels,
      disagreementsLogged: disagreements.filter((row) => row.loggedOn >= from).length,
      region: scope.organisation.region,
    },
  };
}
