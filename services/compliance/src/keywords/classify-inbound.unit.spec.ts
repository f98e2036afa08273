import { describe, expect, it } from 'vitest';
import { classifyInbound } from './classify-inbound.js';

const variants = (word: string) => [
  word.toLowerCase(),
  word.toUpperCase(),
  word.charAt(0) + word.slice(1).toLowerCase(),
  ` ${word.toUpperCase()}! `,
  `${word.toLowerCase()}.`,
  `${word}!!!`,
  `"${word}"`,
  `${word} 🙏`,
  `\n\t${word}\n`,
  `${word} please`,
  `please ${word.toLowerCase()}`,
  `${word.toUpperCase()} ${word.toUpperCase()}`,
];

describe('Inbound keywords > opt-out keywords > any case, punctuation, emoji or polite word', () => {
  it.each(['STOP', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'])('%s', (keyword) => {
    for (const text of variants(keyword)) {
      expect(classifyInbound(text), text).toEqual({ kind: 'OPT_OUT', keyword, how: 'KEYWORD', scope: null });
    }
  });
  it.each(['opt out', 'OPT-OUT', 'Opt-out!', 'opt  out', 'OPT–OUT', 'opt_out', 'please opt-out'])(
    '%s is OPT OUT',
    (text) => {
      expect(classifyInbound(text)).toEqual({
        kind: 'OPT_OUT',
        keyword: 'OPT OUT',
        how: 'KEYWORD',
        scope: null,
      });
    },
  );
  it('folds full-width letters', () => {
    expect(classifyInbound('ＳＴＯＰ！').keyword).toBe('STOP');
  });
  it('takes "no", "ok" or "just" before the keyword', () => {
    expect(classifyInbound('No, STOP.').keyword).toBe('STOP');
    expect(classifyInbound('ok stop').keyword).toBe('STOP');
    expect(classifyInbound('Just stop!').keyword).toBe('STOP');
  });
  it('takes "thank you" and "now" after the keyword', () => {
    expect(classifyInbound('Stop now, thank you!').keyword).toBe('STOP');
    expect(classifyInbound('STOP NOW').keyword).toBe('STOP');
  });
});

describe('Inbound keywords > STOPALL and STOP ALL > scope ALL', () => {
  it.each(['STOPALL', 'stopall', 'Stop All', 'STOP ALL!', ' stop   all ', 'please stop all'])(
    '%s',
    (text) => {
      const result = classifyInbound(text);
      expect(result.kind).toBe('OPT_OUT');
      expect(result.scope).toBe('ALL');
      expect(result.how).toBe('KEYWORD');
    },
  );
  it('reports which of the two was sent', () => {
    expect(classifyInbound('stopall').keyword).toBe('STOPALL');
    expect(classifyInbound('stop all').keyword).toBe('STOP ALL');
  });
});

describe('Inbound keywords > opt-in keywords', () => {
  it.each(['START', 'UNSTOP', 'YES'])('%s', (keyword) => {
    for (const text of variants(keyword)) {
      expect(classifyInbound(text), text).toEqual({ kind: 'OPT_IN', keyword, how: 'KEYWORD', scope: null });
    }
  });
  it('counts YES only as the whole message', () => {
    expect(classifyInbound("yes I'll be there").kind).toBe('NONE');
    expect(classifyInbound('Yes, see you at 5').kind).toBe('NONE');
  });
  it('does not take SUBSCRIBE as a universal opt-in keyword (a campaign lists it as a custom one)', () => {
    expect(classifyInbound('SUBSCRIBE').kind).toBe('NONE');
    expect(classifyInbound('SUBSCRIBE', { customKeywords: { optIn: ['SUBSCRIBE'] } })).toEqual({
      kind: 'OPT_IN',
      keyword: 'SUBSCRIBE',
      how: 'CUSTOM_KEYWORD',
      scope: null,
    });
  });
});

describe('Inbound keywords > help keywords', () => {
  it.each(['HELP', 'INFO'])('%s', (keyword) => {
    for (const text of variants(keyword)) {
      expect(classifyInbound(text), text).toEqual({ kind: 'HELP', keyword, how: 'KEYWORD', scope: null });
    }
  });
  it('a question that mentions help is not the keyword', () => {
    expect(classifyInbound('can you help me with my order?').kind).toBe('NONE');
    expect(classifyInbound('more info on the sale?').kind).toBe('NONE');
  });
});

describe('Inbound keywords > custom keywords of the campaign', () => {
  const customKeywords = { optOut: ['BASTA', 'nomore'], optIn: ['join', 'VIP'], help: ['Support'] };
  it.each([
    ['basta', 'OPT_OUT', 'BASTA'],
    ['NoMore!', 'OPT_OUT', 'NOMORE'],
    [' JOIN ', 'OPT_IN', 'JOIN'],
    ['vip please', 'OPT_IN', 'VIP'],
    ['SUPPORT?', 'HELP', 'SUPPORT'],
  ])('%s → %s', (text, kind, keyword) => {
    expect(classifyInbound(text, { customKeywords })).toEqual({
      kind,
      keyword,
      how: 'CUSTOM_KEYWORD',
      scope: null,
    });
  });
  it('match whole messages only', () => {
    expect(classifyInbound('I want to join the gym', { customKeywords }).kind).toBe('NONE');
  });
  it('cannot repurpose a standard keyword', () => {
    expect(classifyInbound('STOP', { customKeywords: { optIn: ['STOP'] } }).how).toBe('KEYWORD');
    expect(classifyInbound('STOP', { customKeywords: { optIn: ['STOP'] } }).kind).toBe('OPT_OUT');
  });
  it('prefer opt-out when a campaign lists a word as both', () => {
    expect(classifyInbound('pause', { customKeywords: { optIn: ['PAUSE'], optOut: ['PAUSE'] } }).kind).toBe(
      'OPT_OUT',
    );
  });
  it('ignore blank entries', () => {
    expect(classifyInbound('hello', { customKeywords: { optOut: ['', '  '] } }).kind).toBe('NONE');
  });
});

describe('Inbound keywords > a STOP-family keyword opening a longer message', () => {
  it.each([
    ['STOP! Who is this?', 'STOP', null],
    ['Stop. I never signed up for this', 'STOP', null],
    ['unsubscribe, thanks anyway', 'UNSUBSCRIBE', null],
    ['STOP ALL. Who is this?', 'STOP ALL', 'ALL'],
  ])('%s → opt-out by free text', (text, keyword, scope) => {
    expect(classifyInbound(text)).toEqual({ kind: 'OPT_OUT', keyword, how: 'FREE_TEXT', scope });
  });
  it.each(['Cancel, I can’t make it tomorrow', 'End of the month works for me', 'Yes. See you then'])(
    'but not CANCEL, END or YES, which open other sentences: %s',
    (text) => {
      expect(classifyInbound(text).kind).toBe('NONE');
    },
  );
});

describe('Inbound keywords > nothing to act on', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['punctuation only', '?!...'],
    ['emoji only', '👍🙏🔥'],
    ['Chinese', '停止'],
    ['Arabic', 'توقف'],
    ['Cyrillic', 'Стоп'],
    ['Japanese with emoji', 'ありがとう 😊'],
    ['a letter-spaced word', 'S T O P'],
    ['a question', 'what time do you open?'],
  ])('%s', (_, text) => {
    expect(classifyInbound(text)).toEqual({ kind: 'NONE', keyword: null, how: null, scope: null });
  });
});
