import type { Parent as NlcstParent } from 'nlcst';
import type { Point, Position } from 'unist';

/**
 * The text of an nlcst node with a map back to source positions. Markdown markup between
 * words is not in the text, so offsets in the text are mapped leaf by leaf.
 */
export interface MappedText {
  text: string;
  /** Source point of the character at `offset` (0-based, inside the text). */
  pointAt(offset: number): Point;
  /** Source position of the text range [start, end). */
  positionOf(start: number, end: number): Position;
}

interface Leaf {
  value: string;
  textStart: number;
  start: Point;
}

function collectLeaves(node: NlcstParent, leaves: Leaf[], state: { length: number }): void {
  for (const child of node.children) {
    if ('children' in child) {
      collectLeaves(child, leaves, state);
    } else if ('value' in child && child.position) {
      leaves.push({ value: child.value, textStart: state.length, start: child.position.start });
      state.length += child.value.length;
    }
  }
}

export function mapText(node: NlcstParent): MappedText {
  const leaves: Leaf[] = [];
  collectLeaves(node, leaves, { length: 0 });
  const text = leaves.map((leaf) => leaf.value).join('');

  function leafIndexAt(offset: number): number {
    let low = 0;
    let high = leaves.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (leaves[middle]!.textStart <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  function pointAt(offset: number): Point {
    const leaf = leaves[leafIndexAt(offset)];
    if (!leaf) return { line: 1, column: 1 };
    let { line, column } = leaf.start;
    const within = Math.max(0, Math.min(offset - leaf.textStart, leaf.value.length));
    for (let index = 0; index < within; index++) {
      if (leaf.value.charCodeAt(index) === 10) {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
    }
    return { line, column, ...(leaf.start.offset === undefined ? {} : { offset: leaf.start.offset + within }) };
  }

  function positionOf(start: number, end: number): Position {
    const last = pointAt(Math.max(start, end - 1));
    return {
      start: pointAt(start),
      end: { line: last.line, column: last.column + 1, ...(last.offset === undefined ? {} : { offset: last.offset + 1 }) },
    };
  }

  return { text, pointAt, positionOf };
}
