import { enumOf, url } from '@longcode/kit';
import { backboneConfigSchema } from '@longcode/runtime';
import { registrationProviders } from '@longcode/tcr';
import { z } from 'zod';

export const configSchema = backboneConfigSchema.extend({
  /** Which registration provider (a CSP's 10DLC API) brands go through; the simulator speaks telnyx. */
  REGISTRATION_PROVIDER: enumOf(
    Object.keys(registrationProviders) as [keyof typeof registrationProviders],
  ).default('telnyx'),
  REGISTRATION_PROVIDER_URL: url(['http', 'https']),
  REGISTRATION_PROVIDER_API_KEY: z.string().min(1),
  /** The provider's public key for webhook signatures (base64). */
  REGISTRATION_WEBHOOK_PUBLIC_KEY: z.string().min(1),
});

export type Config = z.output<typeof configSchema>;
