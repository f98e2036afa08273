/**
 * Telnyx's messaging error codes: whether sending the same message again later may succeed without anyone
 * changing anything (`retriable`), and how a failure reported with the code ends (`failed`: it never left
 * Telnyx or was refused before reaching the destination carrier; `undelivered`: a carrier downstream did
 * not deliver it).
 *
 * Sources: https://developers.telnyx.com/docs/messaging/messages/error-codes (its "Retriable vs Permanent"
 * table), https://support.telnyx.com/en/articles/6505121-telnyx-messaging-error-codes and
 * https://developers.telnyx.com/development/api-fundamentals/api-errors. The choices where the docs leave
 * room are in ./fixtures/README.md.
 */
export type FinalStatus = 'failed' | 'undelivered';

export interface TelnyxCodeMeaning {
  title: string;
  status: FinalStatus;
  retriable: boolean;
}

const failed = (title: string, retriable = false): TelnyxCodeMeaning => ({
  title,
  status: 'failed',
  retriable,
});
const undelivered = (title: string, retriable = false): TelnyxCodeMeaning => ({
  title,
  status: 'undelivered',
  retriable,
});

export const TELNYX_MESSAGING_CODES: Readonly<Record<string, TelnyxCodeMeaning>> = {
  // API request errors (1xxxx): answered at once, the message never left Telnyx.
  '10001': failed('Inactive phone number'),
  '10002': failed('Invalid phone number'),
  '10003': failed('Invalid URL'),
  '10004': failed('Missing required parameter'),
  '10005': failed('Resource not found'),
  '10006': failed('Invalid ID'),
  '10007': failed('Unexpected error', true),
  '10008': failed('Request timeout', true),
  '10009': failed('Authentication failed'),
  '10010': failed('Authorization failed'),
  '10011': failed('Too many requests', true),
  '10015': failed('Bad Request'),
  '10016': failed('Phone number must be in +E.164 format'),
  // Account errors (2xxxx): someone has to act on the account.
  '20002': failed('API Key revoked'),
  '20006': failed('Expired access token'),
  '20012': failed('Account inactive'),
  '20013': failed('Account blocked'),
  '20014': failed('Account unverified'),
  '20015': failed('Feature not enabled'),
  '20016': failed('Account not level 1 verified'),
  '20017': failed('Account not level 2 verified'),
  '20100': failed('Insufficient Funds'),
  // Delivery errors, carrier rejections (40xxx): the message left Telnyx.
  '40001': undelivered('Not routable'),
  '40002': undelivered('Blocked as spam (temporary)', true),
  '40003': undelivered('Blocked as spam (permanent)'),
  '40004': undelivered('Rejected by destination', true),
  '40005': undelivered('Message expired', true),
  '40006': undelivered('Recipient unavailable', true),
  '40008': undelivered('Undeliverable', true),
  '40009': undelivered('Invalid message body'),
  '40011': undelivered('Rate limit exceeded (upstream)', true),
  '40012': undelivered('Invalid destination number'),
  '40013': undelivered('Invalid source number'),
  // Delivery errors decided inside Telnyx (not billed, never reached a carrier).
  '40014': failed('Expired in queue', true),
  '40015': failed('Internal spam filter'),
  // 10DLC.
  '40010': failed('Not 10DLC registered'),
  '40016': undelivered('T-Mobile sending limit', true),
  '40017': undelivered('AT&T spam rejection'),
  '40018': undelivered('AT&T sending limit', true),
  '40019': undelivered('AT&T invalid tag data'),
  '40020': undelivered('Artificial traffic inflation'),
  // Number provisioning (401xx).
  '40100': failed('Not messaging enabled'),
  '40150': failed('Not in voice registry'),
  '40151': failed('Enablement pending elsewhere', true),
  '40155': failed('LOA required'),
  // Sender, recipient and content (403xx), usually answered to the send itself.
  '40300': failed('Blocked due to STOP message'),
  '40301': failed('Unsupported message type'),
  '40302': failed('Message too large'),
  '40304': failed('Invalid content combination'),
  '40305': failed("Invalid 'from' address"),
  '40306': failed('Alpha sender not configured'),
  '40307': failed('Alpha sender mismatch'),
  '40308': failed("Invalid 'from' for MMS"),
  '40309': failed('Invalid destination region'),
  '40310': failed("Invalid 'to' address"),
  '40316': failed('No content'),
  '40317': failed('Invalid MMS content'),
  '40319': failed('Incompatible message type'),
  '40320': failed('Temporarily unusable sender', true),
  '40321': failed('No usable numbers in pool'),
  '40322': failed('Blocked content'),
  '40325': failed('Invalid alpha sender ID'),
  '40328': failed('SMS too large'),
  // Messaging profile and account configuration (403xx).
  '40311': failed('Invalid profile secret'),
  '40312': failed('Profile disabled'),
  '40313': failed('Missing profile secret'),
  '40314': failed('Messaging disabled'),
  '40315': failed('Unhealthy sender'),
  '40318': failed('Queue full', true),
  '40323': failed('Activation failed'),
  '40331': failed('Missing whitelist'),
  '40333': failed('Spend limit reached', true),
  // Toll-free (not ours, listed so a misrouted sender reads plainly).
  '40329': failed('Toll-free not verified'),
  '40330': failed('Toll-free not provisioned'),
};

/** What Telnyx's code means, or undefined for a code the catalogue does not list. */
export function meaningOf(code: string | null): TelnyxCodeMeaning | undefined {
  return code !== null && Object.hasOwn(TELNYX_MESSAGING_CODES, code)
    ? TELNYX_MESSAGING_CODES[code]
    : undefined;
}
