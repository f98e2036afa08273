import { describe, expect, it } from 'vitest';
import { classifyInbound } from './classify-inbound.js';
import { FREE_TEXT_PATTERNS } from './free-text.js';

/** Replies each pattern must read as a revocation, by pattern. */
const EXAMPLES: Record<string, string[]> = {
  STOP_CONTACTING: ['Please stop texting me', 'stop messaging me!!', 'Quit texting me', 'stop contacting me'],
  STOP_THE_MESSAGES: [
    'stop the texts',
    'Stop sending me messages',
    'cancel my subscription',
    'end these alerts',
    'No thanks, stop all the messages',
  ],
  STOP_SENDING_THIS: ['stop sending me this', 'Stop sending these'],
  STOP_IT: ['stop it', 'Stop this please', 'quit it!'],
  IF_YOU_DONT_STOP: ["If you don't stop texting me I'll report you"],
  DONT_CONTACT_ME: [
    "don't text me anymore",
    'Do not contact me again',
    'never text me again',
    'dont ever message me',
    'Don’t text this number',
  ],
  DONT_WANT_MESSAGES: [
    "I don't want these messages",
    'I do not wish to receive texts',
    'dont want any more texts',
  ],
  NO_MORE: ['no more texts', 'NO MORE MESSAGES PLEASE', 'no more of this'],
  REMOVE_ME: [
    'remove me from this list',
    'Take me off your list',
    'please delete my number',
    'get me off this list',
    'REMOVE',
  ],
  UNSUBSCRIBE: ['unsubscribe me', 'How do I unsubscribe?', 'I unsubscribed already, why am I getting this'],
  OPT_OUT: ['I want to opt out', 'opt me out', 'I opted out last week!', 'i want to opt-out of this'],
  REVOKE_CONSENT: ['I revoke my consent', 'I am withdrawing my permission to text me'],
  LEAVE_ME_ALONE: ['leave me alone', 'Just leave me alone!!'],
  WRONG_NUMBER: ['wrong number', 'You have the wrong person'],
};

describe('Inbound keywords > free text > revocations', () => {
  it('has examples for every pattern', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(FREE_TEXT_PATTERNS.map(({ name }) => name).sort());
  });
  it.each(Object.entries(EXAMPLES).flatMap(([name, texts]) => texts.map((text) => [name, text])))(
    '%s: "%s"',
    (_, text) => {
      const result = classifyInbound(text ?? '');
      expect(result.kind).toBe('OPT_OUT');
      expect(result.how).toBe('FREE_TEXT');
      expect(result.scope).toBeNull();
      expect(result.keyword).toBeTruthy();
    },
  );
  it('reports the words that did it', () => {
    expect(classifyInbound('Hi, please remove me from this list. Thanks').keyword).toBe('remove me');
    expect(classifyInbound('Who is this? Leave me alone').keyword).toBe('leave me alone');
  });
  it('reads a revocation in any clause, past a negation in another one', () => {
    expect(classifyInbound("Don't worry. Stop texting me").kind).toBe('OPT_OUT');
  });
});

describe('Inbound keywords > free text > not revocations', () => {
  it.each([
    "don't stop the deliveries",
    'when does the sale end?',
    'can you cancel my appointment',
    'Can you stop by the store tomorrow?',
    "I'll quit my gym",
    "yes I'll be there",
    "Don't stop texting me, I love the deals",
    "I don't want to opt out",
    "I didn't unsubscribe, why did the texts stop?",
    "please don't remove me",
    'remove the shoes from my cart',
    'take me to the store',
    'The end of the movie was great',
    'cancel my order please',
    'is this the right number for the pharmacy?',
    'stop sign at the corner',
    'STOP BY AND SAVE 20% TODAY?',
    "this isn't a wrong number, it's me",
    'why don’t you text me the code instead',
    'I want more messages like this',
    'Can I get more info?',
    'help me choose a size',
  ])('"%s"', (text) => {
    expect(classifyInbound(text)).toEqual({ kind: 'NONE', keyword: null, how: null, scope: null });
  });
});
