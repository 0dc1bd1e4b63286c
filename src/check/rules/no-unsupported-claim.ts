import { VFile } from 'vfile';
import type { EvidencePack } from '../../evidence/evidence-pack-schema.js';
import { validateClaims } from '../../claims/validate-claims.js';
import { OMITTED_MESSAGES_RULE_ID } from '../../claims/data/report-limits.js';
import { checkContext, countOmittedFindings, reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'no-unsupported-claim';

const examplePack: EvidencePack = {
  figures: [
    {
      id: 'summaries-on-time',
      label: 'Meeting summaries sent within 5 working days',
      value: 96,
      unit: 'percent',
      numerator: 48,
      denominator: 50,
      previous: 58,
      period: '2026-Q2',
      place: 'Northgate',
      source: 'review records: 50 reviews',
    },
  ],
  standards: [{ id: 'summary-deadline', label: 'Meeting summaries sent within', value: 5, unit: 'working days' }],
};

/**
 * With an evidence pack (`--figures`): every claim the claim validator flags (mismatch or
 * unsupported), at its position, with the validator's message.
 */
export const noUnsupportedClaim: CheckRule = {
  ruleId: RULE_ID,
  category: 'unsupported-claim',
  url: ruleUrl(RULE_ID),
  description: 'A figure the evidence pack does not back, or contradicts (needs --figures).',
  stage: 'remark',
  examples: {
    ok: [
      {
        text: 'In Q2 2026 at Northgate, 96% of summaries were sent within five working days.',
        options: { pack: examplePack },
      },
    ],
    notOk: [
      {
        text: 'In Q2 2026 at Northgate, 94% of summaries were sent within five working days.',
        options: { pack: examplePack },
        message: 'Unexpected `94%`, Q2 2026 figure is 96% (48 of 50 reviews, Northgate); the draft says 94%',
      },
    ],
  },
  transform(_tree, file) {
    const { pack } = checkContext(file);
    if (!pack) return;
    // The validator reports on a scratch file; its messages are re-issued under this rule.
    const scratch = new VFile({ value: String(file), path: file.path });
    const { messages, omittedMessages } = validateClaims({ text: String(file), pack, file: scratch });
    countOmittedFindings(file, RULE_ID, Object.values(omittedMessages ?? {}).reduce((sum, count) => sum + count, 0));
    for (const found of messages) {
      if (found.ruleId === OMITTED_MESSAGES_RULE_ID) continue; // counted above; the checker closes with its own summary
      reportFinding(file, noUnsupportedClaim, {
        // The validator's own wording, in the checker's grammar.
        reason: `Unexpected \`${found.actual ?? ''}\`, ${found.reason}`,
        place: found.place,
        actual: found.actual ?? '',
        expected: found.expected ?? [],
      });
    }
  },
};
