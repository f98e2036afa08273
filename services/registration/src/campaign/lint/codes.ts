/**
 * Every finding the campaign linter can report, with its severity and why. An `error` is something TCR,
 * a provider API or carrier review refuses; a `warning` is a common reason for rejection that a
 * heuristic cannot be sure of, or advice that does not on its own get a campaign refused.
 *
 * Sources (vendors' public documentation, read for this list):
 * - Twilio A2P 10DLC campaign resource (field limits: 2–5 samples of 20–1,024 characters, description
 *   40–4,096, message flow 40–2,048, HELP/STOP/opt-in replies 20–320, keywords alphanumeric; what the
 *   opt-in and STOP replies must say): https://www.twilio.com/docs/messaging/api/usapptoperson-resource
 * - Twilio campaign vetting rejections: 30893 sample/use-case mismatch (at least two samples, business
 *   name and opt-out in a sample, template fields in brackets), 30886 invalid description, 30889 embedded
 *   phone flag not reflected in samples, 30857 URL issues (public shorteners, non-HTTPS links), 30842 /
 *   30831 / 30841 opt-in missing, not express or unclear, 30825 age gate, 30875 alcohol, 30878 tobacco
 *   and vape (refused even with an age gate): https://www.twilio.com/docs/api/errors/30893 (and /30886,
 *   /30889, /30857, /30842, /30831, /30841, /30825, /30875, /30878)
 * - Plivo 10DLC campaign API (MIXED and LOW_VOLUME take two to five sub-use cases; at least two samples
 *   of 20+ characters; "operators do not accept public URL shorteners"; embedded phone, direct lending,
 *   age-gated and affiliate attributes; the STOP reply confirms no further messages):
 *   https://plivo.com/docs/messaging/api/10dlc/campaign
 * - Telnyx 10DLC campaign registration guide (samples with opt-out instructions and the real brand name;
 *   samples matching the use case): https://developers.telnyx.com/docs/messaging/10dlc/campaign-registration
 * - CTIA Messaging Principles and Best Practices (STOP and HELP as universal keywords; the opt-in
 *   confirmation names the program, frequency, "Msg & data rates may apply", HELP and STOP; consent is
 *   not transferable to third parties), as summarised by the providers above.
 */
import type { LintFinding, LintSeverity } from './types.js';

interface LintCodeDefinition {
  severity: LintSeverity;
  reason: string;
}

const error = (reason: string): LintCodeDefinition => ({ severity: 'error', reason });
const warning = (reason: string): LintCodeDefinition => ({ severity: 'warning', reason });

