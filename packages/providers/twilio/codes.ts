/**
 * Twilio's error codes that a send or a status callback can carry, from the Error and Warning Dictionary
 * (https://www.twilio.com/docs/api/errors/<code>), with whether sending the same message again later may
 * succeed. Failed or undelivered is not decided here: Twilio's MessageStatus says it (fixtures/README.md).
 * A code missing from this table is not retriable.
 */
export interface TwilioErrorCode {
  /** The code's title in Twilio's dictionary. */
  description: string;
  retriable: boolean;
}

const retriable = (description: string): TwilioErrorCode => ({ description, retriable: true });
const final = (description: string): TwilioErrorCode => ({ description, retriable: false });

const CODES: Readonly<Record<string, TwilioErrorCode>> = {
  // REST API (answers to the create call)
  '20003': final('Permission Denied'),
  '20429': retriable('Too Many Requests'),
  '20503': retriable('Service unavailable'),
  '21211': final("Invalid 'To' Phone Number"),
  '21212': final("Invalid 'From' Number"),
  '21408': final(
    "Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
  ),
  '21602': final('Message body is required'),
  '21606': final("The 'From' phone number provided is not a valid message-capable Twilio phone number"),
  '21610': final('Attempt to send to unsubscribed recipient'),
  '21611': retriable("This 'From' number has exceeded the maximum number of queued messages"),
  '21612': final("The 'To' phone number is not currently reachable via SMS"),
  '21614': final("'To' number is not a valid mobile number"),
  '21617': final('The concatenated message body exceeds the 1600 character limit'),
  '21703': final('The Messaging Service does not have a phone number available to send a message'),
  '21704': final('The Messaging Service contains no phone numbers'),
  '21730': retriable('System under maintenance. Please try again later.'),
  // Delivery (status callbacks' ErrorCode, the Message's error_code)
  '30001': retriable('Queue overflow'),
  '30002': final('Account suspended'),
  '30003': retriable('Unreachable destination handset'),
  '30004': final('Message blocked'),
  '30005': final('Unknown destination handset'),
  '30006': final('Landline or unreachable carrier'),
  '30007': final('Message filtered'),
  '30008': retriable('Unknown error'),
  '30010': final('Message price exceeds max price'),
  '30017': retriable('Carrier network congestion'),
  '30018': final('Destination carrier requires sender ID pre-registration'),
  '30019': final('Content size exceeds carrier limit'),
  '30020': retriable('Internal Failure with Message Scheduling'),
  '30021': retriable('Internal Failure with messaging service orchestrator'),
  '30022': retriable('US A2P 10DLC - Rate Limits Exceeded'),
  '30023': retriable('US A2P 10DLC - Daily Message Cap Reached'),
  '30024': retriable('Numeric Sender ID Not Provisioned on Carrier'),
  '30027': retriable('US A2P 10DLC - T-Mobile Daily Message Limit Reached'),
  '30032': final('Toll-Free Number Has Not Been Verified'),
  '30033': final('US A2P 10DLC - Campaign Suspended'),
  '30034': final('US A2P 10DLC - Message from an Unregistered Number'),
  '30035': retriable('US A2P 10DLC - Message from a number still being configured'),
  '30036': retriable('Validity Period Expired'),
  '30410': retriable('Provider Timeout Error'),
  '30450': final('Message delivery blocked'),
  '30500': retriable('Twilio Internal Error'),
};

/** What Twilio's code means for a retry, or undefined when the table does not know it. */
export function twilioErrorCode(code: string): TwilioErrorCode | undefined {
  return Object.hasOwn(CODES, code) ? CODES[code] : undefined;
}

/** Every code the table maps, for the specs. */
export const MAPPED_CODES: readonly string[] = Object.keys(CODES);
