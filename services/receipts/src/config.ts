import { csv, url } from '@longcode/kit';
import { smsProviders } from '@longcode/providers';
import { backboneConfigSchema } from '@longcode/runtime';
import { z } from 'zod';

const names = Object.keys(smsProviders) as [keyof typeof smsProviders];

export const configSchema = backboneConfigSchema.extend({
  /** The providers whose webhooks this receives (each reads its own variables: TELNYX_*, BANDWIDTH_*…). */
  RECEIPT_PROVIDERS: csv()
    .pipe(z.array(z.enum(names)).min(1))
    .default(['telnyx']),
  /**
   * This service's address as providers see it (behind a load balancer, its public https URL): Twilio
   * signs the URL it posted to, so it must be rebuilt exactly. http://127.0.0.1:<port> unless given.
   */
  RECEIPTS_PUBLIC_URL: url(['http', 'https']).optional(),
});

export type Config = z.output<typeof configSchema>;
