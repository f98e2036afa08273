import type { Decider } from '@longcode/eventstore';
import { type BrandEvent, type BrandState, evolveBrand, initialBrandState } from './brand.js';
import { type BrandCommand, decideBrand } from './decide.js';

export const brandDecider: Decider<BrandCommand, BrandEvent, BrandState> = {
  initialState: initialBrandState,
  decide: decideBrand,
  evolve: evolveBrand,
};
