/**
 * Which figures a section's text relies on, and which import batches those figures came from.
 *
 * Batches come from each figure's `provenance.batches`, which name them by id. Sections stored
 * before figures carried provenance have only the readable `source` line ("reviews.csv imported
 * 2026-07-03"); for those figures alone a batch counts when its file name is followed there by
 * its import day, which can list two same-day imports of one file name where one was used.
 */
import type { Section } from '../section/section-schema.js';

export function figureIdsOfSection(section: Section): string[] {
  const ids = new Set<string>();
  const lines = [section.paragraph.behaviour, section.paragraph.ownersCadence, section.paragraph.evidence, section.paragraph.assurance, ...section.supporting];
  for (const line of lines) for (const id of line.figureIds) ids.add(id);
  for (const claim of section.validation.claims) if (claim.figureId) ids.add(claim.figureId);
  const known = new Set(section.pack.figures.map((figure) => figure.id));
  return [...ids].filter((id) => known.has(id)).sort();
}

const DAY_LIST = /^((?:\d{4}-\d{2}-\d{2})(?: and \d{4}-\d{2}-\d{2})*)/;

function importDaysAfter(source: string, fileName: string): Set<string> {
  const days = new Set<string>();
  const marker = `${fileName} imported `;
  let from = source.indexOf(marker);
  while (from >= 0) {
    const before = from === 0 ? ' ' : source[from - 1]!;
    if (/[\s;,]/.test(before)) {
      const match = DAY_LIST.exec(source.slice(from + marker.length));
      for (const day of match?.[1]?.split(' and ') ?? []) days.add(day);
    }
    from = source.indexOf(marker, from + 1);
  }
  return days;
}

export function batchIdsBehindFigures(
  section: Section,
  figureIds: readonly string[],
  batches: readonly { id: string; fileName: string; importedAt: Date }[],
): string[] {
  const wanted = new Set(figureIds);
  const used = section.pack.figures.filter((figure) => wanted.has(figure.id));
  const named = new Set(used.flatMap((figure) => figure.provenance?.batches.map((batch) => batch.id) ?? []));
  const legacySources = used.filter((figure) => !figure.provenance).map((figure) => figure.source);
  return batches
    .filter((batch) => {
      if (named.has(batch.id)) return true;
      const day = batch.importedAt.toISOString().slice(0, 10);
      return legacySources.some((source) => importDaysAfter(source, batch.fileName).has(day));
    })
    .map((batch) => batch.id)
    .sort();
}
