/**
 * The particulars of a scenario an answer must reason about, read from the question alone: what
 * the story is heading for, whether the person can make the decision, their own words, and the
 * other people in it.
 */
import { describe, expect, it } from 'vitest';
import { storyFacts } from '../../../src/drafting/question/story-facts.js';

const MOVE =
  'Scenario: Mr Tomasz Nowak is 71 and has lived in your extra care scheme for four years since a stroke. He has no relatives in this country, and the only person who visits is a friend from his church. After two chest infections the ward team think he should go to a nursing home, and a capacity assessment found he lacks capacity to decide where he should live. He keeps saying "I want my own front door". A decision is expected before the end of the month.\n\nHow would you respond?';
const REFUSAL =
  "Scenario: Mrs Joan Pickering is 88 and has Alzheimer's disease. She has stopped letting carers help her shower. Her son, Gary, holds a Lasting Power of Attorney for health and welfare and wants carers to insist. Her daughter Lynne thinks her mother should be left alone. Joan's review with the Council is booked for next week.\n\nExplain how you would assess whether Joan has capacity to make decisions about washing, and how you would work with Gary and Lynne.";
const CHOICE =
  'Scenario: Kemal is 22 and has a learning disability. He has capacity to make this decision: he wants to take the train to a football match with a man he met online. His father has phoned to say he will complain to the Council if staff allow it.\n\nHow would you respond?';

