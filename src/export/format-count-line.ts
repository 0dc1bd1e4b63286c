import { countFor, type CountKind, type ResponseCount } from '../section/count-response.js';

const COUNT_LABEL: Readonly<Record<CountKind, string>> = {
  words: 'Words',
  characters: 'Characters (with spaces)',
  'characters-no-spaces': 'Characters (without spaces)',
};

const NUMBER = new Intl.NumberFormat('en-GB');

/** "Words: 248 of 250", "Characters (with spaces): 1,180 of 1,200", or "Words: 248" without a limit. */
export function formatCountLine(options: { count: ResponseCount; kind: CountKind; limit?: number }): string {
  const counted = NUMBER.format(countFor(options.count, options.kind));
  const limit = options.limit === undefined ? '' : ` of ${NUMBER.format(options.limit)}`;
  return `${COUNT_LABEL[options.kind]}: ${counted}${limit}`;
}
