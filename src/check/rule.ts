import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { CheckCategory, CheckSeverity, LadderRung, SentenceGap } from './check-schema.js';
import { defaultSeverity } from './data/severity.js';
import type { ReadabilityChecks } from './data/readability-settings.js';
import { MAX_REPORTED_MESSAGES } from '../claims/data/report-limits.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';

/** Options a rule can read for one check (file.data.assuredCheck). */
export interface CheckContext {
  pack?: EvidencePack;
  wordLimit?: number;
  charLimit?: number;
  charLimitCountsSpaces: boolean;
  severity: Readonly<Record<string, CheckSeverity>>;
  /** Readability checks beyond long sentences (all off unless asked for). */
  readability?: Partial<ReadabilityChecks>;
}

/** Options an example needs beyond its text (e.g. a word limit or an evidence pack). */
export type RuleExampleOptions = Pick<Partial<CheckContext>, 'pack' | 'wordLimit' | 'charLimit' | 'charLimitCountsSpaces' | 'readability'>;

/** Documented examples; tests run them exactly and docs/rules.md shows them. */
export interface RuleExamples {
  ok: readonly { text: string; options?: RuleExampleOptions }[];
  notOk: readonly { text: string; message: string; options?: RuleExampleOptions }[];
}

interface RuleIdentity {
  /** Stable id, e.g. `no-vague-involvement`. */
  ruleId: string;
  category: CheckCategory;
  /** Section of docs/rules.md that documents the rule. */
  url: string;
  description: string;
  examples: RuleExamples;
}

/** A rule that reads the nlcst tree (after remark-retext) or the mdast tree. */
export type CheckRule =
  | (RuleIdentity & { stage: 'retext'; transform: (tree: NlcstRoot, file: VFile) => void })
  | (RuleIdentity & { stage: 'remark'; transform: (tree: MdastRoot, file: VFile) => void | Promise<void> });

export { RULES_DOC, ruleUrl } from '../shared/rule-docs.js';


/** Extra fields of the JSON contract that VFileMessage has no slot for. */
export interface MessageDetails {
  category: CheckCategory;
  severity: CheckSeverity;
  ladder?: LadderRung;
  gaps?: SentenceGap[];
  sentence?: { text: string; position: Position };
}

const detailsByMessage = new WeakMap<VFileMessage, MessageDetails>();

export function messageDetails(message: VFileMessage): MessageDetails | undefined {
  return detailsByMessage.get(message);
}

export function checkContext(file: VFile): CheckContext {
  return (
    file.data.assuredCheck ?? {
      charLimitCountsSpaces: true,
      severity: defaultSeverity,
    }
  );
}

export interface ReportInput {
  reason: string;
  place: Position | Point | undefined;
  actual: string;
  expected: readonly string[];
  ladder?: LadderRung;
  gaps?: readonly SentenceGap[];
  sentence?: { text: string; position: Position };
}

/** Findings each rule has reported on a file and findings left out past the limit, by rule id. */
interface FindingTally {
  reported: Map<string, number>;
  omitted: Map<string, number>;
}

function tallyOf(file: VFile): FindingTally {
  file.data.assuredFindings ??= { reported: new Map(), omitted: new Map() };
  return file.data.assuredFindings;
}

/** Counts findings a rule did not report (e.g. the claim validator already left them out). */
export function countOmittedFindings(file: VFile, ruleId: string, count: number): void {
  if (count <= 0) return;
  const { omitted } = tallyOf(file);
  omitted.set(ruleId, (omitted.get(ruleId) ?? 0) + count);
}

/** Findings left out of the file's messages, by rule id. */
export function omittedFindings(file: VFile): ReadonlyMap<string, number> {
  return tallyOf(file).omitted;
}

/**
 * Add a finding to the file as a VFileMessage with the rule's identity; severity comes
 * from configuration (file.data.assuredCheck.severity), never from the rule.
 * Each rule reports at most MAX_REPORTED_MESSAGES findings (rules report in document order,
 * so these include the first of the whole report); the rest are only counted.
 */
export function reportFinding(file: VFile, rule: Pick<RuleIdentity, 'ruleId' | 'category' | 'url'>, input: ReportInput): VFileMessage | undefined {
  const tally = tallyOf(file);
  const reported = tally.reported.get(rule.ruleId) ?? 0;
  if (reported >= MAX_REPORTED_MESSAGES) {
    countOmittedFindings(file, rule.ruleId, 1);
    return undefined;
  }
  tally.reported.set(rule.ruleId, reported + 1);
  const severity = checkContext(file).severity[rule.ruleId] ?? defaultSeverity[rule.ruleId] ?? 'warning';
  const message = file.message(input.reason, { place: input.place, ruleId: rule.ruleId, source: 'assured' });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.actual = input.actual;
  message.expected = [...input.expected];
  message.url = rule.url;
  detailsByMessage.set(message, {
    category: rule.category,
    severity,
    ...(input.ladder ? { ladder: input.ladder } : {}),
    ...(input.gaps ? { gaps: [...input.gaps] } : {}),
    ...(input.sentence ? { sentence: input.sentence } : {}),
  });
  return message;
}

declare module 'vfile' {
  interface DataMap {
    assuredCheck: CheckContext;
    assuredFindings: FindingTally;
  }
}
