/**
 * Under a tight limit the answer keeps every strongly asked element, quoting fewer library
 * entries rather than letting one long block squeeze another element out; with room, each
 * block is given back in full.
 */
import { describe, expect, it } from 'vitest';
import type { DraftLines } from '../../../src/drafting/assemble-response.js';
import { fit, type Candidate } from '../../../src/drafting/plan/plan-answer.js';
import type { Block } from '../../../src/drafting/plan/topic-blocks.js';

const core: DraftLines = { behaviour: '', ownersCadence: '', evidence: '', assurance: '', supporting: [] };
const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ') + '.';

function library(entries: number): Block {
  const block: Block = { element: 'declared-practices', topic: 'information-sharing', text: Array.from({ length: entries }, () => words(30, 'entry')).join(' '), figureIds: [], weakFigureIds: [] };
  return entries > 1 ? { ...block, shorter: library(entries - 1) } : block;
}
const sharing: Block = { element: 'information-sharing', topic: 'information-sharing', text: words(40, 'sharing'), figureIds: [], weakFigureIds: [] };
const depth: Block = { element: 'you-said-we-did', topic: 'information-sharing', text: words(20, 'depth'), figureIds: [], weakFigureIds: [] };
const candidates: Candidate[] = [
  { block: library(3), priority: 1, order: 0 },
  { block: sharing, priority: 1, order: 1 },
  { block: depth, priority: 3, order: 2 },
];

describe('fitting blocks to the limit', () => {
  it('quotes fewer library entries rather than leave out another strongly asked element', () => {
    const fitted = fit(core, candidates, { kind: 'words', value: 110 }, true);
    expect(fitted.fits).toBe(true);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['declared-practices', 'information-sharing']);
    // Two entries (60 words) and the sharing block (40) fit in 110; three entries would not.
    expect(fitted.chosen[0]!.block.text.match(/entry\./g)).toHaveLength(2);
  });

  it('gives every block in full when there is room, and depth after', () => {
    const fitted = fit(core, candidates, { kind: 'words', value: 500 }, true);
    expect(fitted.chosen.map((candidate) => candidate.block.element)).toEqual(['declared-practices', 'information-sharing', 'you-said-we-did']);
    expect(fitted.chosen[0]!.block.text.match(/entry\./g)).toHaveLength(3);
  });

  it('says a block once when two routes wrote the same one (a part\'s library entries and its topic\'s)', () => {
    const entry: Block = { element: 'declared-practices', topic: 'carers', text: words(30, 'carers'), figureIds: [], weakFigureIds: [] };
    const twice: Candidate[] = [
      { block: entry, priority: 0, order: 0, part: 0 },
      { block: sharing, priority: 1, order: 1 },
      { block: { ...entry }, priority: 1, order: 2 },
      { block: { ...entry }, priority: 3, order: 3 },
    ];
    const fitted = fit(core, twice, { kind: 'words', value: 500 }, true);
    expect(fitted.chosen.filter((candidate) => candidate.block.text === entry.text)).toHaveLength(1);
  });
});
