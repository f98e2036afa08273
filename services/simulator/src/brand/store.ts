import type { DeliveryReport } from '../webhooks/sender.js';
import type { CreateBrandRequest, TelnyxBrand } from './brand.js';
import type { BrandOutcome } from './decide.js';

/** One brand the simulator received, what it decided and how its webhooks went (for demos). */
export interface BrandRecord {
  receivedAt: string;
  request: CreateBrandRequest;
  brand: TelnyxBrand;
  outcome: BrandOutcome | null;
  deliveries: DeliveryReport[];
}

/** In memory only: the simulator keeps nothing across restarts. */
export function createBrandStore() {
  const records = new Map<string, BrandRecord>();
  return {
    add(request: CreateBrandRequest, brand: TelnyxBrand, receivedAt: Date): void {
      records.set(brand.brandId, {
        receivedAt: receivedAt.toISOString(),
        request,
        brand,
        outcome: null,
        deliveries: [],
      });
    },
    get(brandId: string): BrandRecord | undefined {
      return records.get(brandId);
    },
    list(): BrandRecord[] {
      return [...records.values()];
    },
  };
}

export type BrandStore = ReturnType<typeof createBrandStore>;
