/**
 * Bandwidth's message-failed error codes (https://dev.bandwidth.com/docs/messaging/errors). The first digit
 * says client (4) or server (5) error, or an ambiguous downstream failure (9); the second who reported it:
 * Bandwidth (0–5) or the downstream carrier (6, 7).
 *
 * - `failed`: Bandwidth did not pass the message on (it refused it, or its own service failed).
 * - `undelivered`: the carrier or the handset refused it or could not take it, or the outcome downstream
 *   is unknown (9xxx).
 * - `retriable`: Bandwidth documents that repeating a 4xxx "will produce the same result" and that a 5xxx
 *   may succeed when retried; the exceptions below are 4xxx codes whose own text says the condition passes
 *   (an unreachable handset, volumetric limits: "retry after some time").
 */
export interface FailureClass {
  status: 'failed' | 'undelivered';
  retriable: boolean;
  /** Bandwidth's name for the code (`rejected-forbidden-country`); null for a code not in its table. */
  name: string | null;
}

type Entry = readonly [status: FailureClass['status'], retriable: boolean, name: string];

const CATALOGUE: Readonly<Record<number, Entry>> = {
  // Bandwidth detected client errors
  4001: ['failed', false, 'service-not-allowed'],
  4301: ['failed', false, 'malformed-invalid-encoding'],
  4302: ['failed', false, 'malformed-invalid-from-number'],
  4303: ['failed', false, 'malformed-invalid-to-number'],
  4350: ['failed', false, 'malformed-for-destination'],
  4360: ['failed', false, 'message-not-sent-expiration-date-passed'],
  4401: ['failed', false, 'rejected-routing-error'],
  4403: ['failed', false, 'rejected-forbidden-from-number'],
  4404: ['failed', false, 'rejected-forbidden-to-number'],
  4405: ['failed', false, 'rejected-unallocated-from-number'],
  4406: ['failed', false, 'rejected-unallocated-to-number'],
  4407: ['failed', false, 'rejected-account-not-defined-from-number'],
  4408: ['failed', false, 'rejected-account-not-defined-to-number'],
  4409: ['failed', false, 'rejected-invalid-from-profile'],
  4410: ['failed', false, 'media-unavailable'],
  4411: ['failed', false, 'rejected-message-size-limit-exceeded'],
  4412: ['failed', false, 'media-content-invalid'],
  4420: ['failed', false, 'rejected-carrier-does-not-exist'],
  4421: ['failed', false, 'rejected-forbidden-no-destination'],
  4431: ['failed', false, 'rejected-forbidden-shortcode'],
  4432: ['failed', false, 'rejected-forbidden-country'],
  4433: ['failed', false, 'rejected-forbidden-tollfree'],
  4434: ['failed', false, 'rejected-forbidden-tollfree-for-recipient'],
  4435: ['failed', false, 'forbidden-too-many-recipients'],
  4451: ['failed', false, 'rejected-wrong-user-id'],
  4452: ['failed', false, 'rejected-wrong-application-id'],
  4470: ['failed', false, 'rejected-spam-detected'],
  4481: ['failed', false, 'rejected-from-number-in-blacklist'],
  4482: ['failed', false, 'rejected-to-number-in-blacklist'],
  4492: ['failed', false, 'reject-emergency'],
  4493: ['failed', false, 'rejected-unauthorized'],
  // Carrier reported client errors
  4700: ['undelivered', false, 'invalid-service-type'],
  4701: ['undelivered', true, 'destination-service-unavailable'],
  4702: ['undelivered', true, 'destination-subscriber-unavailable'],
  4711: ['undelivered', false, 'rejected-message-size-limit-exceeded'],
  4712: ['undelivered', false, 'media-content-invalid'],
  4720: ['undelivered', false, 'invalid-destination-address'],
  4721: ['undelivered', false, 'destination-tn-deactivated'],
  4730: ['undelivered', false, 'no-route-to-destination-carrier'],
  4740: ['undelivered', false, 'invalid-source-address-address'],
  4750: ['undelivered', false, 'destination-rejected-message'],
  4751: ['undelivered', false, 'destination-rejected-message-size-invalid'],
  4752: ['undelivered', false, 'destination-rejected-malformed'],
  4753: ['undelivered', false, 'destination-rejected-handset'],
  4770: ['undelivered', false, 'destination-spam-detected'],
  4771: ['undelivered', false, 'rejected-shortened-url'],
  4772: ['undelivered', false, 'rejected-tn-blocked'],
  4773: ['undelivered', false, 'inactive-campaign'],
  4774: ['undelivered', false, 'provisioning-issue'],
  4775: ['undelivered', false, 'destination-rejected-due-to-user-opt-out'],
  4780: ['undelivered', true, 'volume-violation-tmo'],
  4781: ['undelivered', true, 'volume-violation-att'],
  4785: ['undelivered', true, 'volumetric-violation'],
  4790: ['undelivered', false, 'destination-rejected-sc-not-allowed'],
  4791: ['undelivered', false, 'destination-rejected-campaign-not-allowed'],
  4792: ['undelivered', false, 'destination-rejected-sc-not-provisioned'],
  4793: ['undelivered', false, 'destination-rejected-sc-expired'],
  4795: ['undelivered', false, 'tfn-not-verified'],
  // Bandwidth service failures
  5100: ['failed', true, 'temporary-app-error'],
  5101: ['failed', true, 'temporary-app-shutdown'],
  5106: ['failed', true, 'impossible-to-route'],
  5111: ['failed', true, 'temporary-app-connection-closed'],
  5201: ['failed', true, 'temporary-rout-error-retries-exceeded'],
  5211: ['failed', true, 'temporary-app-error-app-busy'],
  5220: ['failed', true, 'temporary-store-error'],
  5231: ['failed', true, 'discarded-concatenation-timeout'],
  5500: ['undelivered', true, 'message-send-failed'], // "the destination carrier has reported a … failure"
  5501: ['failed', true, 'message-send-failed'], // "no destination is available"
  5999: ['failed', true, 'unknown-error'],
  // Carrier reported service failures
  5600: ['undelivered', true, 'destination-carrier-queue-full'],
  5610: ['undelivered', true, 'submit_sm-or-submit_multi-failed'],
  5620: ['undelivered', true, 'destination-app-error'],
  5630: ['undelivered', true, 'message-not-acknowledged'],
  5650: ['undelivered', true, 'destination-failed'],
  // Carrier errors with ambiguous cause: not retried, as the message may well have arrived (9902)
  9902: ['undelivered', false, 'delivery-receipt-expired'],
  9999: ['undelivered', false, 'unknown-error'],
};

/** Every code in Bandwidth's table. */
export const DOCUMENTED_CODES: readonly number[] = Object.keys(CATALOGUE).map(Number);

/** What a message-failed code means; a code Bandwidth has not documented is read from its digits. */
export function classifyErrorCode(code: number): FailureClass {
  const entry = CATALOGUE[code];
  if (entry) return { status: entry[0], retriable: entry[1], name: entry[2] };
  const [kind, reporter] = [Math.floor(code / 1000), Math.floor(code / 100) % 10];
  const downstream = kind === 9 || ((kind === 4 || kind === 5) && reporter >= 6);
  return { status: downstream ? 'undelivered' : 'failed', retriable: kind === 5, name: null };
}
