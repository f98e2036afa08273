import type { LintCode } from './codes.js';

/** TCR use cases a campaign can be registered under (SOLE_PROPRIETOR is the sole-proprietor brand's only one). */
export type UseCase =
  | '2FA'
  | 'ACCOUNT_NOTIFICATION'
  | 'CUSTOMER_CARE'
  | 'DELIVERY_NOTIFICATION'
  | 'FRAUD_ALERT'
  | 'HIGHER_EDUCATION'
  | 'LOW_VOLUME'
  | 'MARKETING'
  | 'MIXED'
  | 'POLLING_VOTING'
  | 'PUBLIC_SERVICE_ANNOUNCEMENT'
  | 'SECURITY_ALERT'
  | 'SOLE_PROPRIETOR';

export interface CampaignFlags {
  subscriberOptIn: boolean;
  subscriberOptOut: boolean;
  subscriberHelp: boolean;
  numberPool: boolean;
  directLending: boolean;
  embeddedLink: boolean;
  embeddedPhone: boolean;
  affiliateMarketing: boolean;
  ageGated: boolean;
}

/** The parts of a campaign draft that carriers and TCR reviewers read before approving it. */
export interface CampaignDraftForLint {
  brandDisplayName: string;
  brandLegalName: string;
  useCase: UseCase;
  subUseCases?: UseCase[];
  description: string;
  messageFlow: string;
  /** 1–5 samples, as they will be sent; template fields in brackets: `{first_name}`, `[order number]`. */
  sampleMessages: string[];
  helpMessage: string | null;
  optOutMessage: string | null;
  optInMessage?: string | null;
  helpKeywords: string[];
  optOutKeywords: string[];
  optInKeywords?: string[];
  flags: CampaignFlags;
}

/** `error` blocks submission to TCR; `warning` is advice that does not. */
export type LintSeverity = 'error' | 'warning';

export interface LintFinding {
  /** Stable upper-snake code, listed with its severity and reason in `lintCodes`. */
  code: LintCode;
  severity: LintSeverity;
  /** The draft field at fault, e.g. `messageFlow`, `flags.embeddedLink` or `sampleMessages[1]`. */
  field: string;
  message: string;
  /** For findings about one sample: its index in `sampleMessages` (0-based). */
  sample?: number;
}

/** One check: a pure function from the draft to what it finds wrong. */
export type LintRule = (draft: CampaignDraftForLint) => LintFinding[];
