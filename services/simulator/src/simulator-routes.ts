import type { FastifyInstance } from 'fastify';
import type { BrandStore } from './brand/store.js';
import type { CampaignStore } from './campaign/store.js';
import type { SigningKey } from './signing.js';

export interface SimulatorRoutesDeps {
  brands: BrandStore;
  campaigns: CampaignStore;
  signingKey: SigningKey;
}

/** The simulator's own routes (register under `/simulator`): what to configure registration with, and a look inside. */
export function simulatorRoutes({ brands, campaigns, signingKey }: SimulatorRoutesDeps) {
  return async (app: FastifyInstance) => {
    /** The webhook public key, base64 as Telnyx shows one: registration's REGISTRATION_WEBHOOK_PUBLIC_KEY. */
    app.get('/public-key', async () => ({ publicKey: signingKey.publicKeyBase64 }));
    /** Every brand received since start, with its outcome and webhook deliveries. */
    app.get('/brands', async () => ({ brands: brands.list() }));
    /** Every campaign received since start, with its outcome, the carrier actions on it and its webhook deliveries. */
    app.get('/campaigns', async () => ({ campaigns: campaigns.list() }));
  };
}
