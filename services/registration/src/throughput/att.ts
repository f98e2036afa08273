import { soleProprietor } from './sole-proprietor.js';
import type { AttMessageClass, AttThroughput, ThroughputInput } from './types.js';
import { type SpecialUseCase, useCaseFamily } from './use-case.js';

/**
 * AT&T assigns each campaign a message class; the class fixes its throughput (per minute) and whether
 * the rate is shared by the campaign's numbers or applies to each number. Table: see throughput.ts.
 */
const attClasses: Record<AttMessageClass, Omit<AttThroughput, 'messageClass'>> = {
  // Standard, by vetting band: dedicated (A, C, E) and mixed/marketing (B, D, F) share the bands.
  A: { smsTpm: 4_500, mmsTpm: 2_400, scope: 'CAMPAIGN' },
  B: { smsTpm: 4_500, mmsTpm: 2_400, scope: 'CAMPAIGN' },
  C: { smsTpm: 2_400, mmsTpm: 1_200, scope: 'CAMPAIGN' },
  D: { smsTpm: 2_400, mmsTpm: 1_200, scope: 'CAMPAIGN' },
  E: { smsTpm: 240, mmsTpm: 150, scope: 'CAMPAIGN' },
  F: { smsTpm: 240, mmsTpm: 150, scope: 'CAMPAIGN' },
  // Low volume mixed, whatever the score.
  T: { smsTpm: 75, mmsTpm: 50, scope: 'CAMPAIGN' },
  // Sole proprietor.
  W: { smsTpm: soleProprietor.attSmsTpm, mmsTpm: soleProprietor.attMmsTpm, scope: 'CAMPAIGN' },
  // Special use cases, whatever the score.
  K: { smsTpm: 4_500, mmsTpm: 2_400, scope: 'CAMPAIGN' },
  P: { smsTpm: 2_400, mmsTpm: 1_200, scope: 'CAMPAIGN' },
  S: { smsTpm: 9_000, mmsTpm: 2_400, scope: 'CAMPAIGN' },
  X: { smsTpm: 4_500, mmsTpm: 2_400, scope: 'CAMPAIGN' },
  G: { smsTpm: 60, mmsTpm: 50, scope: 'NUMBER' },
  N: { smsTpm: 60, mmsTpm: 50, scope: 'NUMBER' },
};

type AttBand = 'HIGH' | 'MID' | 'LOW';

/** 75–100 high, 50–74 mid, anything lower (0 and unvetted included) low. */
function attBand(input: ThroughputInput): AttBand {
  if (input.governmentEntityVerified) return 'HIGH';
  const score = input.vettingScore ?? 0;
  if (score >= 75) return 'HIGH';
  if (score >= 50) return 'MID';
  return 'LOW';
}

function standardClass(band: AttBand, mixed: boolean): AttMessageClass {
  switch (band) {
    case 'HIGH':
      return mixed ? 'B' : 'A';
    case 'MID':
      return mixed ? 'D' : 'C';
    case 'LOW':
      return mixed ? 'F' : 'E';
    default: {
      const unhandled: never = band;
      return unhandled;
    }
  }
}

function specialClass(useCase: SpecialUseCase): AttMessageClass {
  switch (useCase) {
    case 'POLITICAL':
      return 'K';
    case 'CHARITY':
      return 'P';
    case 'SOCIAL':
      return 'S';
    case 'EMERGENCY':
      return 'X';
    case 'PROXY':
      return 'G';
    case 'AGENTS_FRANCHISES':
      return 'N';
    default: {
      const unhandled: never = useCase;
      return unhandled;
    }
  }
}

export function attMessageClass(input: ThroughputInput): AttMessageClass {
  const family = useCaseFamily(input.useCase);
  switch (family.family) {
    case 'DEDICATED':
      return standardClass(attBand(input), false);
    case 'MIXED_OR_MARKETING':
      return standardClass(attBand(input), true);
    case 'LOW_VOLUME':
      return 'T';
    case 'SOLE_PROPRIETOR':
      return 'W';
    case 'SPECIAL':
      return specialClass(family.useCase);
    default: {
      const unhandled: never = family;
      return unhandled;
    }
  }
}

export function attThroughput(input: ThroughputInput): AttThroughput {
  const messageClass = attMessageClass(input);
  return { messageClass, ...attClasses[messageClass] };
}
