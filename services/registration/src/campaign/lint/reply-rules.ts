/** The HELP, STOP and opt-in auto-replies. Sources: the list at the top of codes.ts. */
import { brandVariants, namesBrand } from './brand.js';
import { finding } from './codes.js';
import {
  confirmsOptOut,
  disclosesFrequency,
  disclosesRates,
  givesContact,
  hasOptOutInstruction,
  mentionsHelp,
} from './language.js';
import { isBlank } from './text.js';
import type { CampaignDraftForLint, LintRule } from './types.js';

type ReplyField = 'helpMessage' | 'optOutMessage' | 'optInMessage';

const brandNamed = (draft: CampaignDraftForLint, text: string): boolean =>
  namesBrand(text, brandVariants(draft.brandDisplayName, draft.brandLegalName));

const replyLength: LintRule = (draft) =>
  (['helpMessage', 'optOutMessage', 'optInMessage'] as const).flatMap((field: ReplyField) => {
    const reply = draft[field];
    if (reply === null || reply === undefined || isBlank(reply)) return [];
    const characters = [...reply.trim()].length;
    return characters < 20 || characters > 320
      ? [
          finding(
            'REPLY_MESSAGE_LENGTH',
            field,
            `The ${field} has ${characters} characters; it must have 20 to 320.`,
          ),
        ]
      : [];
  });

const optOutReply: LintRule = (draft) => {
  const reply = draft.optOutMessage;
  if (reply === null || isBlank(reply)) {
    return [
      finding('OPT_OUT_MESSAGE_MISSING', 'optOutMessage', 'Write the reply sent when a user texts STOP.'),
    ];
  }
  return [
    ...(confirmsOptOut(reply)
      ? []
      : [
          finding(
            'OPT_OUT_MESSAGE_MISSING_CONFIRMATION',
            'optOutMessage',
            'The STOP reply must confirm the opt-out, e.g. "You are unsubscribed and will receive no further messages."',
          ),
        ]),
    ...(brandNamed(draft, reply)
      ? []
      : [
          finding(
            'OPT_OUT_MESSAGE_MISSING_BRAND',
            'optOutMessage',
            `Name "${draft.brandDisplayName}" in the STOP reply.`,
          ),
        ]),
  ];
};

const helpReply: LintRule = (draft) => {
  const reply = draft.helpMessage;
  if (reply === null || isBlank(reply)) {
    return [finding('HELP_MESSAGE_MISSING', 'helpMessage', 'Write the reply sent when a user texts HELP.')];
  }
  return [
    ...(givesContact(reply)
      ? []
      : [
          finding(
            'HELP_MESSAGE_MISSING_CONTACT',
            'helpMessage',
            'The HELP reply must say how to reach the sender: a phone number, email address or website.',
          ),
        ]),
    ...(brandNamed(draft, reply)
      ? []
      : [
          finding(
            'HELP_MESSAGE_MISSING_BRAND',
            'helpMessage',
            `Name "${draft.brandDisplayName}" in the HELP reply.`,
          ),
        ]),
  ];
};

const optInReply: LintRule = (draft) => {
  const reply = draft.optInMessage;
  const keywords = (draft.optInKeywords ?? []).filter((keyword) => !isBlank(keyword));
  if (reply === null || reply === undefined || isBlank(reply)) {
    return keywords.length > 0
      ? [
          finding(
            'OPT_IN_MESSAGE_MISSING',
            'optInMessage',
            `Users can text ${keywords.join(', ')} to opt in; write the confirmation they get back.`,
          ),
        ]
      : [];
  }
  const essentials = [
    brandNamed(draft, reply) ? undefined : 'the brand name',
    hasOptOutInstruction(reply) ? undefined : 'how to opt out (Reply STOP to cancel)',
  ].filter((part) => part !== undefined);
  const disclosures = [
    mentionsHelp(reply) ? undefined : 'HELP for help',
    disclosesFrequency(reply) ? undefined : 'message frequency',
    disclosesRates(reply) ? undefined : '"Msg & data rates may apply"',
  ].filter((part) => part !== undefined);
  return [
    ...(essentials.length > 0
      ? [
          finding(
            'OPT_IN_MESSAGE_INCOMPLETE',
            'optInMessage',
            `The opt-in confirmation lacks ${essentials.join(' and ')}.`,
          ),
        ]
      : []),
    ...(disclosures.length > 0
      ? [
          finding(
            'OPT_IN_MESSAGE_MISSING_DISCLOSURES',
            'optInMessage',
            `The opt-in confirmation lacks ${disclosures.join(', ')}.`,
          ),
        ]
      : []),
  ];
};

export const replyRules: LintRule[] = [replyLength, optOutReply, helpReply, optInReply];
