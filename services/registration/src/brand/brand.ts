import type { BrandCreated } from '@longcode/contracts';

/** The brand aggregate's events. Their payloads are generated from schemas/registration/. */
export type BrandEvent = { type: 'longcode.registration.BrandCreated'; data: BrandCreated };

export type BrandStatus = 'PENDING';

export type BrandState =
  | { exists: false }
  | ({ exists: true; status: BrandStatus; createdAt: Date } & BrandCreated);

export const initialBrandState: BrandState = { exists: false };

export function evolveBrand(_state: BrandState, event: BrandEvent & { occurredAt: Date }): BrandState {
  switch (event.type) {
    case 'longcode.registration.BrandCreated':
      return { exists: true, status: 'PENDING', createdAt: event.occurredAt, ...event.data };
    default: {
      const unhandled: never = event.type;
      return unhandled;
    }
  }
}
