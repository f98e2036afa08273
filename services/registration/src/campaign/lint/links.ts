import { placeholderNames } from './text.js';

/** Shared public shorteners: carriers filter them because anyone can hide any destination behind them. */
const publicShorteners = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'tiny.cc',
  'tiny.one',
  'goo.gl',
  't.co',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  't.ly',
  'rb.gy',
  's.id',
  'bl.ink',
  'lnkd.in',
  'adf.ly',
  'shorte.st',
  'soo.gd',
  'clck.ru',
  'x.co',
  'tr.im',
  'su.pr',
  'mcaf.ee',
]);

const topLevelDomains = [
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'us',
  'io',
  'co',
  'app',
  'info',
  'biz',
  'health',
  'shop',
  'store',
  'site',
  'online',
  'link',
  'page',
  'ai',
  'tv',
  'me',
  'ly',
  'gl',
  'gd',
  'cc',
  'at',
  'in',
  'ee',
  'gy',
  'id',
  'ru',
].join('|');

/** `https://…`, `www.…` or a bare `acme.com/track`; an address after `@` is an email, not a link. */
const linkPattern = new RegExp(
  String.raw`\b(?:https?://|www\.)[^\s<>"]+|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${topLevelDomains})\b(?:/[^\s<>"]*)?`,
  'gi',
);

export interface FoundLink {
  text: string;
  /** Lower-cased host name, or null for a `{tracking_link}`-style template field. */
  host: string | null;
}

function hostOf(link: string): string {
  const host = link.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0] ?? '';
  return host.toLowerCase().replace(/^www\./, '');
}

const linkFieldWords = new Set(['link', 'url', 'website', 'site', 'shortlink']);

/** Links in a message, including bracketed template fields named as links (`[link]`, `{tracking_url}`). */
export function findLinks(text: string): FoundLink[] {
  const literal = [...text.matchAll(linkPattern)].map((match) => {
    const link = match[0].replace(/[.,!?;:)\]]+$/, '');
    return { text: link, host: hostOf(link) };
  });
  const templated = placeholderNames(text)
    .filter((name) => name.some((word) => linkFieldWords.has(word)))
    .map((name) => ({ text: `{${name.join('_')}}`, host: null }));
  return [...literal, ...templated];
}

export function isPublicShortener(host: string | null): boolean {
  if (host === null) return false;
  return [...publicShorteners].some((shortener) => host === shortener || host.endsWith(`.${shortener}`));
}

export function isInsecure(link: FoundLink): boolean {
  return /^http:\/\//i.test(link.text);
}
