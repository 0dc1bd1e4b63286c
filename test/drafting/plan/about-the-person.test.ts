import { describe, expect, it } from 'vitest';
import { aboutThePerson, toldOf } from '../../../src/drafting/plan/about-the-person.js';

const gareth = { name: 'Gareth', pronouns: { subject: 'he', object: 'him', possessive: 'his', singularVerb: true } };
const amira = { name: 'Amira', pronouns: { subject: 'she', object: 'her', possessive: 'her', singularVerb: true } };
const sam = { name: 'Sam', pronouns: { subject: 'they', object: 'them', possessive: 'their', singularVerb: false } };

describe('aboutThePerson', () => {
  it('says the first sentence of the person, by name and pronoun', () => {
    expect(aboutThePerson('When a person refuses their care or support, the care worker records what the person said. Staff tell the team leader.', gareth)).toBe(
      'When Gareth refuses his care or support, the care worker records what Gareth said. Staff tell the team leader.',
    );
    expect(aboutThePerson("When a person wants to stop their medication, the key worker writes them down in the person's own words and reviews it with them.", amira)).toBe(
      'When Amira wants to stop her medication, the key worker writes them down in her own words and reviews it with her.',
    );
  });

  it('names them as the story goes on to, and lends the money to them', () => {
    const doreen = { name: 'Mrs Doreen Hallam', given: 'Mrs Hallam', pronouns: { subject: 'she', object: 'her', possessive: 'her', singularVerb: true } };
    expect(aboutThePerson('When a person asks staff to lend them money, the care worker explains kindly that staff never lend money.', doreen)).toBe(
      'When Mrs Hallam asks staff to lend her money, the care worker explains kindly that staff never lend money.',
    );
  });

  it("names them in later sentences where those say 'the person', by their given name", () => {
    expect(aboutThePerson("When a person refuses their care, staff record it. The key worker asks the person why, and changes the person's plan with them.", { ...gareth, name: 'Mr Gareth Lloyd' })).toBe(
      "When Mr Gareth Lloyd refuses his care, staff record it. The key worker asks Gareth why, and changes Gareth's plan with him.",
    );
    // The pronouns after the name are theirs, with their verbs agreeing; up to words after which "they" may be others too.
    expect(aboutThePerson('When a person refuses their care, staff record it. As far as the person allows, the care worker checks whether they have eaten and taken their medicines, and asks for a review with anyone they choose.', amira)).toBe(
      'When Amira refuses her care, staff record it. As far as Amira allows, the care worker checks whether she has eaten and taken her medicines, and asks for a review with anyone she chooses.',
    );
    expect(aboutThePerson('When a person refuses their care, staff record it. The key worker asks the person whether they still feel the same and can do it themselves.', gareth)).toBe(
      'When Gareth refuses his care, staff record it. The key worker asks Gareth whether he still feels the same and can do it himself.',
    );
    expect(aboutThePerson('When a person refuses their care, staff record it. The key worker asks the person and their family what they want.', gareth)).toBe(
      'When Gareth refuses his care, staff record it. The key worker asks Gareth and their family what they want.',
    );
    // A title and a surname is how the story names her; the surname alone is not.
    expect(aboutThePerson('When a person refuses their care, staff record it. The key worker asks the person why.', { ...amira, name: 'Mrs Ashworth' })).toBe(
      'When Mrs Ashworth refuses her care, staff record it. The key worker asks Mrs Ashworth why.',
    );
  });

  it('leaves a sentence whose verbs would have to change, or whose person is not the subject, as it is', () => {
    const withThey = 'If a person says they want to stop, the key worker records why.';
    expect(aboutThePerson(withThey, gareth)).toBe(withThey);
    const notSubject = 'For a person anxious about a change, the key worker agrees how it is introduced.';
    expect(aboutThePerson(notSubject, gareth)).toBe(notSubject);
    const refuses = 'When a person refuses their care, the care worker records it.';
    expect(aboutThePerson(refuses, sam)).toBe(refuses);
  });
});

describe('toldOf', () => {
  const at = (sentence: string, words: string) => sentence.indexOf(words) + words.length;
  it('tells a situation of the person when their name comes before it with no other name between', () => {
    const money = 'A neighbour has told a care worker that Gareth often says he has no money for food.';
    expect(toldOf(money, at(money, 'no money'), gareth)).toBe(true);
    expect(toldOf(money, at(money, 'no money'), { ...gareth, name: 'Mr Gareth Lloyd' })).toBe(true);
    const fall = 'Ray helps Maureen up when she falls.';
    expect(toldOf(fall, at(fall, 'falls'), { ...gareth, name: 'Ray' })).toBe(false);
    const pronoun = 'His GP has recorded that he has lost weight.';
    expect(toldOf(pronoun, at(pronoun, 'lost weight'), gareth)).toBe(true);
    const hers = 'He makes her meals and helps her up when she falls.';
    expect(toldOf(hers, at(hers, 'falls'), { name: 'Ray', pronouns: gareth.pronouns })).toBe(false);
    const part = "How you would respect Gareth's wishes about confidentiality";
    expect(toldOf(part, part.length, gareth)).toBe(true);
    const inside = 'Garethson has lost weight.';
    expect(toldOf(inside, at(inside, 'lost weight'), gareth)).toBe(false);
  });
});
