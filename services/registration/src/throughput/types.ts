import type { BrandEntityType } from '@longcode/contracts';
import type { UseCase } from './use-case.js';

export type { BrandEntityType };

/**
 * How the brand was registered with TCR. A LOW_VOLUME ("low volume standard") brand has a tax id but
 * skips secondary vetting; a SOLE_PROPRIETOR brand has no tax id and is verified by one-time password.
 */
export type BrandKind = 'STANDARD' | 'LOW_VOLUME' | 'SOLE_PROPRIETOR';

/** What the rules need to know about an approved campaign and its brand. */
export interface ThroughputInput {
  entityType: BrandEntityType;
  brandKind: BrandKind;
  /** Secondary-vetting score, 0–100; null while the brand is unvetted. A score of 0 counts as unvetted. */
  vettingScore: number | null;
  /** TCR verified the brand's government-entity status ("Government Entity: TRUE"); GOVERNMENT brands only. */
  governmentEntityVerified: boolean;
  useCase: UseCase;
  /**
   * The carriers accepted the campaign's special use case: a Campaign Verify token for POLITICAL, 501(c)(3)
   * status for CHARITY, carrier approval for the others. True exactly when the use case is special.
   */
  specialApproved: boolean;
}

/** AT&T's message classes ("campaign classes"), as TCR reports them in `attMsgClass`. */
export type AttMessageClass =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'T'
  | 'W'
  | 'K'
  | 'P'
  | 'S'
  | 'X'
  | 'G'
  | 'N';

/** AT&T paces per campaign (all its numbers share the rate) except for a few classes paced per number. */
export type AttTpmScope = 'CAMPAIGN' | 'NUMBER';

export interface AttThroughput {
  messageClass: AttMessageClass;
  /** SMS segments per minute. */
  smsTpm: number;
  /** MMS messages per minute. */
  mmsTpm: number;
  scope: AttTpmScope;
}

/** T-Mobile's brand tiers, as TCR names them in `brandTier`. */
export type TmobileBrandTier = 'TOP' | 'HIGH_MID' | 'LOW_MID' | 'LOW' | 'SOLE_PROPRIETOR';

export type TmobileThroughput =
  | {
      capped: true;
      tier: TmobileBrandTier;
      /** SMS segments plus MMS messages a day toward T-Mobile subscribers. */
      dailyCap: number;
      /** The cap is one pool for every campaign of the brand (across every platform it registered on). */
      sharedBy: 'BRAND';
      /** The day the cap counts: midnight to midnight in this zone (see `tmobileDayWindow` in @longcode/sendable). */
      resetTimeZone: 'America/Los_Angeles';
    }
  | { capped: false; tier: 'UNCAPPED' };

/** Verizon publishes no 10DLC throughput: it filters on content instead of capping. */
export interface VerizonThroughput {
  capped: false;
}

/** What a sole-proprietor brand may register, on top of its carrier limits. */
export interface SoleProprietorLimits {
  campaignsPerBrand: number;
  numbersPerCampaign: number;
}

export interface CarrierThroughput {
  att: AttThroughput;
  tmobile: TmobileThroughput;
  verizon: VerizonThroughput;
  /** Set for sole-proprietor brands only. */
  soleProprietor: SoleProprietorLimits | null;
  /** Date of the vendor tables these figures come from, for whoever reads the event later. */
  tablesAsOf: string;
}
