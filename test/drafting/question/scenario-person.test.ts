import { describe, expect, it } from 'vitest';
import { scenarioPerson } from '../../../src/drafting/question/scenario-person.js';

describe('scenarioPerson', () => {
  it('ends a wish where the story goes on to someone else ("and that his sister Marta … must not be told")', () => {
    const person = scenarioPerson('Scenario: Aleksander Nowak, 41, is leaving hospital. He has told ward staff that he does not want support workers visiting more than twice a week, and that his sister Marta, who is his nearest relative, must not be given any information about him. How would you respond?')!;
    expect(person.wish).toBe('does not want support workers visiting more than twice a week');
    // A title and an age name the person inside a sentence, with no "Scenario" heading.
    expect(scenarioPerson('At 2pm on a Friday the hospital discharge team asks your service to start a package of care for Mr Stanislaw Nowak, 71, the following morning. Mr Nowak lives alone.')?.given).toBe('Mr Nowak');
    // "the outcomes she wants stay at the centre" is no wish of hers.
    expect(scenarioPerson('Mrs Doreen Hallam is 84 and lives alone. How would you make sure her own views and the outcomes she wants stay at the centre of any enquiry?')!.wish).toBeUndefined();
  });

  it('finds the person a scenario names with an age, how the story refers to them, and what it says they want', () => {
    const doreen = scenarioPerson('Scenario\n\nDoreen is 84 and lives alone. Her son tells your care coordinator that she should move into a care home. Doreen says clearly that she wants to stay in her own home. Describe how you would respond.');
    expect(doreen).toMatchObject({ name: 'Doreen', pronouns: { subject: 'she', object: 'her' }, wish: 'wants to stay in her own home' });
    // The wish stops before a clause about someone else.
    const daniel = scenarioPerson('Daniel is 29. He tells his support worker he wants to move across the county to live with his girlfriend, whom he met at a day opportunity. His parents object. How would you respond?');
    expect(daniel).toMatchObject({ name: 'Daniel', pronouns: { subject: 'he', possessive: 'his' }, wish: 'wants to move across the county to live with his girlfriend' });
    // A title and surname, an age after a comma, and the story's quotes made curly.
    const patel = scenarioPerson('Mr Patel, 67, has dementia. His daughter wants him to move. He has told staff he wants "his own garden". What would you do?');
    expect(patel).toMatchObject({ name: 'Mr Patel', wish: 'wants “his own garden”' });
    // Two wishes said one after the other are joined as one.
    const tariq = scenarioPerson('Tariq is 31. He has said he wants to live nearer his cousin rather than his father, and that he does not want to see some of his old support workers. How would you plan the move?');
    expect(tariq?.wish).toBe('wants to live nearer his cousin rather than his father and does not want to see some of his old support workers');
  });

  it('reads a person introduced with the name they go by, in brackets or quotation marks, by that name', () => {
    expect(scenarioPerson("Scenario: Thomas ('Tom') Reid\n\nThomas ('Tom') Reid is 77 and lives alone. Tom wants to stay at home.")).toMatchObject({ name: 'Tom Reid', given: 'Tom', wish: expect.stringMatching(/^wants to stay at home/) });
    expect(scenarioPerson('Ellen “Nell” Price is 90 and has home care. She says she is lonely.')).toMatchObject({ name: 'Nell Price', given: 'Nell' });
    expect(scenarioPerson('Ellen (known as Nell) Price is 90 and has home care.')).toMatchObject({ name: 'Nell Price', given: 'Nell' });
    // A lettered part in brackets is no name.
    expect(scenarioPerson('Ellen Price is 90.\n(a) What would you do?')).toMatchObject({ name: 'Ellen Price' });
  });

  it("reads a surname with an apostrophe as a name: Mr O'Connell, Mrs D'Souza", () => {
    expect(scenarioPerson("Scenario: Mr O'Connell is 44 and has bipolar disorder. He lives alone. How would you respond?")?.name).toBe("Mr O'Connell");
    expect(scenarioPerson("Scenario: Mrs D'Souza is 80 and lives with her son. How would you respond?")?.name).toBe("Mrs D'Souza");
  });

  it('uses "they" when the story does not make the person\'s pronouns clear, and gives no wish it cannot find', () => {
    const sam = scenarioPerson('Sam is 22 and their mother and her partner want a move. Describe how you would plan the review.');
    expect(sam?.pronouns.subject).toBe('they');
    expect(sam?.wish).toBeUndefined();
  });

  it('reads the pronouns from the story, not from a heading that names the person, nor from another person the story talks about', () => {
    const daniel = scenarioPerson('Scenario: Daniel\n\nDaniel is 34. He has a learning disability. His mother, Carol, visits every week. She says she does not want staff supporting the visits, and she has told the team leader so. Carol says she is his deputy.\n\nHow would you find out what Daniel wants?');
    expect(daniel?.pronouns.subject).toBe('he');
    const kyle = scenarioPerson('Scenario: Kyle\n\nKyle is 20 and autistic. Six weeks ago he moved into a shared house. Amber, a woman he met online, says she needs money, and she has asked him for more.\n\nHow would you support Kyle?');
    expect(kyle?.pronouns.subject).toBe('he');
    // "She" after another person's possessive is that person.
    const jo = scenarioPerson('Jo is 30. Last week their sister said she would move in. How would you involve Jo?');
    expect(jo?.pronouns.subject).toBe('they');
  });

  it("does not take a relative's wish for the person as the person's own", () => {
    // "They" are his parents here, and "wants him to" is somebody's wish for him.
    const callum = scenarioPerson(
      'Callum is 19. He is autistic and communicates using some Makaton signs. His parents are his appointees. They have asked for a fixed daily timetable, because they want him to settle. How would you involve him?',
    );
    expect(callum).toMatchObject({ name: 'Callum', pronouns: { subject: 'he' } });
    expect(callum?.wish).toBeUndefined();
    const ada = scenarioPerson('Ada is 80. Her daughter says she wants her to move nearer. Ada wants to stay in her flat. What would you do?');
    expect(ada?.wish).toBe('wants to stay in her flat');
  });

  it('reads the wish in the ways a story puts it, and leaves alone a "wants" that carries no wish', () => {
    // "What he really wants is …" and "the thing she wants most is …" put the wish after "is".
    expect(scenarioPerson('Omar is 33 and lives in a shared house. He gets on with his housemates, but what he really wants is a flat of his own near the coast. How would you plan this?')?.wish).toBe('wants a flat of his own near the coast');
    expect(scenarioPerson('Rita is 71. She says the thing she wants most is "to garden again". What would you do?')?.wish).toBe('wants “to garden again”');
    // The given name alone, and a purpose clause after the wish left out.
    expect(scenarioPerson('Nadia Hussain is 30. Nadia wants to work in a bakery so she can save for a holiday. How would you help?')?.wish).toBe('wants to work in a bakery');
    // An ask about finding out what she wants, and a noun the wish belongs to, are not wishes.
    expect(scenarioPerson('Bea Lowe is 22 and autistic.\na) How would you help Bea say what she wants and understand the risks?')?.wish).toBeUndefined();
    expect(scenarioPerson('Cara is 40. Support any challenge the advocate or Cara wishes to make. How would you do this?')?.wish).toBeUndefined();
    expect(scenarioPerson('Marek is 38. He does not use speech and leads people to the things he wants. How would you involve him?')?.wish).toBeUndefined();
    expect(scenarioPerson('Kofi is 17. e) How would you support Kofi towards the independence he wants, such as travelling alone?')?.wish).toBeUndefined();
    // A wish told with "they" reads after the name with its verbs agreeing.
    expect(scenarioPerson('Ash is 29. Ash has said they want their sister to be told and do not want their father involved. How would you respond?')?.wish).toBe('wants their sister to be told and does not want their father involved');
    // What the bidder is asked to find out is not a wish the story states.
    expect(scenarioPerson('Ines is 35 and lives in her own flat.\nd) how you would agree a crisis plan with Ines, including whether she would like to make an advance statement.')?.wish).toBeUndefined();
  });

  it('takes the pronouns from the sentence after the one introducing the person, whoever else the story is about', () => {
    const ines = scenarioPerson('Ines is 62 and has dementia. She lives with her husband Karl, who is her main carer. He works nights. He says he is exhausted. He wants more help. How would you involve Ines?');
    expect(ines?.pronouns.subject).toBe('she');
    expect(ines?.wish).toBeUndefined();
  });

  it('finds nobody in a question that names no person with an age', () => {
    expect(scenarioPerson('How do you involve families in reviews? The Council is 100% committed to co-production.')).toBeUndefined();
    expect(scenarioPerson('Describe how you support people aged 18 to 65 to lead their reviews.')).toBeUndefined();
  });
});
