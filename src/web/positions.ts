/**
 * Turns the checker's and validator's 1-based line/column ranges into string offsets once, and
 * cuts a text into plain and highlighted segments. Overlapping ranges cannot both be a <mark>:
 * the narrower (more specific) one wins, and ranges that are exactly equal share one mark.
 */

export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Annotation {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Ids of the annotations this segment highlights; empty for plain text. */
  annotationIds: string[];
}

/** Offsets at which each line starts (line 1 at index 0). `\r\n` and `\n` both end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\n') starts.push(index + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 units, as vfile counts) to a 0-based offset, clamped to the text. */
export function offsetOf(starts: readonly number[], textLength: number, line: number, column: number): number {
  const lineStart = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(Math.max(lineStart + column - 1, 0), textLength);
}

export function rangeToOffsets(text: string, range: TextRange, starts = lineStarts(text)): { start: number; end: number } {
  const start = offsetOf(starts, text.length, range.line, range.column);
  const end = offsetOf(starts, text.length, range.endLine, range.endColumn);
  return { start, end: Math.max(start, end) };
}

/** Chooses which annotations become marks: narrowest first, no partial overlaps, equal ranges merged. */
export function chooseMarks(annotations: readonly Annotation[]): { start: number; end: number; ids: string[] }[] {
  const byWidth = annotations.filter((annotation) => annotation.end > annotation.start).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const chosen: { start: number; end: number; ids: string[] }[] = [];
  for (const annotation of byWidth) {
    const same = chosen.find((mark) => mark.start === annotation.start && mark.end === annotation.end);
    if (same) {
      same.ids.push(annotation.id);
      continue;
    }
    const overlaps = chosen.some((mark) => annotation.start < mark.end && mark.start < annotation.end);
    if (!overlaps) chosen.push({ start: annotation.start, end: annotation.end, ids: [annotation.id] });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export function segmentText(text: string, annotations: readonly Annotation[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of chooseMarks(annotations)) {
    if (mark.start > cursor) segments.push({ text: text.slice(cursor, mark.start), start: cursor, end: mark.start, annotationIds: [] });
    segments.push({ text: text.slice(mark.start, mark.end), start: mark.start, end: mark.end, annotationIds: mark.ids });
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, end: text.length, annotationIds: [] });
  return segments;
}
