/** The description and message flow: length, and how consent is collected. Sources: codes.ts. */
import { finding } from './codes.js';
import {
  advertisedKeywords,
  affirmedMatch,
  describesConsentAct,
  impliedConsent,
  mentionsWebOptIn,
  namesConsentMeans,
  thirdPartyConsent,
} from './consent.js';
import { findLinks } from './links.js';
import type { LintRule } from './types.js';

const length = (text: string): number => [...text.trim()].length;

const descriptionLength: LintRule = ({ description }) => {
  const characters = length(description);
  if (characters < 40) {
    return [
      finding(
        'DESCRIPTION_TOO_SHORT',
        'description',
        `The description has ${characters} characters; say who sends what to whom and why (at least 40).`,
      ),
    ];
  }
  return characters > 4096
    ? [
        finding(
          'DESCRIPTION_TOO_LONG',
          'description',
          `The description has ${characters} characters; the limit is 4,096.`,
        ),
      ]
    : [];
};

const messageFlowLength: LintRule = ({ messageFlow }) => {
  const characters = length(messageFlow);
  if (characters < 40) {
    return [
      finding(
        'MESSAGE_FLOW_TOO_SHORT',
        'messageFlow',
        `The message flow has ${characters} characters; describe every way users opt in (at least 40).`,
      ),
    ];
  }
  return characters > 2048
    ? [
        finding(
          'MESSAGE_FLOW_TOO_LONG',
          'messageFlow',
          `The message flow has ${characters} characters; the limit is 2,048.`,
        ),
      ]
    : [];
};

const consentDescribed: LintRule = ({ messageFlow }) => {
  const missing = [
    describesConsentAct(messageFlow)
      ? undefined
      : 'that the end user agrees to receive texts (opts in, consents, checks a box)',
    namesConsentMeans(messageFlow)
      ? undefined
      : 'by what means and where (web form and its URL, keyword texted to the number, verbal, paper form, point of sale…)',
  ].filter((part) => part !== undefined);
  return missing.length === 0
    ? []
    : [
        finding(
          'MESSAGE_FLOW_NO_CONSENT',
          'messageFlow',
          `The message flow does not say ${missing.join(', nor ')}.`,
        ),
      ];
};

const webOptInWithoutUrl: LintRule = ({ messageFlow }) =>
  mentionsWebOptIn(messageFlow) && findLinks(messageFlow).length === 0
    ? [
        finding(
          'MESSAGE_FLOW_WEB_OPT_IN_WITHOUT_URL',
          'messageFlow',
          'The message flow mentions a web opt-in but gives no URL; add the public page reviewers can open.',
        ),
      ]
    : [];

const impliedConsentRule: LintRule = ({ messageFlow }) => {
  const found = affirmedMatch(messageFlow, impliedConsent);
  return found
    ? [
        finding(
          'MESSAGE_FLOW_IMPLIED_CONSENT',
          'messageFlow',
          `"${found}" is not express consent: the user must take an action, such as ticking an unticked box.`,
        ),
      ]
    : [];
};

const thirdPartyConsentRule: LintRule = ({ messageFlow }) => {
  const found = affirmedMatch(messageFlow, thirdPartyConsent);
  return found
    ? [
        finding(
          'MESSAGE_FLOW_THIRD_PARTY_CONSENT',
          'messageFlow',
          `"${found}": consent must be given to this brand directly; bought, rented or shared lists are refused.`,
        ),
      ]
    : [];
};

/** Carrier-wide keywords a flow may quote ("Reply STOP to cancel") without registering them as opt-ins. */
const universalKeywords = ['STOP', 'STOPALL', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'HELP', 'INFO'];

const undeclaredKeyword: LintRule = ({ messageFlow, optInKeywords = [], optOutKeywords, helpKeywords }) => {
  const declared = new Set(
    [...optInKeywords, ...optOutKeywords, ...helpKeywords, ...universalKeywords].map((k) =>
      k.trim().toUpperCase(),
    ),
  );
  const undeclared = [...new Set(advertisedKeywords(messageFlow))].filter(
    (keyword) => !declared.has(keyword),
  );
  return undeclared.map((keyword) =>
    finding(
      'OPT_IN_KEYWORD_NOT_DECLARED',
      'optInKeywords',
      `The message flow tells users to text ${keyword}, which is not among the opt-in keywords.`,
    ),
  );
};

export const consentRules: LintRule[] = [
  descriptionLength,
  messageFlowLength,
  consentDescribed,
  webOptInWithoutUrl,
  impliedConsentRule,
  thirdPartyConsentRule,
  undeclaredKeyword,
];
