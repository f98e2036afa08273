import {
  callTelnyx,
  type Fetch,
  publicKeyFromBase64,
  telnyxApiRoot,
  verifyTelnyxSignature,
} from '@longcode/telnyx';
import {
  type BrandSubmission,
  type CampaignSubmission,
  ProviderError,
  type RegistrationProvider,
  type SubmittedBrand,
  type SubmittedCampaign,
} from '../port.js';
import { toCreateBrandRequest, toSubmittedBrand } from './brand.js';
import { toCampaignBuilderRequest, toSubmittedCampaign } from './campaign.js';
import { toRegistrationUpdate } from './webhook.js';
import type { TelnyxWebhook } from './wire.js';

export interface TelnyxRegistrationOptions {
  /**
   * Telnyx's API origin, `https://api.telnyx.com` (or the simulator's, `http://127.0.0.1:4090`); the
   * adapter calls `/v2/10dlc/…` under it. Telnyx's API root, with its `/v2`, is accepted too.
   */
  baseUrl: string;
  apiKey: string;
  /** The account's webhook public key, base64, as the Telnyx portal shows it. */
  webhookPublicKey: string;
  /** How far a webhook's `telnyx-timestamp` may be from its arrival; 300 s (Telnyx's advice) unless given. */
  toleranceSeconds?: number;
  /**
   * Our public URL for Telnyx's brand and campaign webhooks. Telnyx notifies only brands and campaigns
   * created with one; without it they get no webhooks (the simulator then falls back to its own URL).
   */
  webhookUrl?: string;
  /** How long one API call may take; 10 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
}

/** Registration through Telnyx's 10DLC API (the simulator speaks it too). */
export function createTelnyxRegistration(options: TelnyxRegistrationOptions): RegistrationProvider {
  const { baseUrl, apiKey, webhookUrl, toleranceSeconds = 300, timeoutMs = 10_000 } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  const publicKey = publicKeyFromBase64(options.webhookPublicKey);
  const root = telnyxApiRoot(baseUrl);

  const post = (path: string, body: unknown) =>
    callTelnyx({ fetch, method: 'POST', url: `${root}${path}`, apiKey, body, timeoutMs });

  return {
    async submitBrand(brand: BrandSubmission): Promise<SubmittedBrand> {
      const submitted = toSubmittedBrand(await post('/10dlc/brand', toCreateBrandRequest(brand, webhookUrl)));
      if (!submitted)
        throw new ProviderError('Telnyx POST /10dlc/brand answered without a brandId', { retriable: false });
      return submitted;
    },

    async submitCampaign(campaign: CampaignSubmission): Promise<SubmittedCampaign> {
      const body = toCampaignBuilderRequest(campaign, webhookUrl);
      const submitted = toSubmittedCampaign(await post('/10dlc/campaignBuilder', body));
      if (!submitted) {
        throw new ProviderError('Telnyx POST /10dlc/campaignBuilder answered without a campaignId', {
          retriable: false,
        });
      }
      return submitted;
    },

    parseWebhook(webhook) {
      verifyTelnyxSignature(webhook, publicKey, toleranceSeconds);
      let event: TelnyxWebhook;
      try {
        event = JSON.parse(webhook.rawBody.toString('utf8')) as TelnyxWebhook;
      } catch {
        return null; // signed by Telnyx yet not JSON: nothing we can use, and retrying will not change it
      }
      return toRegistrationUpdate(event);
    },
  };
}
