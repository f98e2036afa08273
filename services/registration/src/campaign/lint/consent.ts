/** Recognisers for how a message flow says consent is collected. */

/** `Text JOIN to (415) 555-0134`, `reply "YES" to confirm`: a capitalised keyword the user sends. */
const keywordTextIn =
  /\b(?:[Tt]ext(?:s|ing)?|[Tt]xt|TEXT|[Ss]end(?:s|ing)?|[Rr]epl(?:y|ies|ying))\s+(?:the\s+)?(?:keyword\s+)?["“']?([A-Z][A-Z0-9]{1,19})["”']?\s+to\b/g;

/** The keywords a message flow tells users to text in. */
export function advertisedKeywords(flow: string): string[] {
  return [...flow.matchAll(keywordTextIn)].map((match) => match[1] ?? '').filter((keyword) => keyword !== '');
}

/** Acts that are consent in themselves: ticking a box, texting a keyword. */
const explicitActs =
  /\bcheck ?box(?:es)?\b|\b(?:check|tick)(?:s|ed|ing)? (?:a|the|an) (?:\w+ )?box\b|\bkeyword\b/i;
const consentWords =
  /\bopt(?:s|ed|ing)?[- ]?in\b|\bconsent(?:s|ed|ing)?\b|\bagree(?:s|d|ing|ment)?\b|\bsubscrib(?:e|es|ed|ing)\b|\bsign(?:s|ed|ing)?[- ]?up\b|\benrol(?:l|ls|led|ling)\b|\brequest(?:s|ed|ing)?\b|\bpermission\b|\bauthori[sz](?:e|es|ed|ing|ation)\b/i;

export function describesConsentAct(flow: string): boolean {
  return explicitActs.test(flow) || consentWords.test(flow) || advertisedKeywords(flow).length > 0;
}

const webMeans =
  /\b(?:web ?site|web ?form|online (?:form|portal|account)|web ?page|landing page|sign[- ]?up (?:form|page)|checkout page|online checkout|portal)\b|https?:\/\/|\bwww\./i;
const otherMeans =
  /\b(?:check ?box(?:es)?|box|keyword|app|mobile app|verbal(?:ly)?|over the phone|phone call|by phone|ivr|in[- ]person|in[- ]store|point[- ]of[- ]sale|pos|checkout|front desk|reception|kiosk|tablet|counter|paper|written|form|qr code|event|registration|intake|enrollment|enrolment)\b/i;

/** Whether the flow names the means of opting in: a web form, keyword, verbal, paper, point of sale… */
export function namesConsentMeans(flow: string): boolean {
  return webMeans.test(flow) || otherMeans.test(flow) || advertisedKeywords(flow).length > 0;
}

export function mentionsWebOptIn(flow: string): boolean {
  return webMeans.test(flow);
}

const negation = /\b(?:not|never|no|isn['’]t|aren['’]t|without|nor)\b/i;

/** The first match of `pattern` not negated just before it ("the box is never pre-checked"). */
export function affirmedMatch(text: string, pattern: RegExp): string | undefined {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  for (const match of text.matchAll(global)) {
    const sentenceSoFar =
      text
        .slice(0, match.index)
        .split(/[.!?;\n]/)
        .at(-1) ?? '';
    const lastWords = sentenceSoFar.trim().split(/\s+/).slice(-3).join(' ');
    if (!negation.test(lastWords)) return match[0];
  }
  return undefined;
}

export const impliedConsent =
  /\bpre-?(?:checked|selected|ticked)\b|\bchecked by default\b|\bautomatically (?:opted|opt|enrolled|subscribed|added|signed up)\b|\bauto-?(?:enrolled|subscribed|opted)\b|\bopt-?out basis\b/i;

export const thirdPartyConsent =
  /\b(?:purchased|bought|rented|acquired|third[- ]party)\s+(?:contact\s+|phone\s+|lead\s+|marketing\s+)?(?:lists?|leads?|databases?|numbers)\b|\blead (?:lists?|generation|gen)\b|\b(?:shared|share|sell|sold)\s+(?:with|to)\s+(?:our\s+)?(?:partners|affiliates|third parties)\b|\bconsent (?:obtained|collected) by (?:a |our )?(?:partners?|affiliates?|third part(?:y|ies))\b/i;
