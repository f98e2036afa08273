/** Stream ids of the event-sourced aggregates: one function per aggregate, `<aggregate>-<id>`. */

export const brandStream = (brandId: string): `brand-${string}` => `brand-${brandId}`;

export const campaignStream = (campaignId: string): `campaign-${string}` => `campaign-${campaignId}`;

/** A phone number's stream, by its E.164 form: one number, one history, whoever owns it at the time. */
export const numberStream = (phoneNumber: string): `number-${string}` => `number-${phoneNumber}`;

/** A message's stream, by our message id. */
export const messageStream = (messageId: string): `message-${string}` => `message-${messageId}`;

/** A person's consent stream, by their E.164 number (one ledger per recipient). */
export const consentStream = (phoneNumber: string): `consent-${string}` => `consent-${phoneNumber}`;

/** A provider message's receipts, by provider and the provider's message id. */
export const deliveryStream = (provider: string, providerMessageId: string): `delivery-${string}` =>
  `delivery-${provider}-${providerMessageId}`;

/** An inbound message, by provider and the provider's message id. */
export const inboundStream = (provider: string, providerMessageId: string): `inbound-${string}` =>
  `inbound-${provider}-${providerMessageId}`;
