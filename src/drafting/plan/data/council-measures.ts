/**
 * How the measures a buyer would receive are named in an answer about reporting to the Council:
 * by what they show, without numbers of their own (a standard's number in a name would be read
 * as a claim). Keyed by figure catalogue id, in the order they are offered.
 *
 * To extend: add a catalogue id with its name.
 */
export const COUNCIL_MEASURES: Readonly<Record<string, string>> = {
  participation: 'how many reviews had family, friend or advocate input',
  'cadence-monthly': 'how often each person has a review',
  'summaries-on-time': 'how quickly summaries reach people',
  'actions-on-time': 'agreed actions closed by their due date',
  'advocate-response': 'how quickly an advocate is involved after a referral',
  'feel-involved-agree': 'whether people say they feel involved',
  'disputes-resolved': 'disagreements resolved within our standard',
  'changes-from-feedback': 'changes made from feedback and whether they held',
};
