import { soleProprietor } from './sole-proprietor.js';
import type { ThroughputInput, TmobileBrandTier, TmobileThroughput } from './types.js';
import { useCaseFamily } from './use-case.js';

/**
 * T-Mobile caps what a brand sends to its subscribers in a day, whatever the campaign; the day runs
 * midnight to midnight US Pacific. Table: see throughput.ts.
 */
const dailyCaps: Record<TmobileBrandTier, number> = {
  TOP: 200_000,
  HIGH_MID: 40_000,
  LOW_MID: 10_000,
  LOW: 2_000,
  SOLE_PROPRIETOR: soleProprietor.tmobileDailyCap,
};

/** 75–100 top, 50–74 high mid, 25–49 low mid, anything lower (0 and unvetted included) low. */
function tierByScore(score: number | null): TmobileBrandTier {
  const value = score ?? 0;
  if (value >= 75) return 'TOP';
  if (value >= 50) return 'HIGH_MID';
  if (value >= 25) return 'LOW_MID';
  return 'LOW';
}

function capped(tier: TmobileBrandTier): TmobileThroughput {
  return {
    capped: true,
    tier,
    dailyCap: dailyCaps[tier],
    sharedBy: 'BRAND',
    resetTimeZone: 'America/Los_Angeles',
  };
}

export function tmobileThroughput(input: ThroughputInput): TmobileThroughput {
  const family = useCaseFamily(input.useCase);
  switch (family.family) {
    case 'SOLE_PROPRIETOR':
      return capped('SOLE_PROPRIETOR');
    case 'LOW_VOLUME':
      // Fixed at the low tier: vetting cannot raise a low-volume campaign (Bandwidth).
      return capped('LOW');
    case 'DEDICATED':
    case 'MIXED_OR_MARKETING':
    case 'SPECIAL':
      if (input.governmentEntityVerified) return { capped: false, tier: 'UNCAPPED' };
      return capped(tierByScore(input.vettingScore));
    default: {
      const unhandled: never = family;
      return unhandled;
    }
  }
}
