import { describe, expect, it } from 'vitest';
import { groupsNamedIn, peopleAskedAbout, servicesForPeopleAsked } from '../../../src/drafting/question/people-asked-about.js';

const services = [
  { ref: 'S-1', name: 'Fenbridge supported living', serviceType: 'supported-living' },
  { ref: 'S-2', name: 'Orrin Lane', serviceType: 'domiciliary-care' },
  { ref: 'S-3', name: 'Calder House', serviceType: 'learning-disability' },
  { ref: 'S-4', name: 'Wendover recovery service', serviceType: 'supported-living' },
];

describe('peopleAskedAbout', () => {
  it.each([
    ['How do you keep plans current for people with mental health needs living in their own tenancies?', ['mental-health']],
    ['Tell us how you support autistic people to say who comes to their meetings.', ['learning-disability']],
    ['Describe how the voices of people with lived experience of a learning disability and/or mental ill health shape your service.', ['mental-health', 'learning-disability']],
    ['For older adults receiving care, how are reviews arranged?', ['older-people']],
    ['How are families of people living with dementia involved in planning?', ['older-people']],
    ['For people with dementia or a learning disability, who decides who comes to their reviews?', ['older-people', 'learning-disability']],
  ])('reads "%s" as about %j', (question, groups) => {
    expect(peopleAskedAbout(question).sort()).toEqual([...groups].sort());
  });

  it.each([
    'What do you do when someone\'s mental health gets worse between reviews?',
    'How do you work with community mental health teams on reviews?',
    'How do you involve everyone you support, including people with learning disabilities and people with mental health needs?',
    'How do you make sure meetings about a person\'s home care are accessible?',
    'How do you apply the Mental Health Act when a person is detained?',
    'How do you involve families in reviews?',
    "How do you look after people's physical and mental health between reviews?",
    'How do you support people with both physical and mental health needs?',
    'What is your plan for mental health crises out of hours?',
    'How do you help staff understand the impact of dementia on families?',
  ])('reads "%s" as about everyone', (question) => {
    expect(peopleAskedAbout(question)).toEqual([]);
  });
});

describe('servicesForPeopleAsked', () => {
  it('answers a question about one group from the services named or typed for it', () => {
    const scope = servicesForPeopleAsked('For people with mental health needs, what triggers an early review?', services);
    expect(scope?.services.map((service) => service.ref)).toEqual(['S-4']);
    expect(scope?.groups).toEqual(['mental-health']);
  });

  it('reads the service type as well as the name', () => {
    expect(servicesForPeopleAsked('How do you involve people with a learning disability in recruiting staff?', services)?.services.map((service) => service.ref)).toEqual(['S-3']);
  });

  it('keeps every service when none is for the people asked about, or when all are', () => {
    expect(servicesForPeopleAsked('How do you involve people with dementia in their reviews?', services)).toBeUndefined();
    const allForThem = services.map((service) => ({ ...service, serviceType: 'mental-health' }));
    expect(servicesForPeopleAsked('For people with mental health needs, how often are reviews held?', allForThem)).toBeUndefined();
    expect(servicesForPeopleAsked('How often are reviews held?', services)).toBeUndefined();
  });

  it('names groups in a place the same way', () => {
    expect([...groupsNamedIn('Calder House learning disability service')]).toEqual(['learning-disability']);
  });
});
