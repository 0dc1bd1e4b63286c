/**
 * Things a buyer names in a question that a commissioner then looks for by name: a statutory
 * role, a legal framework, a communication method, a body that inspects or hears from people.
 * The records cannot say most of them, so when a question names one and the answer does not,
 * the writer is told to add what the organisation does about it. Each entry: how it is named
 * to the writer, and regular-expression sources matched as whole words: words in any case,
 * acronyms in capitals only.
 * To extend: add the term a buyer would name, with the spellings they use.
 */
export interface NamedTerm {
  name: string;
  /** Words, matched whatever their case. */
  words?: string;
  /** Acronyms, matched only in capitals ("SALT", not "salt"). */
  acronyms?: string;
}

export const NAMED_TERMS: readonly NamedTerm[] = [
  { name: 'the Independent Mental Health Advocate (IMHA)', words: 'independent mental health advocat\\w*', acronyms: 'IMHAs?' },
  { name: "the Relevant Person's Representative (RPR)", words: "relevant person['’]s representatives?", acronyms: 'RPRs?' },
  { name: 'the Deprivation of Liberty Safeguards', words: 'deprivation of liberty', acronyms: 'DoLS|DOLS' },
  { name: 'the Liberty Protection Safeguards', words: 'liberty protection safeguards', acronyms: 'LPS' },
  { name: 'section 117 aftercare', words: 's\\.? ?117|section 117' },
  { name: 'Community Treatment Orders', words: 'community treatment orders?', acronyms: 'CTOs?' },
  { name: 'the Mental Health Act', words: 'mental health act', acronyms: 'MHA' },
  { name: 'advance statements', words: 'advance statements?|advance decisions?' },
  { name: 'crisis and relapse plans', words: 'crisis plans?|relapse(?:[- ]prevention)? plans?' },
  { name: 'Makaton', words: 'makaton' },
  { name: 'British Sign Language', words: 'british sign language', acronyms: 'BSL' },
  { name: 'Talking Mats', words: 'talking mats' },
  { name: 'communication passports', words: 'communication passports?|hospital passports?' },
  { name: 'one-page profiles', words: 'one[- ]page profiles?' },
  { name: 'speech and language therapy', words: 'speech and language therap\\w*', acronyms: 'SALT|SLT' },
  { name: 'positive behaviour support', words: 'positive behaviour(?:al)? support', acronyms: 'PBS' },
  { name: 'STOMP', acronyms: 'STOMP' },
  { name: 'the Oliver McGowan training', words: 'oliver mcgowan' },
  { name: 'young carers', words: 'young carers?' },
  { name: "carers' assessments", words: "carers?['’]? assessments?" },
  { name: 'contingency plans', words: 'contingency(?: plans?| planning)?|emergency plans?' },
  { name: 'personal budgets and direct payments', words: 'personal budgets?|direct payments?' },
  { name: 'Healthwatch', words: 'healthwatch' },
  { name: 'the Care Quality Commission', words: 'care quality commission', acronyms: 'CQC' },
  { name: 'the Local Government and Social Care Ombudsman', words: 'ombudsman' },
  { name: 'the duty of candour', words: 'duty of candour' },
  { name: 'Making It Real', words: 'making it real' },
  { name: 'Think Local Act Personal', words: 'think local act personal', acronyms: 'TLAP' },
  { name: 'Partnership Boards', words: 'partnership boards?' },
  { name: 'mobilisation', words: 'mobilis\\w*|mobiliz\\w*' },
];
