import { describe, expect, it } from 'vitest';
import { findLinks, isInsecure, isPublicShortener } from './links.js';

const hosts = (text: string) => findLinks(text).map((link) => link.host);

describe('Campaign lint > links', () => {
  describe('when a message links through a public shortener', () => {
    it.each([
      'bit.ly/3xYz',
      'https://tinyurl.com/abc',
      'goo.gl/abc',
      'https://t.co/abc',
      'ow.ly/abc',
      'is.gd/abc',
      'buff.ly/abc',
      'rebrand.ly/abc',
      'cutt.ly/abc',
      'shorturl.at/abc',
      'tiny.cc/abc',
      'HTTPS://WWW.BIT.LY/abc',
    ])('flags %j', (link) => {
      const [found] = findLinks(`Track it at ${link}. Reply STOP to opt out.`);
      expect(isPublicShortener(found?.host ?? null)).toBe(true);
    });

    it.each(['acmedental.com/t/1', 'https://links.acmedental.com/x', 'https://notbit.ly.example.com'])(
      'does not flag the brand’s own domain %j',
      (link) => {
        const [found] = findLinks(`Track it at ${link}.`);
        expect(isPublicShortener(found?.host ?? null)).toBe(false);
      },
    );
  });

  describe('when a message has a link', () => {
    it('finds full URLs, www. and bare domains, without trailing punctuation', () => {
      expect(hosts('See https://acme.com/a?b=1, www.acme.net or acme.org/help.')).toEqual([
        'acme.com',
        'acme.net',
        'acme.org',
      ]);
    });

    it('finds template fields named as links', () => {
      expect(findLinks('Track at {tracking_link} or [short url].')).toHaveLength(2);
    });

    it('does not take an email address, times or decimals for a link', () => {
      expect(findLinks('Email care@acme.com by 3 p.m.; balance $20.50, e.g. today.')).toEqual([]);
    });

    it('tells plain http from https', () => {
      const [plain, secure] = findLinks('http://acme.com and https://acme.com');
      expect([plain && isInsecure(plain), secure && isInsecure(secure)]).toEqual([true, false]);
    });
  });
});
