import { durationMs, enumOf, url } from '@longcode/kit';
import { numberProviders } from '@longcode/numbering';
import { backboneConfigSchema } from '@longcode/runtime';
import { z } from 'zod';

export const configSchema = backboneConfigSchema.extend({
  /** Which number provider numbers are ordered from and linked through; the simulator speaks telnyx. */
  NUMBER_PROVIDER: enumOf(Object.keys(numberProviders) as [keyof typeof numberProviders]).default('telnyx'),
  NUMBER_PROVIDER_URL: url(['http', 'https']),
  NUMBER_PROVIDER_API_KEY: z.string().min(1),
  /** The provider's messaging profile new numbers join (Telnyx); none unless given. */
  NUMBER_MESSAGING_PROFILE_ID: z.string().min(1).optional(),
  /** How often to read back orders and campaign assignments the provider has not decided yet. */
  NUMBERS_RECONCILE_INTERVAL_MS: durationMs().default(2_000),
});

export type Config = z.output<typeof configSchema>;
