import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARACTERS, MAX_MEDIA_URLS, MAX_SEGMENTS, validateBody } from './index.js';

const codes = (text: string | undefined, mediaUrls?: readonly string[]) =>
  validateBody(text, mediaUrls).map((problem) => problem.code);
const image = (i: number) => `https://cdn.example.com/${i}.jpg`;

describe('validateBody', () => {
  it('accepts a short text', () => {
    expect(validateBody('Your code is 123456')).toEqual([]);
  });

  it('publishes its limits', () => {
    expect({ MAX_BODY_CHARACTERS, MAX_SEGMENTS, MAX_MEDIA_URLS }).toEqual({
      MAX_BODY_CHARACTERS: 1600,
      MAX_SEGMENTS: 10,
      MAX_MEDIA_URLS: 10,
    });
  });

  describe('when the body is empty', () => {
    it.each([
      ['undefined', undefined],
      ['the empty string', ''],
      ['whitespace only', ' \n\t'],
    ])('rejects %s without media', (_, text) => {
      expect(validateBody(text, [])).toEqual([
        { code: 'BODY_EMPTY', field: 'body', message: expect.any(String) },
      ]);
      expect(codes(text)).toEqual(['BODY_EMPTY']);
    });

    it('accepts media alone', () => {
      expect(validateBody('', [image(1)])).toEqual([]);
      expect(validateBody(undefined, [image(1)])).toEqual([]);
    });

    it('accepts a single visible character', () => {
      expect(codes('.')).toEqual([]);
    });
  });

  describe('when the body is long', () => {
    // 1,600 characters of any kind already take more than 10 segments, so these look at BODY_TOO_LONG alone.
    const lengthCodes = (text: string) => codes(text).filter((code) => code === 'BODY_TOO_LONG');

    it('accepts 1,600 characters and rejects 1,601', () => {
      expect(lengthCodes('a'.repeat(1600))).toEqual([]);
      expect(lengthCodes('a'.repeat(1601))).toEqual(['BODY_TOO_LONG']);
    });

    it('counts characters as code points, so an emoji is one', () => {
      expect(lengthCodes('\u{1F600}'.repeat(1600))).toEqual([]);
      expect(lengthCodes('\u{1F600}'.repeat(1601))).toEqual(['BODY_TOO_LONG']);
    });
  });

  describe('when the body takes many segments', () => {
    it.each([
      ['GSM-7', 'a', 153],
      ['UCS-2', 'ж', 67],
    ])('accepts 10 %s segments and rejects 11', (_, char, perSegment) => {
      expect(codes(char.repeat(perSegment * 10))).toEqual([]);
      expect(codes(char.repeat(perSegment * 10 + 1))).toEqual(['BODY_TOO_MANY_SEGMENTS']);
    });

    it('reports both problems when the body is too long and takes too many segments', () => {
      expect(codes('a'.repeat(1601))).toEqual(['BODY_TOO_LONG', 'BODY_TOO_MANY_SEGMENTS']);
    });

    it('counts segments after smart encoding when asked to', () => {
      const pasted = `${'a'.repeat(669)}\u2019`; // 670 UCS-2 units = 10 segments; 670 septets = 5
      const longer = `${'a'.repeat(670)}\u2019`; // 671 UCS-2 units = 11 segments
      expect(validateBody(longer, []).map((p) => p.code)).toEqual(['BODY_TOO_MANY_SEGMENTS']);
      expect(validateBody(longer, [], { smartEncoding: true })).toEqual([]);
      expect(validateBody(pasted, [])).toEqual([]);
    });
  });

  describe('when media URLs are given', () => {
    it.each([
      'https://cdn.example.com/a.jpg',
      'HTTPS://cdn.example.com/a.jpg',
      'https://cdn.example.com:8443/a.jpg?size=large#x',
    ])('accepts %s', (url) => {
      expect(codes('Hi', [url])).toEqual([]);
    });

    it.each([
      ['plain http', 'http://cdn.example.com/a.jpg'],
      ['a relative path', '/media/a.jpg'],
      ['a host without scheme', 'cdn.example.com/a.jpg'],
      ['https without slashes', 'https:cdn.example.com/a.jpg'],
      ['https without a host', 'https:///a.jpg'],
      ['another scheme', 'ftp://cdn.example.com/a.jpg'],
      ['a data URL', 'data:image/png;base64,AAAA'],
      ['surrounding spaces', ' https://cdn.example.com/a.jpg '],
      ['the empty string', ''],
    ])('rejects %s, naming the URL by its index', (_, url) => {
      expect(validateBody('Hi', [image(1), url])).toEqual([
        { code: 'MEDIA_URL_NOT_HTTPS', field: 'mediaUrls[1]', message: expect.any(String) },
      ]);
    });

    it('accepts 10 media URLs and rejects 11', () => {
      const ten = Array.from({ length: 10 }, (_, i) => image(i));
      expect(codes('Hi', ten)).toEqual([]);
      expect(validateBody('Hi', [...ten, image(10)])).toEqual([
        { code: 'MEDIA_TOO_MANY', field: 'mediaUrls', message: expect.any(String) },
      ]);
    });
  });

  it('lists every problem, body first', () => {
    const urls = [...Array.from({ length: 10 }, (_, i) => image(i)), 'http://cdn.example.com/x.jpg'];
    expect(codes('a'.repeat(1601), urls)).toEqual([
      'BODY_TOO_LONG',
      'BODY_TOO_MANY_SEGMENTS',
      'MEDIA_URL_NOT_HTTPS',
      'MEDIA_TOO_MANY',
    ]);
  });
});
