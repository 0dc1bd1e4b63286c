/**
 * The steps a scenario's story calls for, said of its person: each set off by a particular of the
 * story, in the order they happen, naming who acts and when, and holding no number.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract-claims.js';
import { checkDraft } from '../../../src/check/check-draft.js';
import { STORY_STEPS } from '../../../src/drafting/plan/data/story-steps.js';
import { stepsByPart, storyPlan, storyStepPart, storySteps } from '../../../src/drafting/plan/story-steps.js';
import { questionParts } from '../../../src/drafting/question/question-parts.js';
import { storyFacts } from '../../../src/drafting/question/story-facts.js';

const MOVE =
  'Scenario: Mr Tomasz Nowak is 71 and has lived in your extra care scheme for four years since a stroke. He has no relatives in this country, and the only person who visits is a friend from his church. He has had three falls this year and the ward team think he should go to a nursing home. A capacity assessment found he lacks capacity to decide where he should live. He keeps saying "I want my own front door". A decision is expected before the end of the month.\n\nHow would you respond?';
const REFUSAL =
  "Scenario: Mrs Joan Pickering is 88 and has Alzheimer's disease. She has refused personal care for a week and carers have seen a red patch that could become a pressure sore. Her son, Gary, holds a Lasting Power of Attorney for health and welfare and wants carers to insist. Her daughter Lynne thinks her mother should be left alone. Joan's review with the Council is booked for next week.\n\nHow would you respond?";
const CHOICE =
  'Scenario: Kemal is 22 and has a learning disability. He has capacity to make this decision: he wants to take the train to a football match on his own. He was exploited financially last year. His father has phoned to say he will complain to the Council if staff allow it.\n\nHow would you respond?';
const DOOR =
  'Scenario: Mrs Ada Frost is 84 and has vascular dementia. She has turned the evening carers away three times, and her neighbour found her on the floor. Her son, Neil, holds a Lasting Power of Attorney for property and financial affairs only and wants carers to let themselves in.\n\nHow would you respond?';
const FLAT =
  'Scenario: Sam is 26 and has epilepsy. He told staff: "I want my own flat." He uses Makaton and a few words, and became distressed at the last house viewing. He is on a Community Treatment Order, and his social worker has called a review for next month.\n\nHow would you respond?';
const TRANSITION =
  'Scenario: Owen is 20 and autistic, and talks with a tablet app. He is leaving college for a supported living flat. His mother, Bethan, is not his deputy and does not hold a power of attorney. She has asked to choose his staff and to attend every review, and has told the college that Owen must not go out after dark. Owen is quiet and tense when Bethan is in the room. He has used his app to say he wants to "go swimming at night".\n\n(1) How will you find out what Owen wants?\n(2) How will you approach decisions if his capacity may be in doubt?\n(3) How will you work with Bethan?\n(4) When would you ask for an independent advocate?';
const APPOINTEE =
  'Scenario: Jamal is 34, has a learning disability and lives in one of your supported living flats. His brother Farid is his appointee and collects his benefits. Staff notice Jamal often has no money for his weekly football club and Farid has stopped answering calls. Jamal says he does not want Farid to get into trouble. Describe: (a) what you would do on the day the concern is first raised; (b) how you would involve Jamal; (c) how you would work with the council over the following weeks.';
const FRIEND_REVIEW =
  'Scenario: Mr Nowak is 52 and has schizophrenia. He has capacity to manage his money and has asked for his new friend, Dean, to take part in his review. Staff have noticed he runs out of food before his benefits are paid, and that he is quieter when Dean is there. He asked staff not to "cause trouble". Describe how you would respond, including whether you would offer an advocate.';
const HOME =
  'Scenario: Mrs Vera Lowe is 86 and is due to go home tomorrow after a fall, with four calls a day from your service. She has told the nurses she does not want a morning call. Her son lives far away; he says he holds a Lasting Power of Attorney but no copy is on file.\n\n(a) What would you do in the first days after Mrs Lowe returns home?\n(b) How would you check the Lasting Power of Attorney?\n(c) What would be in place by the end of the first six weeks?\n(d) What would you do if her son\'s views continue to conflict with hers?';
const JORDAN =
  "Scenario: Jordan Pereira will turn 18 in four months. He is autistic and lives in a children's residential home. His parents are separated: his mother wants him to spend most weekends with her, while his father believes he should be learning to cook. Jordan has told staff that he wants to work in a bike shop. His GP and his care coordinator both see him.\n\n(a) How would you plan the first four weeks after he moves in?\n(b) How would you work with the professionals around him?";
const NEAREST =
  'Scenario: Jon is 35 and on a Community Treatment Order. His sister, Ffion, is his nearest relative. Staff have seen his tablets crushed into his tea by a visitor, and his young carer, a nephew, helps him at weekends. How would you respond?';
const POWERS =
  "Scenario: Mrs Ivy Moss is 88 and has home care four times a day. Her son, Carl, holds a Lasting Power of Attorney for property and financial affairs. Her daughter, Dawn, holds a Lasting Power of Attorney for health and welfare.\n- Carl has told carers to stop her weekly lunch club because it costs too much.\n- Ivy has said that Carl keeps her bank card.\nLast week, Dawn tells the office that staff must not let Ivy's friend, Elsie, visit any more.\n\n(a) What would you do about the money?\n(b) How would you respond to Dawn?";
const FRIEND =
  'Scenario: Lee is 29 and has a tenancy in supported living. He does not want his mother told anything about him, and has not spoken to her for years. His father disagrees with his choices. His friend, Mark, has stayed most nights for a month; Lee has run out of money two days after being paid, and there are unfamiliar visitors late at night. How would you respond?';
const AFTERCARE =
  'Scenario: Rhys is 45 and left hospital under section 3 on a Community Treatment Order with section 117 aftercare. This week he missed his depot and says he is not going back. His brother, Owain, is his deputy for property and affairs and wants £3,000 of his savings towards a new car. Rhys has an advance decision refusing one treatment. How would you respond?';
const LOCKED =
  "Scenario: Mrs Nora Bell is 84, has Alzheimer's disease and four home care calls a day. Her daughter, Susan, holds a Lasting Power of Attorney for property and financial affairs. Her son, David, visits most days. Her social worker is Priya, from the Council's Older People's Team, and her GP is Dr Evans.\n- David has been seen taking Nora's bank card from her handbag. He told a care worker \"Mum wants me to look after it\".\n- Nora has started refusing help with washing.\n- David has fitted a lock to the inside of the front door. He has asked your staff to lock the door behind them at every call.\n\n(a) What would you do about the money?\n(b) How would you respond to the request to lock Nora in?";
const RELAPSE =
  'Scenario: Mr Dylan Price is 41, has schizophrenia and is on a Community Treatment Order. His care coordinator is Ms Ruth Okoro and his responsible clinician is Dr Hamid Saleh. His mother, Mrs Carol Price, is his nearest relative. She phones to say that Dylan has missed his last depot injection and hears voices at night. She asks your staff to "get him sectioned" and to tell her what Dylan talks about with his support worker.\n\n(a) What immediate actions would you take and who would you contact?\n(b) How would you respond to Mrs Price?';
const CARDS =
  "Scenario: Mrs Elsie Varga is 86 and has Alzheimer's disease. Her son, Mr Peter Varga, holds a registered Lasting Power of Attorney for Property and Financial Affairs; there is no Health and Welfare Lasting Power of Attorney. Her daughter, Ms Irene Varga, is not sleeping and says she cannot cope. No food shopping has been delivered for a fortnight, and Mrs Varga has told a care worker that \"Peter has got my cards\". Her social worker is Ms Dana Holt.\n\n(a) What would you do about the shopping and her cards?\n(b) How would you respond to Peter?";
const POLISH =
  'Scenario: Mr Kowal is 46, has schizophrenia and lives in your supported living service. Over the past month he has had little food in the flat. He tells his key worker that he has been giving most of his benefits to his brother, who visits on the day his money is paid, but asks the key worker "not to tell anyone". He prefers to discuss important matters in Polish.\n\n(a) the immediate actions you would take, and by whom;\n(b) how you would balance his request for confidentiality against your safeguarding duties;\n(c) how you would make sure he can take a full part in decisions.';
const YORUBA =
  "Scenario: Mrs Ade is 81, lives alone and has heart failure. Her first language is Yoruba. Since coming home she has refused the evening call three times and has declined personal care from male care workers. The district nurse has concerns about the condition of Mrs Ade's skin.\n\n(1) What would you do in response to the refused calls?\n(2) How would you find out what lies behind her refusals?\n(3) What would you report to the Council, and when?";
const SHOPS = 'Scenario: Leanne is 19 and moving into supported living. She wants to go to the shops on her own; her parents want staff with her whenever she goes out.\n\nHow would you plan this with her?';

/** The label of the part a step is placed with under lettered parts. */
const ELLERY =
  "Scenario: Mrs Ellery is 79, has Parkinson's disease and has three home care calls a day. Her GP is Dr Lowe. Her son, Martin, lives in Canada and phones on Sundays. He has rung the office to say he is worried she is not eating. Her social worker is off sick, and the district nurse visits twice a week for her leg ulcer.\n\n(a) What would you do today?\n(b) How would you work with the district nurse, the GP and the council?\n(c) How would you keep Martin informed?";