export const lintCodes = {
  // use case
  SUB_USE_CASES_COUNT: error('MIXED and LOW_VOLUME campaigns are registered with two to five sub-use cases.'),
  SUB_USE_CASE_NOT_ALLOWED: error(
    'Sub-use cases are standard use cases, each once; mixed kinds cannot nest.',
  ),
  SOLE_PROPRIETOR_NUMBER_POOL: error(
    'A sole-proprietor campaign gets one number, so a number pool is refused.',
  ),
  // samples
  TOO_FEW_SAMPLES: error('Multi-purpose use cases need a sample per kind of message, two at least (30893).'),
  TOO_MANY_SAMPLES: error('TCR takes sample1 to sample5; a sixth sample is refused.'),
  SAMPLES_BELOW_RECOMMENDED: warning('Twilio and Plivo refuse a single sample, though TCR accepts one.'),
  SAMPLE_DUPLICATE: warning('A repeated sample shows the reviewer nothing new and counts once.'),
  SAMPLE_TOO_SHORT: error('Provider APIs refuse samples under 20 characters (Twilio, Plivo).'),
  SAMPLE_TOO_LONG: error('Twilio refuses samples over 1,024 characters.'),
  SAMPLE_PLACEHOLDER_UNBRACKETED: warning(
    'Template fields belong in brackets (Twilio 30893); bare ones read as typos.',
  ),
  NO_SAMPLE_NAMES_BRAND: error(
    'Reviewers reject campaigns whose samples never name the sender (Twilio 30893).',
  ),
  SAMPLE_MISSING_BRAND_NAME: warning(
    'Each message should identify the brand (CTIA, Telnyx); reviewers flag it.',
  ),
  SAMPLE_MISSING_OPT_OUT: error(
    'Marketing and mixed campaigns are rejected when no sample shows how to opt out.',
  ),
  SAMPLE_OPT_OUT_NOT_IN_FIRST: warning(
    'Reviewers read sample 1 as the first message, which carries opt-out.',
  ),
  SAMPLE_OPT_OUT_RECOMMENDED: warning(
    'Twilio 30893 wants opt-out language in a sample of every recurring campaign.',
  ),
  // content
  SAMPLE_LINK_WITHOUT_FLAG: error('A link in a sample contradicts embeddedLink = false; carriers reject it.'),
  SAMPLE_PUBLIC_URL_SHORTENER: error('Carriers filter shared public shorteners (Twilio 30857, Plivo).'),
  SAMPLE_INSECURE_LINK: warning('Twilio 30857 counts non-HTTPS links among URL rejections.'),
  EMBEDDED_LINK_FLAG_WITHOUT_SAMPLE: warning(
    'Declared links should appear in a sample so the domain can be checked.',
  ),
  SAMPLE_PHONE_WITHOUT_FLAG: error('A phone number in a sample contradicts embeddedPhone = false.'),
  EMBEDDED_PHONE_FLAG_WITHOUT_SAMPLE: warning(
    'Twilio 30889 rejects embeddedPhone = true when no sample shows one.',
  ),
  AGE_GATED_CONTENT_WITHOUT_FLAG: error('SHAFT content must be declared age-gated (Twilio 30825, 30875).'),
  CARRIER_FORBIDDEN_CONTENT: error(
    'Tobacco, vape and cannabis are refused even behind an age gate (Twilio 30878).',
  ),
  DIRECT_LENDING_CONTENT_WITHOUT_FLAG: error('Loan content must carry the TCR direct-lending attribute.'),
  SAMPLE_PROMOTIONAL_CONTENT_UNDECLARED: warning(
    'Offers in a non-marketing campaign read as a use-case mismatch.',
  ),
  AFFILIATE_MARKETING_DECLARED: warning('Carriers reject affiliate and lead-generation campaigns.'),
  // description and message flow
  DESCRIPTION_TOO_SHORT: error('Descriptions under 40 characters are refused (Twilio, Plivo; Twilio 30886).'),
  DESCRIPTION_TOO_LONG: error('Twilio refuses descriptions over 4,096 characters.'),
  MESSAGE_FLOW_TOO_SHORT: error('Message flows under 40 characters are refused (Twilio, Plivo).'),
  MESSAGE_FLOW_TOO_LONG: error('Twilio refuses message flows over 2,048 characters.'),
  MESSAGE_FLOW_NO_CONSENT: error('The flow must say how the user consents and by what means (Twilio 30842).'),
  MESSAGE_FLOW_WEB_OPT_IN_WITHOUT_URL: warning('Reviewers verify a web opt-in at its URL (Twilio 30842).'),
  MESSAGE_FLOW_IMPLIED_CONSENT: error(
    'Pre-checked boxes or automatic enrolment are not express consent (30831).',
  ),
  MESSAGE_FLOW_THIRD_PARTY_CONSENT: warning('Bought, rented or shared lists are not consent (CTIA).'),
  OPT_IN_KEYWORD_NOT_DECLARED: warning(
    'A keyword the flow advertises must be registered, or it goes unanswered.',
  ),
  // keywords and replies
  SUBSCRIBER_FLAG_DISABLED: error('Opt-in, opt-out and help support are expected of every campaign (Plivo).'),
  OPT_OUT_KEYWORDS_MISSING_STOP: error('STOP is the universal opt-out keyword (CTIA).'),
  HELP_KEYWORDS_MISSING_HELP: error('HELP is the universal help keyword (CTIA).'),
  KEYWORD_NOT_ALPHANUMERIC: error('Keywords are single alphanumeric words (Twilio, Plivo).'),
  KEYWORD_IN_MULTIPLE_LISTS: error('A keyword in two lists (e.g. opt-in and opt-out) has no defined reply.'),
  REPLY_MESSAGE_LENGTH: error('Twilio refuses HELP, STOP and opt-in replies outside 20–320 characters.'),
  OPT_OUT_MESSAGE_MISSING: error('The STOP reply is part of the registration (TCR, Twilio, Plivo).'),
  OPT_OUT_MESSAGE_MISSING_CONFIRMATION: error('The STOP reply must confirm no further messages (Twilio).'),
  OPT_OUT_MESSAGE_MISSING_BRAND: warning('Twilio recommends naming the brand in the STOP reply.'),
  HELP_MESSAGE_MISSING: error('The HELP reply is part of the registration (TCR, Plivo).'),
  HELP_MESSAGE_MISSING_CONTACT: error('The HELP reply must say how to reach the sender (CTIA, Plivo).'),
  HELP_MESSAGE_MISSING_BRAND: warning('The HELP reply should name the brand (Twilio, Plivo).'),
  OPT_IN_MESSAGE_MISSING: error('Opt-in keywords need their confirmation reply registered (Twilio).'),
  OPT_IN_MESSAGE_INCOMPLETE: error(
    'The opt-in confirmation must name the brand and say how to opt out (Twilio).',
  ),
  OPT_IN_MESSAGE_MISSING_DISCLOSURES: warning(
    'CTIA: the confirmation gives HELP, frequency and data-rate notes.',
  ),
} as const satisfies Record<string, LintCodeDefinition>;

export type LintCode = keyof typeof lintCodes;

export function finding(code: LintCode, field: string, message: string): LintFinding {
  return { code, severity: lintCodes[code].severity, field, message };
}

/** A finding about one sample message; `sample` is its index in `sampleMessages`. */
export function sampleFinding(code: LintCode, sample: number, message: string): LintFinding {
  return { ...finding(code, `sampleMessages[${sample}]`, message), sample };
}
