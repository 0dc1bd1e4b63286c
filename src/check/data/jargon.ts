/**
 * Social care jargon and a plain-English alternative for each (rule `no-care-jargon`).
 *
 * Source: Assured editorial list. The alternatives are our own wording, chosen for bid
 * answers read by commissioners and by people who use services and their families; for what
 * each term means, see Think Local Act Personal's "Care and Support Jargon Buster"
 * (https://www.thinklocalactpersonal.org.uk/Browse/Informationandadvice/CareandSupportJargonBuster/).
 *
 * To extend: add an entry; `pattern` is a regular-expression source (lower case, whole words)
 * and `replace` lists one or more alternatives, best first.
 */
export interface JargonEntry {
  term: string;
  pattern: string;
  replace: readonly string[];
}

export const jargonSource =
  'Assured editorial list (our own plain-English alternatives; terms as defined in the TLAP Care and Support Jargon Buster)';

export const jargonEntries: readonly JargonEntry[] = [
  { term: 'service user', pattern: 'service[- ]users?', replace: ['the person', 'people we support'] },
  { term: 'care package', pattern: '(?:care packages?|packages? of care)', replace: ['support', 'the support the person gets'] },
  { term: 'placement', pattern: 'placements?', replace: ['home', 'where the person lives'] },
  { term: 'challenging behaviour', pattern: 'challenging behaviours?', replace: ['behaviour that challenges', 'say what happens and why'] },
  { term: 'non-compliant', pattern: 'non-?complian(?:t|ce)', replace: ['chose not to', 'declined'] },
  { term: 'absconded', pattern: 'abscond(?:ed|s|ing)?', replace: ['left without telling staff'] },
  { term: 'wraparound', pattern: 'wrap-?around', replace: ['support across the whole week', 'say which services join up'] },
  { term: 'step-down', pattern: 'step-?down', replace: ['move to less support'] },
  { term: 'MDT', pattern: '(?:mdts?|multi-?disciplinary teams?)', replace: ['the team of health and care professionals'] },
  { term: 'stakeholders', pattern: 'stakeholders?', replace: ['the person, their family and advocates', 'name who you mean'] },
  { term: 'signpost', pattern: 'signpost(?:s|ed|ing)?', replace: ['tell people about', 'refer'] },
  { term: 'facilitate', pattern: 'facilitat(?:e|es|ed|ing)', replace: ['help', 'run'] },
  { term: 'empower', pattern: 'empower(?:s|ed|ing|ment)?', replace: ['support the person to', 'say what the person can now do'] },
  { term: 'hard to reach', pattern: 'hard[- ]to[- ]reach', replace: ['families we have not yet reached'] },
  { term: 'in a timely manner', pattern: '(?:in a timely (?:manner|fashion)|timely)', replace: ['within five working days', 'give the time standard'] },
  { term: 'going forward', pattern: 'going forward', replace: ['from now on', 'from (date)'] },
  { term: 'LD', pattern: 'ld', replace: ['learning disability'] },
  { term: 'SU', pattern: 'sus?', replace: ['the person'] },
  { term: 'feeding', pattern: 'feeding', replace: ['help with meals', 'mealtime support'] },
  { term: 'toileting', pattern: 'toileting', replace: ['help using the toilet', 'personal care'] },
  { term: 'wandering', pattern: 'wander(?:ing|s|ed)', replace: ['walking about', 'say what the person was doing'] },
  { term: 'PRN', pattern: 'prn', replace: ['medicine taken when needed'] },
  { term: 'interventions', pattern: 'interventions?', replace: ['support', 'what staff do'] },
  { term: 'cohort', pattern: 'cohorts?', replace: ['group'] },
  { term: 'bed-blocking', pattern: 'bed[- ]blocking', replace: ['waiting to leave hospital'] },
  { term: 'residential setting', pattern: 'residential settings?', replace: ['care home'] },
  { term: 'deliverables', pattern: 'deliverables?', replace: ['what we will do', 'results'] },
  { term: 'service-user voice', pattern: 'voice of the service users?', replace: ['what people tell us'] },
  { term: 'utilise', pattern: 'utili[sz](?:e|es|ed|ing|ation)', replace: ['use'] },
  { term: 'outcomes-focused', pattern: 'outcomes?-focused', replace: ['say the outcome the person wants'] },
];
