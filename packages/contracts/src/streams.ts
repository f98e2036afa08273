/** Stream ids of the event-sourced aggregates: one function per aggregate, `<aggregate>-<id>`. */

export const brandStream = (brandId: string): `brand-${string}` => `brand-${brandId}`;

export const campaignStream = (campaignId: string): `campaign-${string}` => `campaign-${campaignId}`;
