/**
 * The organisation's practice library entries that hold for a scope: in place by the end of the
 * period, for the whole organisation or a service in scope. Each comes with its owner and
 * cadence in words, the place it holds for, whether its last check is too old to quote, and the
 * import it came from, so drafts can quote it with its source and the validator can check it.
 */
import type { Database } from '../data/database.js';
import { PRACTICE_TOPICS } from '../data/import/vocabulary.js';
import { CADENCE_WORDS, DEFAULT_STALE_AFTER_MONTHS, OWNER_WORDS } from './data/practice-library-words.js';
import type { DeclaredPractice } from './evidence-pack-schema.js';
import type { EvidenceScope } from './evidence-scope.js';
import { placeAnchor } from './place-anchor.js';

export interface ComputeDeclaredPracticesOptions {
  db: Database;
  scope: EvidenceScope;
  /** A last check longer ago than this many months before the period's end is stale (default 12). */
  staleAfterMonths?: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The ISO day `months` calendar months before `iso` (the last day of the month when it has fewer days). */
export function monthsBefore(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDay(target);
}

const wordsOf = <K extends string>(table: Readonly<Record<K, string>>, code: string): string => (table as Readonly<Record<string, string>>)[code] ?? code;

export async function computeDeclaredPractices(options: ComputeDeclaredPracticesOptions): Promise<DeclaredPractice[]> {
  const { db, scope } = options;
  const periodEnd = scope.period.end;
  const staleBefore = monthsBefore(periodEnd, options.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS);
  const serviceIds = scope.services.map((service) => service.id);
  // An organisation-wide practice holds wherever the organisation works: every service, as figures name them.
  const [rows, organisationPlace] = await Promise.all([
    db.prisma.practiceEntry.findMany({
      where: {
        organisationId: scope.organisation.id,
        inPlaceSince: { lte: new Date(`${periodEnd}T00:00:00Z`) },
        OR: [{ serviceId: null }, { serviceId: { in: serviceIds } }],
      },
      include: { batch: { select: { id: true, fileName: true, sha256: true, importedAt: true } } },
    }),
    scope.organisationPlace ?? db.prisma.service.findMany({ where: { organisationId: scope.organisation.id }, select: { name: true } }).then((services) => placeAnchor(services.map((service) => service.name))),
  ]);
  // Every entry's service is in scope (the query asks for no other), so the scope names it and
  // including the service cost Prisma a further round trip.
  const servicesById = new Map(scope.services.map((service) => [service.id, service]));
  const entries = rows.map((entry) => ({ ...entry, service: entry.serviceId === null ? null : servicesById.get(entry.serviceId)! }));
  const topicOrder = (topic: string) => (PRACTICE_TOPICS as readonly string[]).indexOf(topic);
  entries.sort(
    (a, b) =>
      topicOrder(a.topic) - topicOrder(b.topic) ||
      Number(a.service !== null) - Number(b.service !== null) ||
      (a.service?.name ?? '').localeCompare(b.service?.name ?? '') ||
      a.ref.localeCompare(b.ref),
  );
  return entries.map((entry): DeclaredPractice => {
    const lastCheckedOn = isoDay(entry.lastCheckedOn);
    const hasMeasure = entry.measure !== null && entry.measureCount !== null && entry.measureOf !== null && entry.measureAsOf !== null && entry.measureOf > 0;
    return {
      id: entry.ref,
      topic: entry.topic,
      text: entry.practice,
      ownerRole: entry.ownerRole,
      owner: wordsOf(OWNER_WORDS, entry.ownerRole),
      cadence: entry.cadence,
      cadenceText: wordsOf(CADENCE_WORDS, entry.cadence),
      since: isoDay(entry.inPlaceSince),
      source: entry.source,
      lastCheckedOn,
      checkedBy: entry.checkedBy,
      place: entry.service ? entry.service.name : organisationPlace,
      ...(entry.service ? { serviceRef: entry.service.ref } : { wholeOrganisation: true }),
      stale: lastCheckedOn < staleBefore,
      provenance: {
        records: 'practice library',
        noun: 'practice',
        rows: 1,
        batches: [
          {
            id: entry.batch.id,
            file: entry.batch.fileName,
            sha256: entry.batch.sha256,
            importedAt: entry.batch.importedAt.toISOString(),
            rows: { first: entry.sourceRow, last: entry.sourceRow },
          },
        ],
      },
      ...(hasMeasure
        ? { measure: { label: entry.measure!, count: entry.measureCount!, of: entry.measureOf!, share: round1((entry.measureCount! / entry.measureOf!) * 100), asOf: isoDay(entry.measureAsOf!) } }
        : {}),
    };
  });
}
