import type { Heading, Root as MdastRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { StructureSummary } from '../check-schema.js';
import { involvementTopicPatterns } from '../data/ladder-cues.js';
import { figurePatterns, periodPatterns, specificityPatterns } from '../data/specificity.js';
import {
  assuranceCues,
  behaviourCues,
  structureLabelPatterns,
  structureLineAdvice,
  type StructureLine,
} from '../data/structure-cues.js';
import { compilePhrasePatterns, findPhrases, hasPhrase, normaliseForMatching } from '../phrase-patterns.js';
import { reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'require-involvement-structure';

const labels = Object.fromEntries(
  Object.entries(structureLabelPatterns).map(([line, sources]) => [line, compilePhrasePatterns(sources)]),
) as Record<StructureLine, RegExp>;
const behaviour = compilePhrasePatterns(behaviourCues);
const role = compilePhrasePatterns(specificityPatterns.role);
const cadence = compilePhrasePatterns(specificityPatterns.cadence);
const figure = compilePhrasePatterns(figurePatterns);
const period = compilePhrasePatterns(periodPatterns);
const assurance = compilePhrasePatterns(assuranceCues);
const involvementTopic = compilePhrasePatterns(involvementTopicPatterns);

const lineOrder: readonly StructureLine[] = ['behaviour', 'ownersCadence', 'evidence', 'assurance'];

interface Section {
  heading: Heading | undefined;
  blocks: RootContent[];
}

/** Sections start at headings of the shallowest depth used; text before the first is its own section. */
function splitSections(tree: MdastRoot): Section[] {
  const depths = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => node.depth);
  const splitDepth = depths.length > 0 ? Math.min(...depths) : 0;
  const sections: Section[] = [{ heading: undefined, blocks: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === splitDepth) sections.push({ heading: node, blocks: [] });
    else sections.at(-1)!.blocks.push(node);
  }
  return sections.filter((section) => section.heading || section.blocks.length > 0);
}

/** Which of the four lines a piece of text carries. */
export function detectStructureLines(rawText: string): StructureSummary {
  const text = normaliseForMatching(rawText);
  const has = (line: StructureLine, detected: boolean): boolean => detected || hasPhrase(labels[line], text);
  const figures = findPhrases(figure, text);
  const periods = findPhrases(period, text);
  const datedFigure = figures.some((item) => periods.some((when) => when.end <= item.start || when.start >= item.end));
  return {
    behaviour: has('behaviour', hasPhrase(behaviour, text)),
    ownersCadence: has('ownersCadence', hasPhrase(role, text) && hasPhrase(cadence, text)),
    evidence: has('evidence', datedFigure),
    assurance: has('assurance', hasPhrase(assurance, text)),
  };
}

function answersInvolvementQuestion(headingText: string, bodyText: string): boolean {
  if (hasPhrase(involvementTopic, normaliseForMatching(headingText))) return true;
  return findPhrases(involvementTopic, normaliseForMatching(bodyText)).length >= 2;
}

function openingWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/**
 * For each section (or the whole draft, when it has no headings) that answers an involvement
 * question, one message per missing line of the Assured Involvement Paragraph.
 */
export const requireInvolvementStructure: CheckRule = {
  ruleId: RULE_ID,
  category: 'structure',
  url: ruleUrl(RULE_ID),
  description: 'An involvement answer without one of the four lines: behaviour; owners & cadence; evidence; assurance.',
  stage: 'remark',
  examples: {
    ok: [
      {
        text:
          'We co-produce plans with the person and the supporters they choose. Key workers coordinate monthly mini-reviews and the RM chairs complex reviews. In Q2 2026, 48 of 50 summaries went out within five working days at Northgate. The NI samples two cases per service each quarter.',
      },
      {
        // A count with its subject first is a dated figure too.
        text:
          'We co-produce plans with the person and the supporters they choose. Key workers coordinate monthly mini-reviews and the RM chairs complex reviews. In Q2 2026 at Northgate the number of referrals for independent advocacy was 7. The NI samples cases at every service each quarter.',
      },
    ],
    notOk: [
      {
        text:
          'We co-produce plans with the person and the supporters they choose. Key workers coordinate monthly mini-reviews with families. The NI samples two cases per service each quarter.',
        message:
          'Unexpected `We co-produce plans with the person …` without an evidence line, add a small, dated, sourced figure with its place',
      },
      {
        text:
          '## How we involve families\n\nWe co-produce plans with the person and the supporters they choose. In Q2 2026, 48 of 50 summaries went out within five working days at Northgate. Disagreements are logged and re-audited.',
        message: 'Unexpected `How we involve families` without an owners & cadence line, add who does it and how often',
      },
    ],
  },
  transform(tree, file) {
    const presentEverywhere: StructureSummary = { behaviour: true, ownersCadence: true, evidence: true, assurance: true };
    let involvementSections = 0;

    for (const section of splitSections(tree)) {
      const headingText = section.heading ? toString(section.heading) : '';
      const bodyText = section.blocks.map((block) => toString(block)).join('\n');
      if (!answersInvolvementQuestion(headingText, bodyText)) continue;
      involvementSections += 1;

      const present = detectStructureLines(`${headingText}\n${bodyText}`);
      const first = section.heading ?? section.blocks[0];
      const place: Position | undefined = first?.position;
      const actual = headingText || openingWords(bodyText);
      for (const line of lineOrder) {
        if (present[line]) continue;
        presentEverywhere[line] = false;
        const advice = structureLineAdvice[line];
        reportFinding(file, requireInvolvementStructure, {
          reason: `Unexpected \`${actual}\` without ${/^[aeiou]/.test(advice.name) ? 'an' : 'a'} ${advice.name} line, ${advice.advice}`,
          place,
          actual,
          expected: [advice.example],
        });
      }
    }

    file.data.assuredStructure =
      involvementSections > 0 ? presentEverywhere : detectStructureLines(toString(tree));
  },
};

declare module 'vfile' {
  interface DataMap {
    assuredStructure: StructureSummary;
  }
}
