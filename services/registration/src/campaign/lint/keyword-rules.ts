/** Opt-in, opt-out and help keywords, and the subscriber flags. Sources: the list at the top of codes.ts. */
import { finding } from './codes.js';
import type { CampaignDraftForLint, CampaignFlags, LintRule } from './types.js';

type KeywordList = 'optInKeywords' | 'optOutKeywords' | 'helpKeywords';

const keywordLists = (draft: CampaignDraftForLint): Record<KeywordList, string[]> => ({
  optInKeywords: (draft.optInKeywords ?? []).map((keyword) => keyword.trim().toUpperCase()),
  optOutKeywords: draft.optOutKeywords.map((keyword) => keyword.trim().toUpperCase()),
  helpKeywords: draft.helpKeywords.map((keyword) => keyword.trim().toUpperCase()),
});

const subscriberFlags: { flag: keyof CampaignFlags; what: string }[] = [
  { flag: 'subscriberOptIn', what: 'collects opt-in consent' },
  { flag: 'subscriberOptOut', what: 'honours opt-out keywords' },
  { flag: 'subscriberHelp', what: 'answers HELP' },
];

const subscriberFlagsOn: LintRule = ({ flags }) =>
  subscriberFlags
    .filter(({ flag }) => !flags[flag])
    .map(({ flag, what }) =>
      finding(
        'SUBSCRIBER_FLAG_DISABLED',
        `flags.${flag}`,
        `${flag} is off; every campaign ${what}, so turn it on.`,
      ),
    );

const stopKeyword: LintRule = (draft) =>
  keywordLists(draft).optOutKeywords.includes('STOP')
    ? []
    : [finding('OPT_OUT_KEYWORDS_MISSING_STOP', 'optOutKeywords', 'STOP must be an opt-out keyword.')];

const helpKeyword: LintRule = (draft) =>
  keywordLists(draft).helpKeywords.includes('HELP')
    ? []
    : [finding('HELP_KEYWORDS_MISSING_HELP', 'helpKeywords', 'HELP must be a help keyword.')];

const alphanumericKeywords: LintRule = (draft) =>
  Object.entries(keywordLists(draft)).flatMap(([list, keywords]) =>
    keywords
      .filter((keyword) => !/^[A-Z0-9]+$/.test(keyword))
      .map((keyword) =>
        finding('KEYWORD_NOT_ALPHANUMERIC', list, `"${keyword}" is not a single word of letters and digits.`),
      ),
  );

const keywordsInOneList: LintRule = (draft) => {
  const lists = keywordLists(draft);
  const pairs: [KeywordList, KeywordList][] = [
    ['optInKeywords', 'optOutKeywords'],
    ['optInKeywords', 'helpKeywords'],
    ['optOutKeywords', 'helpKeywords'],
  ];
  return pairs.flatMap(([first, second]) =>
    [...new Set(lists[first].filter((keyword) => keyword !== '' && lists[second].includes(keyword)))].map(
      (keyword) =>
        finding('KEYWORD_IN_MULTIPLE_LISTS', second, `${keyword} is in both ${first} and ${second}.`),
    ),
  );
};

export const keywordRules: LintRule[] = [
  subscriberFlagsOn,
  stopKeyword,
  helpKeyword,
  alphanumericKeywords,
  keywordsInOneList,
];
