import { describe, expect, it } from 'vitest';
import { ZExtractedClaimSchema } from '../../src/claims/claims-schema.js';
import { extractClaims } from '../../src/claims/extract-claims.js';

/** Compact view: text, kind, value(s), unit and exact position. */
function view(markdown: string) {
  return extractClaims(markdown).map((claim) => ({
    text: claim.text,
    kind: claim.kind,
    value: claim.value,
    unit: claim.unit,
    ...(claim.previous !== undefined ? { previous: claim.previous } : {}),
    ...(claim.max !== undefined ? { max: claim.max } : {}),
    at: `${claim.line}:${claim.column}-${claim.endLine}:${claim.endColumn}`,
  }));
}

describe('extractClaims: what counts as a claim', () => {
  it.each([
    ['Input rose to 1,250 hours.', { text: '1,250 hours', kind: 'duration', value: 1250, unit: 'hours', at: '1:15-1:26' }],
    ['We closed 42 actions.', { text: '42', kind: 'count', value: 42, unit: 'count', at: '1:11-1:13' }],
    ['The mean was 3.5 visits.', { text: '3.5', kind: 'count', value: 3.5, unit: 'count', at: '1:14-1:17' }],
    ['It was 83% in June.', { text: '83%', kind: 'percent', value: 83, unit: 'percent', at: '1:8-1:11' }],
    ['It was 83 per cent.', { text: '83 per cent', kind: 'percent', value: 83, unit: 'percent', at: '1:8-1:19' }],
    ['It was 83 percent.', { text: '83 percent', kind: 'percent', value: 83, unit: 'percent', at: '1:8-1:18' }],
    ['It was eighty-three per cent.', { text: 'eighty-three per cent', kind: 'percent', value: 83, unit: 'percent', at: '1:8-1:29' }],
    ['We had two visits.', { text: 'two', kind: 'count', value: 2, unit: 'count', at: '1:8-1:11' }],
    ['We had seven visits.', { text: 'seven', kind: 'count', value: 7, unit: 'count', at: '1:8-1:13' }],
    ['We had twenty-three visits.', { text: 'twenty-three', kind: 'count', value: 23, unit: 'count', at: '1:8-1:20' }],
    ['We had a dozen visits.', { text: 'a dozen', kind: 'count', value: 12, unit: 'count', at: '1:8-1:15' }],
    ['We had one hundred and five visits.', { text: 'one hundred and five', kind: 'count', value: 105, unit: 'count', at: '1:8-1:28' }],
    ['Nine in ten families came.', { text: 'Nine in ten', kind: 'proportion', value: 90, unit: 'percent', at: '1:1-1:12' }],
    ['One in five families came.', { text: 'One in five', kind: 'proportion', value: 20, unit: 'percent', at: '1:1-1:12' }],
    ['Two thirds of families came.', { text: 'Two thirds', kind: 'proportion', value: (2 / 3) * 100, unit: 'percent', at: '1:1-1:11' }],
    ['A third of families came.', { text: 'A third', kind: 'proportion', value: (1 / 3) * 100, unit: 'percent', at: '1:1-1:8' }],
    ['Half of families came.', { text: 'Half', kind: 'proportion', value: 50, unit: 'percent', at: '1:1-1:5' }],
    ['Three quarters of families came.', { text: 'Three quarters', kind: 'proportion', value: 75, unit: 'percent', at: '1:1-1:15' }],
    ['It was 35 of 42 reviews.', { text: '35 of 42', kind: 'fraction', value: 35, unit: 'count', at: '1:8-1:16' }],
    ['It was 35 out of 42 reviews.', { text: '35 out of 42', kind: 'fraction', value: 35, unit: 'count', at: '1:8-1:20' }],
    ['It was 9/10 reviews.', { text: '9/10', kind: 'fraction', value: 9, unit: 'count', at: '1:8-1:12' }],
    ['People rated us 4.2 out of 5.', { text: '4.2 out of 5', kind: 'score', value: 4.2, unit: 'score', at: '1:17-1:29' }],
    ['The score went 2/5 → 4/5.', { text: '2/5 → 4/5', kind: 'before-after', value: 4, previous: 2, unit: 'score', at: '1:16-1:25' }],
    ['Support went 2:1 → 1:1.', { text: '2:1 → 1:1', kind: 'before-after', value: '1:1', previous: '2:1', unit: 'ratio', at: '1:14-1:23' }],
    ['Support is 1:1 now.', { text: '1:1', kind: 'ratio', value: '1:1', unit: 'ratio', at: '1:12-1:15' }],
    ['It went 58% → 96%.', { text: '58% → 96%', kind: 'before-after', value: 96, previous: 58, unit: 'percent', at: '1:9-1:18' }],
    ['It went 58% -> 96%.', { text: '58% -> 96%', kind: 'before-after', value: 96, previous: 58, unit: 'percent', at: '1:9-1:19' }],
    ['It went from 58% to 96%.', { text: 'from 58% to 96%', kind: 'before-after', value: 96, previous: 58, unit: 'percent', at: '1:9-1:24' }],
    ['Compliments rose from two to seven.', { text: 'from two to seven', kind: 'before-after', value: 7, previous: 2, unit: 'count', at: '1:18-1:35' }],
    ['Prompts fell from three prompts to one.', { text: 'from three prompts to one', kind: 'before-after', value: 1, previous: 3, unit: 'count', at: '1:14-1:39' }],
    ['Wait fell from 10 days to 4 days.', { text: 'from 10 days to 4 days', kind: 'before-after', value: 4, previous: 10, unit: 'days', at: '1:11-1:33' }],
    ['Meetings take 30 minutes.', { text: '30 minutes', kind: 'duration', value: 30, unit: 'minutes', at: '1:15-1:25' }],
    ['Replies within 48 hours.', { text: '48 hours', kind: 'duration', value: 48, unit: 'hours', at: '1:16-1:24' }],
    ['Replies within 48h.', { text: '48h', kind: 'duration', value: 48, unit: 'hours', at: '1:16-1:19' }],
    ['Sent within five working days.', { text: 'five working days', kind: 'duration', value: 5, unit: 'working days', at: '1:13-1:30' }],
    ['Resolved within 20 days.', { text: '20 days', kind: 'duration', value: 20, unit: 'days', at: '1:17-1:24' }],
    ['Reviewed every 2 weeks.', { text: '2 weeks', kind: 'duration', value: 2, unit: 'weeks', at: '1:16-1:23' }],
    ['Reviewed within three months.', { text: 'three months', kind: 'duration', value: 3, unit: 'months', at: '1:17-1:29' }],
    ['A 30-minute review.', { text: '30-minute', kind: 'duration', value: 30, unit: 'minutes', at: '1:3-1:12' }],
    ['Agendas go out 3–5 days before.', { text: '3–5 days', kind: 'range', value: 3, max: 5, unit: 'days', at: '1:16-1:24' }],
    ['Agendas go out between 3 and 5 days before.', { text: 'between 3 and 5 days', kind: 'range', value: 3, max: 5, unit: 'days', at: '1:16-1:36' }],
    ['Summaries rose by 38 percentage points.', { text: '38 percentage points', kind: 'percentage-points', value: 38, unit: 'percent', at: '1:19-1:39' }],
  ])('%s', (markdown, expected) => {
    expect(view(markdown)).toEqual([expected]);
  });

  it('keeps a whole before→after phrase as one claim, with its count noun', () => {
    expect(view('Two people progressed from 2:1 → 1:1.').map((claim) => claim.text)).toEqual(['Two', '2:1 → 1:1']);
  });

  it('gives exact positions across lines, emphasis, lists, blockquotes and escapes', () => {
    const markdown = '# Evidence\n\n- **83%** of reviews\n- summaries *within 5 working days*\n\n> Actions closed\n> reached 88% \\& more.\n';
    const claims = extractClaims(markdown);
    expect(claims.map((claim) => [claim.text, claim.line, claim.column, claim.endLine, claim.endColumn])).toEqual([
      ['83%', 3, 5, 3, 8],
      ['5 working days', 4, 21, 4, 35],
      ['88%', 7, 11, 7, 14],
    ]);
    for (const claim of claims) {
      expect(markdown.slice(claim.offset, claim.endOffset)).toBe(claim.text);
      expect(() => ZExtractedClaimSchema.parse(claim)).not.toThrow();
    }
  });

  it('records the sentence each claim sits in', () => {
    const [claim] = extractClaims('We are small. In Q2, 83% of reviews had family input. Next steps follow.');
    expect(claim?.sentence).toBe('In Q2, 83% of reviews had family input.');
  });
});

