import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { CheckCategory, CheckSeverity, LadderRung, SentenceGap } from './check-schema.js';
import { defaultSeverity } from './data/severity.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';

/** Options a rule can read for one check (file.data.assuredCheck). */
export interface CheckContext {
  pack?: EvidencePack;
  wordLimit?: number;
  charLimit?: number;
  charLimitCountsSpaces: boolean;
  severity: Readonly<Record<string, CheckSeverity>>;
}

/** Options an example needs beyond its text (e.g. a word limit or an evidence pack). */
export type RuleExampleOptions = Pick<Partial<CheckContext>, 'pack' | 'wordLimit' | 'charLimit' | 'charLimitCountsSpaces'>;

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

/**
 * Add a finding to the file as a VFileMessage with the rule's identity; severity comes
 * from configuration (file.data.assuredCheck.severity), never from the rule.
 */
export function reportFinding(file: VFile, rule: Pick<RuleIdentity, 'ruleId' | 'category' | 'url'>, input: ReportInput): VFileMessage {
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
  }
}