describe('storyFacts', () => {
  it('reads the decision, the lack of capacity, the person\'s words and who else knows them', () => {
    const facts = storyFacts(MOVE)!;
    expect(facts.given).toBe('Tomasz');
    expect(facts.capacity).toBe('lacks');
    expect(facts.decision).toBe('where he should live');
    expect(facts.event).toBe('the decision about where he should live');
    expect(facts.eventIsMeeting).toBe(false);
    expect(facts.words).toBe('“I want my own front door”');
    expect(facts.others.map((other) => [other.name, other.family])).toEqual([['the friend', false]]);
  });

  it('names relatives as the story does, and does not take the person for somebody\'s mother', () => {
    const facts = storyFacts(REFUSAL)!;
    expect(facts.given).toBe('Joan');
    expect(facts.others.map((other) => other.name)).toEqual(['Gary', 'Lynne']);
    expect(facts.others[0]!.pronouns.object).toBe('him');
    // "assess whether Joan has capacity" asks for an assessment: the story says neither.
    expect(facts.capacity).toBeUndefined();
    expect(facts.decision).toBe('washing');
    expect(facts.event).toBe('her review with the Council');
    expect(facts.eventIsMeeting).toBe(true);
  });

  it('reads a capacity the story grants, and a relative named by role', () => {
    const facts = storyFacts(CHOICE)!;
    expect(facts.capacity).toBe('has');
    expect(facts.others.find((other) => other.family)?.name).toBe('his father');
    expect(facts.words).toBeUndefined();
  });

  it('names the decision the story is heading for once, whichever way the story words it', () => {
    const facts = storyFacts('Scenario: Rhys is 52. A capacity assessment found he lacks capacity to decide about his medication. A decision is expected next week.\n\nHow would you respond?')!;
    expect(facts.event).toBe('the decision about his medication');
  });

  it("reads a relative named as the couple's daughter", () => {
    const facts = storyFacts("Scenario: Bill is 80 and lives with his wife, Mary. The couple's daughter, Ann, holds a Lasting Power of Attorney for Bill's health and welfare.\n\nHow would you respond?")!;
    expect(facts.others.map((other) => other.name)).toEqual(['Mary', 'Ann']);
  });

  it("reads each relative's requests as their own sentence, by name or by a pronoun that can only be theirs", () => {
    const story =
      'Scenario: Owen is 30 and has a learning disability. His sister, Bethan, visits each weekend. She has asked to see his support plan before anyone else and wants staff to stop him using the bus. His father, Gwyn, rings the office and asks that staff "keep him busy". Owen has told staff he wants "my own key".\n\na) How would you find out what Owen wants?\nb) How would you respond to Bethan and Gwyn?';
    const facts = storyFacts(story)!;
    expect(facts.requests.map((request) => request.text)).toEqual([
      'Bethan has asked to see his support plan before anyone else and wants staff to stop him using the bus',
      'Gwyn rings the office and asks that staff “keep him busy”',
    ]);
    // The person's own wish is not a relative's request.
    expect(facts.requests.map((request) => request.by.name)).toEqual(['Bethan', 'Gwyn']);
    expect(facts.words).toBe('“my own key”');
  });

  it("reads a child in the family as a child, and a sentence about a relative's teacher as no request of theirs", () => {
    const facts = storyFacts("Scenario: Nia Hughes is 40 and lives with her son Cai, aged 12. Her sister, Bronwen, has asked staff to call her after every visit. Cai's teacher has told the school nurse that Cai is often tired. How would you respond?")!;
    expect(facts.others.find((other) => other.name === 'Cai')?.child).toBe(true);
    expect(facts.others.find((other) => other.name === 'Bronwen')?.child).toBeUndefined();
    expect(facts.requests.map((request) => request.by.name)).toEqual(['Bronwen']);
  });

  it('quotes the words a person said they want, after "say he wants to"', () => {
    const facts = storyFacts('Scenario: Ravi is 22 and uses an app to talk. He has used it to say he wants to "cook my own tea". How would you plan with him?')!;
    expect(facts.words).toBe('“cook my own tea”');
  });

  it('quotes what the person said to a care worker, and names the professionals the story names', () => {
    const facts = storyFacts("Scenario: Margaret is 84 and lives alone. Her social worker is Priya, from the Council's Older People's Team. Her GP, Dr Evans, visits monthly. Her care coordinator disagrees with the plan. Margaret has twice said to a care worker, \"I want to go home to my mother's.\" How would you respond?")!;
    expect(facts.words).toBe("“I want to go home to my mother's”");
    expect(facts.professionals).toEqual([
      { role: 'social worker', name: 'Priya' },
      { role: 'GP', name: 'Dr Evans' },
      { role: 'care coordinator' },
    ]);
  });

  it('reads a relative named after an adjective, leaves out one who has died, and says a request to the bidder as the bidder', () => {
    const facts = storyFacts("Scenario: Priya is 29. Her father was her representative until he died last year. Her older brother, Arjun, visits monthly. He has asked your staff to lock the door behind them.\n\nHow would you respond?")!;
    expect(facts.others.map((other) => other.name)).toEqual(['Arjun']);
    expect(facts.requests.map((request) => request.asked)).toEqual(['has asked our staff to lock the door behind them']);
  });

  it('calls people what the story goes on to call them: a title and surname where it uses them, both parents of a couple, never the person as their own relative', () => {
    const okafor = storyFacts("Mr Desmond Okafor is 84. His daughter, Mrs Grace Adeyemi, holds a power of attorney. His social worker is Ms Priya Sandhu. Care workers found Mr Okafor outside. Mrs Adeyemi asks you to fit a key safe.\n\n(a) How would you respond to Mrs Adeyemi?")!;
    expect(okafor.given).toBe('Mr Okafor');
    expect(okafor.others.map((other) => other.name)).toEqual(['Mrs Adeyemi']);
    expect(okafor.professionals).toEqual([{ role: 'social worker', name: 'Ms Sandhu' }]);
    const ravi = storyFacts('Ravi Desai is 34. His parents, Mr and Mrs Desai, are his deputies.\n\n(a) How would you support Ravi, his parents and staff?')!;
    expect(ravi.given).toBe('Ravi');
    expect(ravi.others.map((other) => [other.name, other.pronouns.subject])).toEqual([['Mr and Mrs Desai', 'they']]);
    const chloe = storyFacts('Chloe Hartley is 27. Her mother, Mrs Linda Hartley, is her representative. Mrs Hartley has asked staff to stop the visits.\n\n(e) How would you support Chloe, her mother and staff?')!;
    expect(chloe.others.map((other) => other.name)).toEqual(['Mrs Hartley']);
  });

  it('finds nothing in a question that tells no story', () => {
    expect(storyFacts('Describe how you involve families in reviews.')).toBeUndefined();
  });
});