describe('extractClaims: what is not a claim', () => {
  it.each([
    ['a year', 'The service opened in 2019.'],
    ['a date', 'We met on 1 April 2026.'],
    ['a month-first date', 'We met on April 1, 2026.'],
    ['a numeric date', 'We met on 03/04/2026.'],
    ['an ISO date', 'Imported 2026-07-03.'],
    ['a quarter label', 'Figures for Q2 2026.'],
    ['an ISO quarter', 'Figures for 2026-Q2.'],
    ['a financial year', 'Figures for FY2025-26.'],
    ['a year span', 'Figures for 2025/26.'],
    ['a date range', 'Period 2026-04-01..2026-06-30.'],
    ['legislation', 'Under the Care Act 2014.'],
    ['a section reference', 'See section 10.14 of the guidance.'],
    ['a recommendation', 'See recommendation 1.1.2.'],
    ['a regulation', 'Regulation 9 applies.'],
    ['list numbering', '1. First\n2. Second'],
    ['heading numbering', '## 3. Evidence'],
    ['a line label', 'Line 1: behaviour comes first.'],
    ['inline enumerators', 'Confirm (1) the decision and (2) the next step.'],
    ['inline code', 'Run `check --max 250` first.'],
    ['a code block', '```\n95% of lines\n```'],
    ['a link target', 'See [the guide](https://example.org/2024/5).'],
    ['an autolink', '<https://example.org/83>'],
    ['a bare URL', 'See https://example.org/report/96 today.'],
    ['a time of day', 'We meet at 10:30 or 2pm.'],
    ['a telephone number', 'Call 0115 496 0000.'],
    ['an ordinal', 'The 3rd review went well.'],
    ['a postcode', 'Based at NG1 5AB.'],
    ['"one" as a determiner', 'One person said so, and one of the reviews was at home.'],
    ['"a" as a determiner', 'A family member chaired a review in a week.'],
    ['a form adjective', 'A two-page summary and a four-line paragraph.'],
    ['a service pattern', 'Support is available 24/7 with one-to-one sessions.'],
    ['a scale description', 'Each dimension is scored 0–2.'],
    ['half as a period', 'In the second half of the year.'],
    ['a quarter as a period', 'Once a quarter we meet.'],
  ])('%s', (_label, markdown) => {
    expect(view(markdown)).toEqual([]);
  });
});
