/**
 * Telnyx's create-brand and create-campaign bodies carry no reference of the caller's that comes back in
 * webhooks (a campaign's `referenceId` is stored, but webhooks do not echo it). Every webhook says where
 * it was delivered (`meta.delivered_to`), so our reference rides in the webhook URL as a query parameter
 * and comes back, signed, with each webhook about that brand or campaign.
 */
export const REFERENCE_PARAM = 'referenceId';

export function withReference(webhookUrl: string, referenceId: string): string {
  const url = new URL(webhookUrl);
  url.searchParams.set(REFERENCE_PARAM, referenceId);
  return url.toString();
}

export function referenceFrom(deliveredTo: string | undefined): string | null {
  if (!deliveredTo || !URL.canParse(deliveredTo)) return null;
  return new URL(deliveredTo).searchParams.get(REFERENCE_PARAM);
}
