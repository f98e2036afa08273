/**
 * Carrier throughput metadata of an approved 10DLC campaign: what dispatch paces sends against without
 * calling registration back. Pure rules; the carriers publish no tables themselves, so the figures
 * come from their aggregators' documentation.
 *
 * Sources (read 2026-11; "as of" is the page's own date where it gives one):
 * - AT&T classes A–F, T, W and special K, P, S, X, G, N with SMS/MMS TPM; T-Mobile tiers by vetting
 *   score (75–100 / 50–74 / 25–49 / 1–24) and caps (200,000 / 40,000 / 10,000 / 2,000), sole
 *   proprietor 1,000/day and 15 TPM, unvetted brands at the lowest standard tiers, Verizon unpublished:
 *   Telnyx, "10DLC Rate Limits & Throughput", updated 2026-04-10 (this is `tablesAsOf`)
 *   https://developers.telnyx.com/docs/messaging/10dlc/10dlc-rate-limits
 *   and the same tables in https://developers.telnyx.com/docs/messaging/messages/rate-limiting
 * - AT&T classes with their scope (G and N per number, the rest per campaign), W = 15 per minute:
 *   Bandwidth, "AT&T 10DLC" (current, undated) https://www.bandwidth.com/support/en/articles/12823099-at-t-10dlc
 * - Low volume mixed: 75 per minute on AT&T, 2,000 a day per brand on T-Mobile, vetting cannot raise it:
 *   https://support.bandwidth.com/hc/en-us/articles/1500003820522-Registering-brands-and-campaigns-for-10DLC
 * - Sole proprietor: 1 campaign per brand, 1 number per campaign:
 *   https://developers.telnyx.com/docs/messaging/10dlc/sole-proprietor and
 *   https://support.twilio.com/hc/en-us/articles/9550596959643-A2P-10DLC-Sole-Proprietor-Brands-FAQ
 * - T-Mobile cap per brand (tax id), shared by its campaigns, enforced until midnight Pacific:
 *   https://docs.bird.com/applications/enable-channels/sms/sms-10dlc/troughput-and-daily-caps and
 *   https://support.twilio.com/hc/en-us/articles/1260804800549-T-Mobile-daily-message-limits-for-long-code-messaging-with-A2P-10DLC
 * - Brands that skipped secondary vetting (score 0) get 240 per minute on AT&T:
 *   https://support.plivo.com/hc/en-us/articles/18193230900633-A2P-Messaging-Throughput-in-the-US
 * - Verified government entities get AT&T class A/B and T-Mobile's uncapped policy:
 *   https://community.sinch.com/t5/10DLC/How-much-throughput-will-I-get-for-each-10DLC/ta-p/7037
 *
 * Where they disagree, the most recent vendor page (Telnyx, 2026-04-10) wins:
 * - Mixed/marketing bands: early tables (AWS's 2021 quotas, Clickatell's FAQ) put B at 86–100, D at
 *   66–85 and F at 26–65; Telnyx, Bandwidth and Signal House (help.signalhouse.io) now use the same
 *   75/50 bands as dedicated campaigns.
 * - Social (S): 60,000 per minute on Bandwidth's 2021 page, 9,000 on Telnyx's and Bandwidth's current ones.
 * - Verizon: older Bandwidth pages give 6,000 SMS a minute per number; Telnyx says Verizon publishes no
 *   10DLC figure and filters on content, so Verizon is uncapped here.
 * - Tier names: Telnyx says Top/High/Medium/Basic; TCR's API (`brandTier`) and most vendors say
 *   TOP/HIGH_MID/LOW_MID/LOW, which we keep.
 * - Unvetted brands: 75 per minute is class T (the LOW_VOLUME use case) only; an unvetted standard
 *   brand gets class E/F, 240 per minute (Telnyx, Plivo, Signal House).
 * - Special use cases keep the brand's T-Mobile tier (Signal House shows Emergency at 2,000/day);
 *   only a verified government entity is documented as uncapped.
 * Not encoded, for want of a current vendor figure: K12_EDUCATION and CARRIER_EXEMPT (class Y, per
 * number), SWEEPSTAKE, PLATFORM_FREE_TRIAL, M2M, UCaaS; Russell 3000 brands (documented at A/B and TOP
 * even unvetted) need a brand flag we do not have yet, so they get their score's tiers, the safe side.
 */
import { type FieldError, ValidationError } from '@longcode/kit';
import { attThroughput } from './att.js';
import { soleProprietorLimits } from './sole-proprietor.js';
import { tmobileThroughput } from './tmobile.js';
import type { CarrierThroughput, ThroughputInput } from './types.js';
import { isSpecialUseCase } from './use-case.js';
import { verizonThroughput } from './verizon.js';

export const tablesAsOf = '2026-04-10';

export function carrierThroughput(input: ThroughputInput): CarrierThroughput {
  assertConsistent(input);
  return {
    att: attThroughput(input),
    tmobile: tmobileThroughput(input),
    verizon: verizonThroughput(),
    soleProprietor: soleProprietorLimits(input),
    tablesAsOf,
  };
}

/** Refuses inputs no approved campaign can have, naming each field, rather than guessing a rate. */
function assertConsistent(input: ThroughputInput): void {
  const errors = [...scoreErrors(input), ...soleProprietorErrors(input), ...specialErrors(input)];
  if (errors.length > 0) throw new ValidationError(errors, { code: 'THROUGHPUT_INPUT_INCONSISTENT' });
}

function scoreErrors({ vettingScore, brandKind }: ThroughputInput): FieldError[] {
  if (vettingScore === null) return [];
  if (!Number.isInteger(vettingScore) || vettingScore < 0 || vettingScore > 100) {
    return [
      { field: 'vettingScore', message: 'must be a whole number from 0 to 100, or null when unvetted' },
    ];
  }
  if (brandKind !== 'STANDARD') {
    return [{ field: 'vettingScore', message: `must be null: a ${brandKind} brand skips secondary vetting` }];
  }
  return [];
}

/** A sole proprietor is one at every level: entity type, brand kind and use case. */
function soleProprietorErrors(input: ThroughputInput): FieldError[] {
  const fields = {
    entityType: input.entityType,
    brandKind: input.brandKind,
    useCase: input.useCase,
  } as const;
  const values = Object.values(fields);
  const some = values.some((value) => value === 'SOLE_PROPRIETOR');
  if (!some || values.every((value) => value === 'SOLE_PROPRIETOR')) return [];
  return Object.entries(fields)
    .filter(([, value]) => value !== 'SOLE_PROPRIETOR')
    .map(([field]) => ({
      field,
      message: 'must be SOLE_PROPRIETOR, as the rest of a sole-proprietor brand is',
    }));
}

function specialErrors(input: ThroughputInput): FieldError[] {
  const errors: FieldError[] = [];
  const special = isSpecialUseCase(input.useCase);
  if (special && !input.specialApproved) {
    errors.push({
      field: 'specialApproved',
      message: `must be true: ${input.useCase} needs its carrier approval`,
    });
  }
  if (!special && input.specialApproved) {
    errors.push({
      field: 'specialApproved',
      message: `must be false: ${input.useCase} is not a special use case`,
    });
  }
  if (input.governmentEntityVerified && input.entityType !== 'GOVERNMENT') {
    errors.push({
      field: 'governmentEntityVerified',
      message: 'must be false for a brand that is not GOVERNMENT',
    });
  }
  return errors;
}