function partLabel(story: string, id: string): string | undefined {
  const index = storyStepPart(story, id);
  return index === undefined ? undefined : questionParts(story)[index]!.label;
}

describe('storyPlan', () => {
  it('plans for a person with no family facing a move: the IMCA that day, their words, who knows them, the options to stay, the challenge', () => {
    const plan = storyPlan(MOVE)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['imca-for-unbefriended', 'own-words', 'someone-who-knows', 'options-to-stay', 'falls-assessed', 'challenge-decision']));
    expect(plan.full).toMatch(/^Today the Registered Manager asks the council to instruct an IMCA, because Tomasz lacks capacity to decide where he should live/);
    expect(plan.full).toContain('“I want my own front door”');
    expect(plan.full).toMatch(/about the friend, who knows Tomasz well/);
    // Capacity is settled here: the friend is asked about, not told things.
    expect(plan.steps).not.toContain('helper-told');
    expect(plan.full).toMatch(/keep Tomasz in his own home/);
  });

  it('orders the steps by when they happen, and keeps the story\'s own steps in its shorter forms', () => {
    const order = ['today', 'this-week', 'before', 'after'];
    for (const story of [MOVE, REFUSAL, CHOICE]) {
      const plan = storyPlan(story)!;
      const times = plan.steps.map((id) => order.indexOf(STORY_STEPS.find((step) => step.id === id)!.when));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(plan.shorter.length).toBeLessThan(plan.full.length);
      expect(plan.least).not.toMatch(/records each step, who took part and why/);
    }
  });

  it('plans for a refusal with a relative who holds a power of attorney and another who disagrees', () => {
    const plan = storyPlan(REFUSAL)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['skin-checked', 'refusals-logged', 'physical-cause', 'capacity-assessed', 'attorney-explained', 'relatives-heard', 'bring-to-meeting']));
    expect(plan.full).toMatch(/asks Gary for the registered power of attorney/);
    expect(plan.full).toMatch(/meets (?:Gary and Lynne|Lynne and Gary) this week/);
    expect(plan.full).toMatch(/Before her review with the Council, the key worker sends the social worker/);
    // Nobody phoned: no call back.
    expect(plan.steps).not.toContain('call-relative-back');
  });

  it('plans for a choice the person can make: theirs, planned with them, the relative who phoned called back', () => {
    const plan = storyPlan(CHOICE)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['choice-is-theirs', 'ask-before-telling-family', 'call-relative-back', 'outing-planned', 'money-safety']));
    expect(plan.steps).not.toContain('capacity-assessed');
    expect(plan.steps).not.toContain('relative-worry-heard');
    expect(plan.full).toMatch(/calls his father back the next working day, listens to what worries him/);
  });

  it('says each step of the relative the story tells it of: the carer who is exhausted, the daughter who complained', () => {
    const story =
      'Scenario: Frank Dale is 79 and has motor neurone disease. His wife, Ruth, does most of his care and told a carer last night that she is exhausted and asked her not to tell anyone. Their daughter, Emma, has phoned the office to complain that visits are late.\n\nHow would you respond?';
    const plan = storyPlan(story)!;
    expect(plan.full).toMatch(/calls Emma back the next working day/);
    expect(plan.full).toMatch(/the team leader calls Ruth and asks the council for an early review of .+ support\. The team leader offers to ask the council, whose duty it is, for a carer.s assessment, which goes ahead only with her agreement/);
    // Ruth and Emma do not disagree with each other in the story.
    expect(plan.steps).not.toContain('relatives-heard');
  });

  it('asks for no power of attorney the story says the relative does not hold, and tells a finance attorney the power has no say over care', () => {
    const none = storyPlan('Scenario: Dev is 27 and has epilepsy. He wants his own flat. His mother, Rita, does not hold a Lasting Power of Attorney and has told the team leader she will complain.\n\nHow would you respond?')!;
    expect(none.steps).not.toContain('attorney-explained');
    expect(none.full).toMatch(/calls Rita back/);
    const finance = storyPlan(DOOR)!;
    expect(finance.steps).toEqual(expect.arrayContaining(['refusals-logged', 'finance-attorney-explained', 'capacity-assessed']));
    expect(finance.steps).not.toContain('attorney-explained');
    expect(finance.full).toMatch(/asks Ada whether the neighbour may be told when a visit is missed/);
    expect(finance.full).toMatch(/tells Neil this week that a property and financial affairs attorney has no say over Ada's care/);
    // Letting themselves in on the son's say-so is not done; he is told why.
    expect(finance.full).toMatch(/Care workers do not let themselves in or press care on Ada against her refusal on a relative's say-so; the Registered Manager tells Neil why/);
  });

  it('plans for a wish to move, a health condition, distress, a way of communicating without words and rights under the Mental Health Act', () => {
    const move = storyPlan('Scenario: Sam is 26 and has epilepsy. He told staff: "I want my own flat." He uses Makaton and a few words, and became distressed at the last house viewing. His social worker has called a review for next month.\n\nHow would you respond?')!;
    expect(move.steps).toEqual(expect.arrayContaining(['move-wanted', 'health-planned', 'distress-noted', 'own-way-of-communicating', 'bring-to-meeting']));
    expect(move.full).toMatch(/Before the review, the key worker sends the social worker/);
    const detained = storyPlan('Scenario: Nadia is 33 and is on a Community Treatment Order. Her tribunal is due next month.\n\nHow would you respond?')!;
    expect(detained.full).toMatch(/Before her tribunal, the key worker helps Nadia set down what Nadia wants to say, and reminds her of her right to an IMHA/);
    // Her section ended and she is not on an order: no IMHA to offer.
    const discharged = storyPlan('Scenario: Ruth is 41 and left hospital after a section 3 admission. She is entitled to section 117 aftercare but is not on a Community Treatment Order, and has become distressed at home.\n\nHow would you respond?')!;
    expect(discharged.steps).not.toContain('mha-rights');
    // A part asking about an IMHA "if he is detained or placed on a CTO" does not make him detained now.
    const ifDetained = storyPlan("Scenario: Mr Obi Eze is 44 and has bipolar disorder. He left hospital after a section 3 admission two months ago and receives section 117 aftercare from your service. His sister has phoned to say he is not sleeping.\n\n(a) What would you do today?\n(b) How would you work with his care coordinator and, if he is detained or placed on a Community Treatment Order, an Independent Mental Health Advocate?")!;
    expect(ifDetained.steps).not.toContain('mha-rights');
    expect(ifDetained.full).toMatch(/If Obi is detained again or placed on a Community Treatment Order, the key worker tells him that day of his right to an Independent Mental Health Advocate/);
    expect(storyPlan(RELAPSE)!.steps).not.toContain('mha-rights-if');
    // Little sleep and heavy spending in someone with bipolar disorder are signs of becoming unwell.
    expect(storySteps('Scenario: Ms Ria Lowe is 38, has bipolar disorder and gets section 117 aftercare from your service. For a week she has been sleeping very little and spending most of her benefits online.\n\nHow would you respond?').map((step) => step.id)).toContain('relapse-signs');
    // The signs are named as the story tells them, in its order.
    expect(storyPlan('Scenario: Ms Ria Lowe is 38, has bipolar disorder and gets section 117 aftercare from your service. For a week she has been sleeping very little and spending most of her benefits online.\n\nHow would you respond?', 'relapse-signs')!.full).toContain('about the signs that Ria may be becoming unwell: little sleep and heavy spending.');
    // The same in a story about dementia is not a relapse.
    expect(storySteps("Scenario: Mrs Ada Moor is 88 and has Alzheimer's disease. She is sleeping very little and spending her pension on catalogues.\n\nHow would you respond?").map((step) => step.id)).not.toContain('relapse-signs');
    // An accident years ago is not a pattern of falls.
    expect(storyPlan('Scenario: Dean is 38 and has a brain injury since he fell from scaffolding. His brother, Lee, has phoned to complain.\n\nHow would you respond?')!.steps).not.toContain('falls-assessed');
    // Refusing to speak to someone is not refusing care: no GP check for a physical cause.
    expect(storyPlan('Scenario: Kian is 20. His father has phoned to complain, and Kian has refused to speak to his key worker since.\n\nHow would you respond?')!.steps).not.toContain('physical-cause');
    // Where she lives is not a wish to move.
    expect(storyPlan('Scenario: Priti is 24 and gets support in her own flat. She wants to go out alone.\n\nHow would you respond?')!.steps).not.toContain('move-wanted');
  });

  it('assesses capacity where the question asks whether the person has it', () => {
    const plan = storyPlan('Scenario: Rhys is 52 and has refused his medication for a week.\n\nExplain how you would assess whether Rhys has capacity to decide about his medication.')!;
    expect(plan.steps).toContain('capacity-assessed');
    // Treatment is the prescriber's decision, so the prescriber assesses capacity for it.
    expect(plan.full).toMatch(/the key worker asks the prescriber to assess Rhys's capacity to decide about his medication/);
    // Where a person lives is the council's.
    const home = storyPlan("Scenario: Daniel is 27. His nurse has asked whether he has capacity to decide where to live.\n\nHow would you respond?")!;
    expect(home.full).toMatch(/the key worker asks the social worker, who leads that decision, to assess Daniel's capacity to decide where to live/);
  });

  it('assumes capacity where the story gives no reason to doubt it', () => {
    const plan = storyPlan(SHOPS)!;
    expect(plan.steps).not.toContain('capacity-assessed');
    expect(plan.full).toMatch(/hears her parents' worries/);
  });

  it('has nothing to plan when the story names no particular', () => {
    expect(storyPlan('Scenario: Amir is 30. How would you involve him in his review?')).toBeUndefined();
    expect(storyPlan('How do you involve families?')).toBeUndefined();
  });

  it("answers each request a relative made, tells them what they cannot decide, and sees the person without them", () => {
    const plan = storyPlan(TRANSITION)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['relative-requests', 'no-legal-authority', 'seen-without-relative', 'own-words', 'liberty-restricted', 'advocacy-considered', 'capacity-assessed']));
    // Each request in the story's words, then a reply to each thing it asks, in the order asked.
    expect(storyFacts(TRANSITION)!.requests.map((request) => request.asked)).toEqual(['has asked to choose his staff and to attend every review', 'has told the college that Owen must not go out after dark']);
    // The replies say what was asked in their own words; the request is not said back.
    expect(plan.full).toMatch(/The Registered Manager replies to Bethan that week\. Before each meeting the key worker asks Owen whom to invite.* The key worker puts no limit on Owen just because a relative asks/);
    expect(plan.full).not.toContain('has asked to choose his staff');
    expect(plan.full).toMatch(/no relative can approve Owen's plan or decide for him/);
    expect(plan.full).toMatch(/spends time with Owen without her/);
    expect(plan.full).toContain('“go swimming at night”');
    // Asked in the ways the story says Owen communicates, not a stock list.
    expect(plan.full).toMatch(/Owen is asked in his own way of communicating, with the device or app Owen uses/);
  });

  it('reads a son who is her registered attorney for money, a cash float kept off the record and a request after a quotation', () => {
    const story =
      'Scenario: Mrs Rose Lane is 83 and has home care. Her son, Paul, is her registered attorney under a Lasting Power of Attorney for property and financial affairs. Her niece, Jo, is her sole attorney under a Lasting Power of Attorney for health and welfare. The weekly shopping money has fallen by half. Rose says "Paul looks after it all." Paul has asked carers to stop writing the cash float in the log. Jo wants a copy of the care notes.\n\n(a) How would staff check what authority Paul and Jo each hold?\n(b) What would you do about the money?';
    const steps = storySteps(story).map((step) => step.id);
    // Paul asked for the float to go unrecorded: the signs point at him, so he is not told first.
    expect(steps).toEqual(expect.arrayContaining(['attorney-explained', 'finance-attorney-held', 'exploitation-concern', 'relative-requests:0', 'relative-requests:1']));
    expect(steps).not.toContain('finance-attorney-explained');
    // Money that has fallen is not a fall.
    expect(steps).not.toContain('falls-assessed');
    const said = storySteps(story).map((step) => storyPlan(story, step.id)!.full).join(' ');
    expect(said).toMatch(/asks Jo for the registered power of attorney/);
    expect(said).toMatch(/care workers do not raise them with Paul\. That day the Registered Manager agrees with the council who speaks to Paul, and when/);
    expect(storyFacts(story)!.requests.map((request) => request.text)).toEqual(['Paul has asked carers to stop writing the cash float in the log', 'Jo wants a copy of the care notes']);
    expect(said).toMatch(/replies to Jo that week\. Information about Rose goes to Jo only with Rose's agreement/);
  });

  it('reads an attorney named in the power, and a son seen taking her bank card', () => {
    const story =
      "Scenario: Edna is 88 and has home care. Years ago she made a Lasting Power of Attorney for property and financial affairs, naming her niece Carys as sole attorney. Her son, Huw, has been seen taking Edna's bank card from her purse. How would you respond?";
    const steps = storyPlan(story)!.steps;
    expect(steps).toEqual(expect.arrayContaining(['finance-attorney-explained', 'exploitation-concern']));
    expect(storyPlan(story)!.full).toMatch(/tells Carys this week that a property and financial affairs attorney has no say/);
  });

  it('holds back from the attorney the signs point at, asks for an advocate for the enquiry, and answers a distant relative asking for news', () => {
    const story =
      'Scenario: Mr Alan Pryce is 81, has dementia and lives alone with three home care visits a day. His nephew Rhys holds a Lasting Power of Attorney for property and financial affairs. His sister Gwen lives in Canada. Carers have found final demand letters on the mat, and Alan has said that Rhys keeps his bank card for him. Gwen has emailed asking for an update on her brother\'s money and health.\n\n1. What would you do in the first 24 hours?\n2. When would you consider an independent advocate?\n3. What would you tell Gwen?';
    const facts = storyFacts(story)!;
    // "her brother" in Gwen's sentence is Alan himself, not another relative.
    expect(facts.others.map((other) => other.name)).toEqual(['Rhys', 'Gwen']);
    expect(facts.requests.map((request) => request.text)).toEqual(["Gwen has emailed asking for an update on her brother's money and health"]);
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['finance-attorney-held', 'exploitation-concern', 'advocate-for-enquiry', 'relative-requests:0']));
    expect(steps).not.toContain('finance-attorney-explained');
    expect(steps).not.toContain('advocacy-considered');
    expect(storyPlan(story, 'finance-attorney-held')!.full).toMatch(/^Because the signs point at Rhys, his property and financial affairs attorney, care workers do not raise them with Rhys\./);
    expect(storyPlan(story, 'advocate-for-enquiry')!.full).toContain('the key worker asks for a Care Act advocate; anyone the concern is about is not suitable');
    expect(storyPlan(story, 'relative-requests:0')!.full).toContain("Information about Alan goes to Gwen only with Alan's agreement");
  });

  it('reads who holds a power from the story, not from a part asking about its limits', () => {
    const story =
      "Scenario: Ana is 30 and uses Makaton and objects of reference. She does not go out alone. Her brother, Luis, was appointed as her deputy for property and affairs.\n\n(a) How would you respond to Luis, given the limits of a deputy's authority?\n(b) How would you plan a trip to the coast with Ana?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toContain('finance-attorney-explained');
    expect(steps).not.toContain('attorney-explained');
    // "She does not go out alone" is a restriction, not an outing she asked for; the trip is.
    const plan = storyPlan(story)!;
    expect(plan.full).toMatch(/tells Luis this week that a property and affairs deputy has no say/);
    expect(plan.full).toMatch(/with Makaton signs and objects of reference|with objects of reference and Makaton signs/);
  });

  it('says each step on its own under numbered parts, with its subject, so it can stand with the part it answers', () => {
    expect(stepsByPart(TRANSITION)).toBe(true);
    expect(stepsByPart(MOVE)).toBe(false);
    const steps = storySteps(TRANSITION);
    expect(steps).toEqual(expect.arrayContaining([{ id: 'relative-requests:0', topic: 'family-friends' }, { id: 'advocacy-considered', topic: 'advocacy' }, { id: 'no-legal-authority', topic: 'consent-capacity' }]));
    expect(storyPlan(TRANSITION, 'relative-requests:0')!.full).toMatch(/^The Registered Manager replies to Bethan that week\. Before each meeting/);
    expect(storyPlan(TRANSITION, 'advocacy-considered')!.full).toMatch(/^This week the key worker asks the council for a Care Act advocate if Owen/);
    // A step the story does not call for is not said.
    expect(storyPlan(TRANSITION, 'imca-for-unbefriended')).toBeUndefined();
  });

  it('plans for a nearest relative, medicine hidden in food and a young carer', () => {
    const plan = storyPlan(NEAREST)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['nearest-relative', 'covert-medication', 'young-carer']));
    expect(plan.full).toMatch(/Ffion is Jon's nearest relative under the Mental Health Act/);
  });

  it('tells a power over money apart from one over care, and answers requests after a time phrase or a list mark', () => {
    const plan = storyPlan(POWERS)!;
    expect(plan.steps).toEqual(expect.arrayContaining(['attorney-explained', 'finance-attorney-held', 'exploitation-concern']));
    const full = storySteps(POWERS).map((step) => storyPlan(POWERS, step.id)!.full).join(' ');
    expect(full).toMatch(/asks Dawn for the registered power of attorney/);
    // Ivy says Carl keeps her bank card: the council says who speaks to him, and only then is he told what the power covers.
    expect(full).toMatch(/Once the council agrees, the Registered Manager tells Carl that the power covers only Ivy's money, to be used in her best interests/);
    expect(full).not.toMatch(/tells Carl this week/);
    // The body over the power the story names is told: the Public Guardian, for an attorney.
    expect(full).toMatch(/raises a safeguarding concern with the council that day, even when it is about family or an attorney\. As Carl manages her money, the Registered Manager also asks the council to consider telling the Office of the Public Guardian\./);
    // Each request in the story's words, with the reply to what it asks.
    expect(storyFacts(POWERS)!.requests.some((request) => request.text === 'Carl has told carers to stop her weekly lunch club because it costs too much')).toBe(true);
    expect(full).toMatch(/replies to Carl that week\. .*a relative may manage it only as a registered power or a court order allows/);
    expect(storyFacts(POWERS)!.requests.some((request) => request.text === "Dawn tells the office that staff must not let Ivy's friend, Elsie, visit any more")).toBe(true);
    expect(full).toMatch(/to Dawn that week\. The key worker keeps up the contact Ivy values, whatever a relative asks/);
  });

  it('does not meet a child as a relative, and plans the risk the person wants to take, not an outing', () => {
    const story =
      "Scenario: Nia Hughes is 40, has multiple sclerosis and lives with her son Cai, aged 12, who is her young carer. Her sister, Bronwen, disagrees with Nia's wish to bathe on her own. How would you respond?";
    const plan = storyPlan(story)!;
    expect(plan.steps).toContain('young-carer');
    expect(plan.steps).not.toContain('relatives-heard');
    expect(plan.full).not.toMatch(/meets (?:Bronwen and Cai|Cai and Bronwen)/);
    expect(plan.full).toMatch(/positive risk plan for what Nia wants to do/);
  });

  it('says what the law gives the person: free aftercare, treatment decided by the clinician, gifts only through the court, an advance decision known', () => {
    const plan = storyPlan(AFTERCARE)!;
    const said = storySteps(AFTERCARE).map((step) => storyPlan(AFTERCARE, step.id)!.full).join(' ');
    expect(plan.steps).toEqual(expect.arrayContaining(['aftercare-free', 'missed-treatment', 'advance-decision']));
    expect(said).toMatch(/Rhys's section 117 aftercare is free of charge/);
    expect(said).toMatch(/only his responsible clinician can decide on treatment or recall/);
    expect(said).toMatch(/needs the Court of Protection\. This week the Registered Manager tells Owain so in writing/);
    expect(said).toMatch(/puts a copy of Rhys's advance decision with his plan/);
  });

  it('keeps out of the plan a friend the story gives cause to worry about, and a relative the person wants kept out', () => {
    const plan = storyPlan(FRIEND)!;
    expect(plan.steps).toContain('exploitation-concern');
    // Not "may Mark be told when a visit is missed", nor a meeting with the mother he wants told nothing.
    expect(plan.steps).not.toContain('helper-told');
    expect(plan.steps).not.toContain('relatives-heard');
    expect(plan.steps).not.toContain('money-safety');
  });

  it('tells the professionals the story names, by name, and answers a request to lock the person in by refusing it', () => {
    const full = storySteps(LOCKED).map((step) => storyPlan(LOCKED, step.id)!.full).join(' ');
    expect(full).toContain('The Registered Manager raises a safeguarding concern with Priya (Nora\'s social worker) at the council that day, even when it is about family or an attorney');
    expect(full).toContain('asks Dr Evans (Nora\'s GP) to check for pain');
    // The story speaks to the bidder; the answer is the bidder speaking.
    expect(full).toContain('The Registered Manager replies to David that week. That day the Registered Manager tells staff in writing not to lock Nora in, whoever asks');
    expect(full).toContain('asks Priya (Nora\'s social worker) at the council for a best-interests decision on the least restrictive way to keep Nora safe');
    // "“Mum wants me to look after it”" is the son speaking of his mother, not a relative's worry to hear out.
    expect(storySteps(LOCKED).map((step) => step.id)).toContain('relative-requests:0');
    expect(storySteps(LOCKED).map((step) => step.id)).not.toContain('relative-worry-heard');
  });

  it("places each step under lettered parts with the part whose words share most with the story's words that set it off", () => {
    const at = (id: string) => {
      const index = storyStepPart(LOCKED, id);
      return index === undefined ? undefined : questionParts(LOCKED)[index]!.label;
    };
    // David's request to lock the door stands with the part asking about the request to lock Nora in,
    // though its reply shares "keep" and "decision" with other parts.
    expect(at('relative-requests:1')).toBe('(b)');
    // A step the story's words place nowhere in particular is placed as any block is.
    expect(at('recorded-and-reviewed')).toBeUndefined();
  });

  it("answers a titled relative's long request by its first clause, and places a step with the part whose words ask for it", () => {
    const story =
      'Mr Desmond Okafor is 84 and has vascular dementia. His daughter, Mrs Grace Adeyemi, holds a Lasting Power of Attorney for property and financial affairs. Care workers have found Mr Okafor outside twice in the evening. Mrs Adeyemi phones your office and asks you to fit a key safe on the inside of the front door so her father cannot go out after the evening call, and to install a camera in the living room so she can check on him. His social worker is Ms Priya Sandhu.\n\n(a) How would you respond to Mrs Adeyemi\'s requests?\n(b) How would you find out what Mr Okafor wants?\n(c) At what point, if any, would a deprivation of liberty arise, and what would you do?';
    const label = (id: string) => {
      const index = storyStepPart(story, id);
      return index === undefined ? undefined : questionParts(story)[index]!.label;
    };
    const reply = storyPlan(story, 'relative-requests:0')!.full;
    expect(storyFacts(story)!.requests[0]!.asked).toBe('phones our office and asks us to fit a key safe on the inside of the front door so her father cannot go out after the evening call');
    expect(reply).toMatch(/^The Registered Manager replies to Mrs Adeyemi that week\. That day the Registered Manager tells staff in writing not to lock Mr Okafor in/);
    expect(label('relative-requests:0')).toBe('(a)');
    expect(label('liberty-restricted')).toBe('(c)');
    expect(storyPlan(story, 'liberty-restricted')!.full).toContain('tells Ms Sandhu (Mr Okafor\'s social worker) at the council that week');
  });

  it("says a male relative's own rights and time as his, not 'him own'", () => {
    const story = 'Scenario: Jon is 35 and on a Community Treatment Order. His brother, Rhys, is his nearest relative. Rhys has asked to attend every meeting. How would you respond?';
    const full = storySteps(story).map((step) => storyPlan(story, step.id)!.full).join(' ');
    expect(full).toContain('with rights of his own');
    expect(full).toContain('time of his own');
    expect(full).not.toMatch(/\bhim own\b/);
  });

  it('acts that day on signs that a person with a mental illness is becoming unwell, naming their clinician, and answers a request to have them detained', () => {
    const said = storySteps(RELAPSE).map((step) => step.id);
    expect(said).toEqual(expect.arrayContaining(['relapse-signs', 'relative-requests:0']));
    // The missed depot is one of the signs, told with them, not a second call.
    expect(said).not.toContain('missed-treatment');
    const relapse = storyPlan(RELAPSE, 'relapse-signs')!.full;
    expect(relapse).toMatch(/^The same day the key worker tells Ms Okoro \(Dylan's care coordinator\) and Dr Saleh \(Dylan's responsible clinician\) about the signs that Dylan may be becoming unwell: missed depot injections and hearing voices\./);
    expect(relapse).toContain('only his responsible clinician can decide on treatment or recall');
    expect(partLabel(RELAPSE, 'relapse-signs')).toBe('(a)');
    // Early signs of pressure damage, in a story about dementia, are no relapse.
    const skin = "Scenario: Ms June Hart is 79 and has Alzheimer's disease. Carers have seen early signs of pressure damage and she refuses help with washing. How would you respond?";
    expect(storySteps(skin).map((step) => step.id)).not.toContain('relapse-signs');
    const reply = storyPlan(RELAPSE, 'relative-requests:0')!.full;
    expect(reply).toContain('Staff cannot have Dylan detained');
    expect(reply).toContain('a nearest relative may ask');
    // What he says to his support worker is his to share.
    expect(reply).toContain("Information about Dylan goes to Mrs Price only with Dylan's agreement");
  });

  it('records an injury staff see and passes it on that day, and reads money running out early as a sign someone else has it', () => {
    const story =
      "Scenario: Kate is 29 and has a learning disability. Her boyfriend has moved into her flat, her money runs out early each month, and a care worker noticed a bruise on her wrist.\n\n(a) What would you do?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['injury-seen', 'exploitation-concern']));
    expect(storyPlan(story, 'injury-seen')!.full).toMatch(/^The care worker who sees the injury records that day where it is and what it looks like, with what Kate says about it in her own words/);
    // A part asking about bruising is no injury in the story.
    expect(storySteps('Scenario: Kate is 29 and has a learning disability.\n\n(a) What would you do if staff saw bruising?').map((step) => step.id)).not.toContain('injury-seen');
  });

  it('agrees a restart after a hospital stay only once it is known to be safe, and reads a son saying his mother cannot cope as no carer under strain', () => {
    const story =
      "Scenario: Mrs Joan Pell is 88 and has home care twice a day. She has been in hospital for a week after a chest infection. The ward wants to discharge her tomorrow and asks you to restart her package. Her son, Neil, tells you his mother 'can't cope' and asks you to tell the ward you cannot take her back.\n\n(a) What would you do before the restart?\n(b) How would you answer Neil?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toContain('discharge-restart');
    expect(steps).not.toContain('carer-strain');
    expect(storyPlan(story, 'discharge-restart')!.full).toMatch(/^Before a restart date is agreed, the Registered Manager or a senior carer sees Joan on the ward/);
    // Neil's request in our words: he asks us to tell the ward we cannot take her back.
    expect(storyFacts(story)!.requests.map((request) => request.asked)).toEqual(["tells us his mother 'can't cope' and asks us to tell the ward we cannot take her back"]);
    // A carer who says they cannot cope is under strain.
    expect(storySteps("Scenario: Mr Hal Ross is 80. His wife, Ann, says she can't cope with his care at night.\n\nHow would you respond?").map((step) => step.id)).toContain('carer-strain');
  });

  it('keeps to a deprivation of liberty the court has authorised, feeds its review, and asks for an independent representative where the family representative takes a side', () => {
    const story =
      "Scenario: Owen Tate is 26, has autism and lives in supported living. His care is authorised by the Court of Protection because he is under continuous supervision and control. His parents separated years ago. His father, Rob, is his Rule 1.2 representative and opposes his mother, Sue, taking Owen to the coast overnight.\n\n(a) What would you do about the trip?\n(b) Does Owen need someone independent?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['liberty-authorised', 'representative-conflict']));
    // An authorisation in place is not one to seek.
    expect(steps).not.toContain('liberty-restricted');
    expect(storyPlan(story, 'liberty-authorised')!.full).toMatch(/^Owen's deprivation of liberty is authorised, so staff use no restriction beyond what the authorisation covers/);
    // "His parents" are the two the story names, not a third relative.
    expect(storyFacts(story)!.others.map((other) => other.name)).toEqual(['Rob', 'Sue']);
  });

  it('answers a relative who visits often and asks for weekly news with what may be shared, and reads coming back without his benefits as a sign someone has his money', () => {
    const story =
      "Scenario: Ravi Shah is 30, has schizophrenia and is in hospital. His father, Dev, visits often; he has asked your manager to phone him every week with news. Ravi came back from leave without his benefit money after his friend visited.\n\n(a) How would you keep Dev involved?";
    const reply = storyPlan(story, 'relative-requests:0')!.full;
    expect(reply).toContain("Information about Ravi goes to Dev only with Ravi's agreement");
    expect(reply).not.toContain('keeps up the contact');
    expect(storySteps(story).map((step) => step.id)).toContain('exploitation-concern');
    // The friend the signs point at is not asked to keep an eye on him.
    expect(storySteps(story).map((step) => step.id)).not.toContain('helper-told');
  });

  it('plans the first weeks of a move from children\'s services, places advocacy with the part asking about advocacy, and reads a parent saying they will make the decision', () => {
    const story =
      "Scenario: Leah Moss is 17 and has a learning disability and an EHCP. Her residential college placement ends when she turns 18. Her transition social worker Dana Price is planning a move to supported living. Her father, Ian, says that as her parent he will 'make the decision' about where she lives.\n\n1. What would you do in the first four weeks, and with whom?\n2. How would you respond to Ian?\n3. Is independent advocacy needed, and which type?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['transition-first-weeks', 'advocacy-considered']));
    expect(storyStepPart(story, 'transition-first-weeks')).toBe(questionParts(story).findIndex((part) => part.label === '(1)'));
    // "Advocacy" asks for the advocacy step as "advocate" does.
    expect(storyStepPart(story, 'advocacy-considered')).toBe(questionParts(story).findIndex((part) => part.label === '(3)'));
    expect(storyPlan(story, 'transition-first-weeks')!.full).toMatch(/agrees with Dana Price \(Leah's social worker\) who does what before the move/);
    expect(storyFacts(story)!.requests.map((request) => request.by.name)).toEqual(['Ian']);
  });

  it('acts on money missing and a stranger taking the person to the bank, keeps that stranger out, and answers a relative barring contact and one abroad asking for news', () => {
    const story =
      "Scenario: Iris Bell is 90 and has home care. Her son Ken, who lives in Canada, has emailed asking for weekly updates. On Monday a carer found £80 missing from the tin in her kitchen, and Iris says her neighbour's lodger Dean has been taking her to the bank. The next morning Ken's sister, June, tells the office that staff must not speak to Ken.\n\n(a) What would you do first?\n(b) How would you answer June and Ken?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toContain('exploitation-concern');
    expect(steps).not.toContain('helper-told');
    expect(storyFacts(story)!.requests.map((request) => request.text)).toEqual(['Ken has emailed asking for weekly updates', 'June tells the office that staff must not speak to Ken']);
    const replies = [0, 1].map((index) => storyPlan(story, `relative-requests:${index}`)!.full);
    expect(replies[0]).toContain("Information about Iris goes to Ken only with Iris's agreement");
    expect(replies[1]).toMatch(/Who Iris sees and speaks to is Iris's choice while Iris can make it/);
  });

  it('plans a discharge days ahead with the ward, and a son moving in as her decision within her tenancy, not as a move she wants', () => {
    const story =
      "Scenario: Rosa Lind is 50, has schizophrenia and is to be discharged from hospital next week to her own flat. Her care coordinator is Amy Cole. Rosa's grown-up son, Theo, plans to move in with her after discharge; the ward has noted his heavy drinking.\n\n(a) What will you do before discharge?\n(b) How will you involve Theo?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['discharge-planned', 'relative-moving-in']));
    expect(steps).not.toContain('move-wanted');
    expect(steps).not.toContain('discharge-restart');
    expect(storyPlan(story, 'discharge-planned')!.full).toMatch(/^Before discharge the key worker meets Rosa on the ward, more than once, and the Registered Manager joins the discharge and aftercare planning meeting with Rosa, Amy Cole \(Rosa's care coordinator\) and the ward\./);
    expect(storyPlan(story, 'relative-moving-in')!.full).toMatch(/^Whether Theo moves in is Rosa's decision, within the terms of her tenancy/);
  });

  it('holds back from a deputy the signs point at, tells him nothing in writing first, and weighs the person not wanting him in trouble', () => {
    const story =
      "Scenario: possible financial abuse by a deputy. Omar Said is 35, has a learning disability and lives in supported living. His brother Sami is his property and affairs deputy. Omar's allowance has arrived late or short three times, and Omar says Sami needs the money for his car. Omar does not want Sami to get into trouble.\n\n(a) What do you do that day?\n(b) How do you keep Omar at the centre?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['exploitation-concern', 'finance-attorney-held', 'confidence-and-risk']));
    // Neither the deputy's limits nor the rule on gifts is put to him in writing before the council agrees.
    expect(steps).not.toContain('finance-attorney-explained');
    expect(steps).not.toContain('deputy-gift');
    // A title naming suspected abuse is not a history of being exploited.
    expect(steps).not.toContain('money-safety');
  });

  it('reads missed appointments, little sleep and a stated plan to stop medication as signs of becoming unwell, but not a wish to stop for side effects', () => {
    const story =
      'Scenario: Ms Nia Rowe is 41, has bipolar disorder and is on a Community Treatment Order. Her care coordinator is Sam Hill. This month she has missed three clinic appointments, is barely sleeping, and says she plans to stop taking her lithium.\n\n(a) What would you do in the next two days?';
    expect(storySteps(story).map((step) => step.id)).toContain('relapse-signs');
    expect(storyPlan(story, 'relapse-signs')!.full).toMatch(/^The same day the key worker tells Sam Hill \(Nia's care coordinator\) and her responsible clinician about the signs that Nia may be becoming unwell: missed appointments, little sleep and stopping medication\./);
    const sideEffects = 'Scenario: Lee is 40, has schizophrenia and lives in supported accommodation. He wants to stop his depot injection because of the side effects.\n\n(a) How would you support Lee with this decision?';
    expect(storySteps(sideEffects).map((step) => step.id)).not.toContain('relapse-signs');
  });

  it('reads a power over money alone where the story says there is no welfare power, and acts that day on signs someone has the person\'s cards', () => {
    const said = storySteps(CARDS).map((step) => step.id);
    expect(said).toEqual(expect.arrayContaining(['finance-attorney-held', 'exploitation-concern']));
    expect(said).not.toContain('attorney-explained');
    expect(said).not.toContain('finance-attorney-explained');
    // A carer who is not sleeping is under strain, not a person becoming unwell.
    expect(said).not.toContain('relapse-signs');
    const concern = storyPlan(CARDS, 'exploitation-concern')!.full;
    expect(concern).toContain('the team leader gets them to her that day');
    expect(concern).toContain('raises a safeguarding concern with Ms Holt (Mrs Varga\'s social worker) at the council that day');
    expect(concern).toContain('Office of the Public Guardian');
  });

  it('asks in the language the person prefers, meets a wish about who gives intimate care, and tells the person that day what cannot be kept secret', () => {
    const steps = storySteps(POLISH).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['interpreter', 'confidence-and-risk', 'exploitation-concern']));
    expect(storyPlan(POLISH, 'interpreter')!.full).toContain('a professional interpreter in Polish, never a relative');
    expect(storyPlan(POLISH, 'confidence-and-risk')!.full).toMatch(/^That day the key worker tells Mr Kowal gently that staff cannot keep a risk of harm secret/);
    // Done that day, the step answers the part asking for immediate actions unless a part asks for it by name.
    expect(partLabel(POLISH, 'confidence-and-risk')).toBe('(b)');
    expect(partLabel(POLISH, 'interpreter')).toBe('(c)');
    const adeyemi = storySteps(YORUBA).map((step) => step.id);
    expect(adeyemi).toEqual(expect.arrayContaining(['interpreter', 'same-gender-care', 'skin-checked', 'physical-cause']));
    expect(storyPlan(YORUBA, 'interpreter')!.full).toContain('in Yoruba');
    expect(partLabel(YORUBA, 'physical-cause')).toBe('(2)');
    // Asked what the council hears, the answer is what this story gives it, that day.
    expect(partLabel(YORUBA, 'council-told')).toBe('(3)');
    expect(storyPlan(YORUBA, 'council-told')!.full).toMatch(/^The Registered Manager tells the council that day of anything that puts Mrs Ade at risk/);
  });

  it("reads a power held by a relative the story names only by role, and does not read savings held back from the person as a gift", () => {
    const story =
      "Scenario: Daniel is 27 and autistic. He wants to move into a flat with his girlfriend. Daniel's father, who holds a Lasting Power of Attorney for property and financial affairs, will not release money from Daniel's savings for a deposit.\n\n(a) How would you respond to his father?";
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toContain('finance-attorney-explained');
    expect(steps).not.toContain('deputy-gift');
    expect(storyPlan(story, 'finance-attorney-explained')!.full).toContain('tells his father this week that a property and financial affairs attorney has no say');
    expect(storyPlan(story, 'finance-attorney-explained')!.full).toContain('If money Daniel needs is held back without good reason');
    // What he tells the manager, after the clause on his power, is heard as his worry.
    const told = "Scenario: Daniel is 27 and autistic. He wants to move in with his girlfriend. Daniel's father, who holds a Lasting Power of Attorney for property and financial affairs, tells your manager that Daniel does not understand what it means.\n\n(a) How would you respond to his concerns?\n(b) How would you help Daniel plan the move?";
    expect(storyPlan(told, 'relative-worry-heard')!.full).toContain("hears his father's worries");
    expect(partLabel(told, 'relative-worry-heard')).toBe('(a)');
  });

  it('places what is done that day with a part about the first hours, not with a part on another subject that mentions now in passing', () => {
    const story =
      "Scenario: Mr Hale is 81 and has vascular dementia. His wife, Mrs Hale, is his main carer and has told your care worker she is at the end of her tether. The district nurse has reported a new pressure area on his heel.\n(a) What would you do in the first 48 hours, and who would you contact?\n(b) How would you respond to Mrs Hale's needs as a carer, both immediately and over the following month?";
    expect(partLabel(story, 'skin-checked')).toBe('(a)');
    expect(partLabel(story, 'carer-strain')).toBe('(b)');
  });

  it('keeps a verb after a relative right whether the story names one relative or several', () => {
    const story = "Scenario: Miss Kaur is 23 and has a learning disability. Her parents have phoned the office to complain about her boyfriend. How would you respond?";
    const said = storySteps(story).map((step) => storyPlan(story, step.id)!.full).join(' ');
    expect(said).toContain('her parents');
    expect(said).not.toMatch(/her parents (?:still )?(?:disagrees|agrees|is|knows|refuses)\b/);
  });

  it('works with the professionals the question names as one team, goes to the duty team while the social worker is away, and keeps a distant relative told', () => {
    const steps = storySteps(ELLERY).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['joint-working', 'duty-team', 'relative-kept-informed']));
    const joint = storyPlan(ELLERY, 'joint-working')!.full;
    expect(joint).toContain('the one contact for the social worker, Dr Lowe (Mrs Ellery\'s GP) and the district nursing team');
    expect(storyPlan(ELLERY, 'duty-team')!.full).toMatch(/^While the social worker is away, the team leader takes anything that cannot wait to the council's duty social work team that day/);
    const informed = storyPlan(ELLERY, 'relative-kept-informed')!.full;
    expect(informed).toMatch(/^The key worker asks Mrs Ellery what may be shared with Martin, then agrees with Martin a set time each week/);
    expect(informed).toContain('asks for his views');
    expect(partLabel(ELLERY, 'joint-working')).toBe('(b)');
    expect(partLabel(ELLERY, 'relative-kept-informed')).toBe('(c)');
    const book = storyPlan('Scenario: Mr Tom Reed is 30 and has a learning disability. He uses a communication book, and with it he has told staff he wants to leave the day centre.\n\nHow would you respond?')!;
    expect(book.full).toContain('Tom is asked in his own way of communicating, with his communication book, over several short sessions');
    // No letter asks how the steps are recorded or the plan reviewed: that general line is left out.
    expect(steps).not.toContain('recorded-and-reviewed');
    const reviewed = `${ELLERY}\n(d) How would you review the plan with her afterwards and record what was learned?`;
    expect(partLabel(reviewed, 'recorded-and-reviewed')).toBe('(d)');
    expect(storySteps(reviewed).map((step) => step.id)).toContain('recorded-and-reviewed');
    // A later scenario of the bid says them in other words.
    for (const id of ['joint-working', 'relative-kept-informed']) expect(new Set([0, 1, 2].map((again) => storyPlan(ELLERY, id, again)!.full)).size).toBe(3);
    // A step about one relative stands with the part naming them, though the first part asks what is done that day.
    expect(partLabel(ELLERY, 'call-relative-back')).toBe('(c)');
  });

  it('assesses capacity for each decision the story puts in question, by whoever makes it, where the story names none', () => {
    const story =
      "Scenario: Mrs Orla Brady is 83 and has Alzheimer's disease. She has refused help with washing for a week. Her nephew thinks she should move into a care home.\n\n(a) How would you decide whether her capacity should be assessed?";
    const capacity = storyPlan(story, 'capacity-assessed')!.full;
    expect(capacity).toMatch(/^This week the key worker asks whoever makes each decision to assess Orla's capacity to decide whether to accept help with personal care, and separately where to live\. It is done at a time when/);
    expect(capacity).not.toContain('this decision');
    const tablets = "Scenario: Mr Ivo Dane is 79 and has vascular dementia. He has been refusing his tablets since Monday.\n\nHow would you respond?";
    expect(storyPlan(tablets, 'capacity-assessed')!.full).toMatch(/the key worker asks the prescriber to assess Ivo's capacity to decide whether to take his medication\. It is done at a time/);
    // A part asking about the person's capacity puts it in doubt, with no diagnosis named.
    const asked = 'Scenario: Mr Raj Bhatt is 24 and has a learning disability. He has been lending his money to a friend he met online.\n\n(a) How would you approach the question of Raj\'s capacity to manage his money?';
    expect(storyPlan(asked, 'capacity-assessed')!.full).toMatch(/capacity to decide how to manage his money/);
    // A story naming the decision keeps it.
    expect(storyPlan(MOVE)!.full).not.toMatch(/accept help with personal care/);
  });

  it('keeps a relative told only where the story says so of the relative, not of the person', () => {
    const story =
      'Scenario: Mr Kemp is 70 and lives in Harrogate near his son, Paul, who phones him regularly. How would you respond to Mr Kemp refusing his evening visits?';
    expect(storySteps(story).map((step) => step.id)).toContain('relative-kept-informed');
    // A son who visits most days hears how his father is when he visits.
    const near = 'Scenario: Mr Kemp is 70. His son, Paul, lives nearby and visits most days. How would you respond to Mr Kemp refusing his evening visits?';
    expect(storySteps(near).map((step) => step.id)).not.toContain('relative-kept-informed');
    expect(storySteps(story).map((step) => step.id)).toContain('relative-kept-informed');
    const his =
      'Scenario: Mr Kemp is 70 and lives in Harrogate. He has refused his evening visits for a week, and his son, Paul, helps him at weekends. How would you respond?';
    expect(storySteps(his).map((step) => step.id)).not.toContain('relative-kept-informed');
    expect(storySteps(his).map((step) => step.id)).not.toContain('joint-working');
  });

  it('words a step another way for a later scenario of the bid, so the same sentence is not pasted into each', () => {
    const first = storyPlan(MOVE, 'recorded-and-reviewed', 0)!.full;
    const second = storyPlan(MOVE, 'recorded-and-reviewed', 1)!.full;
    const third = storyPlan(MOVE, 'recorded-and-reviewed', 2)!.full;
    expect(new Set([first, second, third]).size).toBe(3);
    for (const text of [second, third]) expect(text).toContain("Tomasz's file");
  });

  it('reads an appointee as a power over benefits only: the signs point at him, and the Department for Work and Pensions is told', () => {
    const story = APPOINTEE;
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['exploitation-concern', 'finance-attorney-held']));
    // An attorney's or deputy's rules on gifts and the Public Guardian do not apply to an appointee.
    expect(steps).not.toContain('finance-attorney-explained');
    // The football club he has no money for is not an outing to plan a risk for.
    expect(steps).not.toContain('outing-planned');
    const held = storyPlan(story, 'finance-attorney-held')!.full;
    expect(held).toMatch(/^Because the signs point at Farid, his appointee for benefits, care workers do not raise them with Farid\./);
    expect(held).toMatch(/an appointee may spend the benefits only on Jamal's needs and must account for them to the Department for Work and Pensions/);
    // "On the day the concern is first raised" asks what is done that day, whatever else the letter names.
    expect(storyStepPart(story, 'exploitation-concern')).toBe(0);
    expect(storyPlan(story, 'exploitation-concern')!.full).toMatch(/As Farid manages his money, the Registered Manager also asks the council to consider telling the Department for Work and Pensions\./);
  });

  it('says nothing of attorneys or an IMCA for a person the story says manages their own money, and hears them alone before a review a friend joins', () => {
    const steps = storySteps(FRIEND_REVIEW).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['exploitation-concern', 'seen-without-friend', 'confidence-and-risk', 'advocate-for-enquiry']));
    const full = storyPlan(FRIEND_REVIEW)!.full;
    expect(full).not.toMatch(/Office of the Public Guardian|IMCA|Department for Work and Pensions/);
    expect(full).toMatch(/As Mr Nowak says less when Dean is there, the key worker meets Mr Nowak alone before the review/);
    // "Asked staff not to cause trouble" is weighed under Making Safeguarding Personal.
    expect(full).toMatch(/Following Making Safeguarding Personal/);
  });

  it('plans the first days home after a discharge, talks through a call the person does not want, checks a power with the Public Guardian and reviews the weeks asked about', () => {
    const steps = storySteps(HOME).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['home-first-days', 'call-declined', 'attorney-explained', 'period-review']));
    const full = storyPlan(HOME)!.full;
    expect(full).toMatch(/On the day Mrs Lowe gets home, a team leader comes to the first visit/);
    expect(full).toMatch(/talks with Mrs Lowe about the call Mrs Lowe does not want/);
    expect(full).toMatch(/checks with the Office of the Public Guardian that it is registered and what it covers/);
    expect(full).toMatch(/Before the end of that time the key worker and Mrs Lowe go through what has worked/);
    // Her son living far away makes her a mother, not a parent of children to plan contact around.
    expect(full).not.toMatch(/children/);
    // The first days home answer the letter on them; the review, the letter on the end of the weeks.
    expect(storyStepPart(HOME, 'home-first-days')).toBe(0);
    expect(storyStepPart(HOME, 'period-review')).toBe(2);
    // A son who goes on disagreeing is told in writing whose decision it is, with a route beyond us.
    expect(storyStepPart(HOME, 'relative-still-disagrees')).toBe(3);
    expect(storyPlan(HOME, 'relative-still-disagrees')!.full).toMatch(/^If her son still disagrees, the Registered Manager meets her son, with Mrs Lowe there if Mrs Lowe wants, and sets out in writing whose decision it is and why\./);
  });

  it("answers what parents known only as 'his parents' expect: a say in every decision, and the old routines kept exactly", () => {
    const story =
      "Scenario: Kieran is 18, autistic, and moving from a residential school into supported living. His parents are very anxious: they have told the transitions team they expect to be consulted on every decision and want staff to follow the school's routines exactly.\n\n(a) How will you get to know Kieran?\n(b) How will you plan with his parents?";
    expect(storyFacts(story)!.requests.map((request) => request.by.name)).toEqual(['his parents']);
    const reply = storyPlan(story, 'relative-requests:0')!.full;
    expect(reply).toMatch(/^The Registered Manager replies to his parents that week\./);
    expect(reply).toMatch(/Only Kieran, or someone a court or a registered power of attorney gives the role, can agree his plan/);
    expect(reply).toMatch(/asks his parents to go through the routines that have worked for Kieran/);
    expect(storyStepPart(story, 'relative-requests:0')).toBe(1);
  });

  it('reads a man the story names as a friend, the signs of his taking over the flat, the person\'s own pronouns by the name the story uses, and the parents\' demand after a semicolon', () => {
    const story =
      'Scenario: Liam Carter, 29, has a mild learning disability and lives in a supported living flat. A man called Dean, whom Liam describes as his best mate, has started staying at the flat several nights a week. Liam\'s money now regularly runs out days before his next payment. Liam says he is happy and does not want staff "interfering"; his parents are demanding that you stop Dean from visiting.\n\nExplain how you would respond.';
    const facts = storyFacts(story)!;
    expect(facts.person.pronouns.subject).toBe('he');
    expect(facts.others.map((other) => [other.name, other.family])).toEqual([['Dean', false], ['his parents', true]]);
    expect(facts.requests.map((request) => request.text)).toEqual(['His parents are demanding that you stop Dean from visiting']);
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['exploitation-concern', 'confidence-and-risk', 'relative-requests:0']));
    expect(storyPlan(story)!.full).toMatch(/The key worker keeps up the contact Liam values, whatever a relative asks/);
  });

  it('reads a person who "will turn 18", each of his separated parents, and his hope of work as steps he can see', () => {
    const story =
      "Scenario: moving from children's services\n\nJordan Pereira will turn 18 in four months. He is autistic and lives in a children's residential home. His parents are separated: his mother wants him to spend most weekends with her, while his father believes he should be learning to cook. Jordan has told staff that he wants to work in a bike shop.\n\nDescribe how you would plan his move over the first four weeks after he moves in.";
    const facts = storyFacts(story)!;
    expect(facts.person.given).toBe('Jordan');
    expect(facts.others.map((other) => other.name)).toEqual(['his mother', 'his father']);
    const steps = storySteps(story).map((step) => step.id);
    expect(steps).toEqual(expect.arrayContaining(['relatives-heard', 'goal-steps', 'period-review']));
    // Leaving a children's home is no move into a care home to keep him out of.
    expect(steps).not.toContain('options-to-stay');
    expect(storyPlan(story, 'goal-steps')!.full).toMatch(/^The key worker and Jordan turn what Jordan wants into steps Jordan can see/);
  });

  it('answers each of two things a son asked in one sentence, and puts what is done that week under the letter asking for the day and the week after', () => {
    const story =
      'Scenario: Dorothy Abernethy is 84 and has Alzheimer\'s disease. Her son Graham has told your care workers to stop supporting Dorothy to walk to her lunch club because he thinks it is unsafe, and has asked them not to discuss her care plan with her. Dorothy wants to keep going to the club.\n\n(a) what the care worker and their supervisor should do on the day, and within the following week;\n(b) how you would establish whether Dorothy has the capacity to make this decision.';
    expect(storyFacts(story)!.requests.map((request) => request.asked)).toEqual([
      'has told our care workers to stop supporting Dorothy to walk to her lunch club because he thinks it is unsafe',
      'has asked them not to discuss her care plan with her',
    ]);
    expect(storyPlan(story, 'relative-requests:0')!.full).toMatch(/The key worker puts no limit on Dorothy just because a relative asks/);
    expect(storyPlan(story, 'relative-requests:1')!.full).toMatch(/Staff do not keep from Dorothy what is being planned for her/);
    expect(storyStepPart(story, 'outing-planned')).toBe(0);
  });

  it('plans a package the hospital asks to start the next morning: what is asked of the ward first, and the first visit home', () => {
    const story =
      'At 2pm on a Friday the hospital discharge team asks your service to start a package of care for Mr Stanislaw Nowak, 71, the following morning. He lives alone, and his neighbour, Mrs Pearce, has visited him in hospital. Please tell us (a) what information you would ask for before accepting the package, and (b) what you would put in place during his first 72 hours at home.';
    expect(storyStepPart(story, 'discharge-restart')).toBe(0);
    expect(storyStepPart(story, 'home-first-days')).toBe(1);
  });

  it('goes through each restriction when the door is kept locked and the person must be accompanied', () => {
    const story = 'Scenario: Amy is 30, has epilepsy and lives in supported living. She wants to take the bus to town alone. Her plan says she must always be accompanied outside, and the front door is kept locked. How would you respond?';
    expect(storySteps(story).map((step) => step.id)).toContain('liberty-restricted');
    expect(storyPlan(story, 'liberty-restricted')!.full).toMatch(/^This week the Registered Manager goes through each restriction in Amy's plan/);
  });

  it('says every step with no number, passing the checker', async () => {
    const findings: string[] = [];
    for (const story of [MOVE, REFUSAL, CHOICE, SHOPS, DOOR, FLAT, TRANSITION, NEAREST, POWERS, FRIEND, AFTERCARE, LOCKED, RELAPSE, CARDS, POLISH, YORUBA, ELLERY, APPOINTEE, FRIEND_REVIEW, HOME, JORDAN]) {
      // Every step the story calls for, each said on its own as under lettered parts.
      // In each of the wordings later scenarios of a bid take.
      const full = [0, 1, 2].map((again) => storySteps(story).map((step) => storyPlan(story, step.id, again)!.full).join(' ') || storyPlan(story, undefined, again)!.full).join(' ');
      for (const claim of extractClaims(full)) findings.push(`number: ${claim.text}`);
      const { messages } = await checkDraft({ text: full, wordLimit: 2400 });
      for (const message of messages.filter((found) => found.ruleId !== 'require-involvement-structure')) findings.push(`${message.ruleId} ${String(message.actual)}`);
    }
    expect(findings).toEqual([]);
  }, 60_000);
});
