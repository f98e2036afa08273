/** Test support: the campaign decider's commands with realistic data, and given/refusal helpers. */
import type { CampaignRejectionReason } from '@longcode/contracts';
import { DomainError } from '@longcode/kit';
import {
  type CampaignContent,
  type CampaignState,
  evolveCampaign,
  initialCampaignState,
} from './campaign.js';
import { type ApproveCampaign, type CampaignCommand, decideCampaign } from './decide.js';
import { cleanDraft } from './lint/drafts.fixture.js';
import type { BrandFacts } from './rules.js';

export const campaignId = 'campaign-1';
export const accountId = 'acct-1';

/** The brand of the clean lint draft (Acme Dental), approved. */
export const brand = (overrides: Partial<BrandFacts> = {}): BrandFacts => ({
  brandId: 'brand-1',
  accountId,
  status: 'APPROVED',
  entityType: 'PRIVATE_PROFIT',
  displayName: cleanDraft.brandDisplayName,
  legalName: cleanDraft.brandLegalName,
  ...overrides,
});
export const soleProprietorBrand = brand({ entityType: 'SOLE_PROPRIETOR' });

/** Content that passes the lint clean for Acme Dental. */
export const content = (overrides: Partial<CampaignContent> = {}): CampaignContent => ({
  useCase: 'ACCOUNT_NOTIFICATION',
  subUseCases: [],
  description: cleanDraft.description,
  messageFlow: cleanDraft.messageFlow,
  sampleMessages: cleanDraft.sampleMessages,
  helpMessage: cleanDraft.helpMessage,
  optOutMessage: cleanDraft.optOutMessage,
  optInMessage: cleanDraft.optInMessage ?? null,
  helpKeywords: cleanDraft.helpKeywords,
  optOutKeywords: cleanDraft.optOutKeywords,
  optInKeywords: cleanDraft.optInKeywords ?? [],
  flags: cleanDraft.flags,
  autoRenewal: true,
  ...overrides,
});

export const draft = (
  overrides: Partial<CampaignContent> = {},
  options: { brand?: BrandFacts | null; campaignsOfBrand?: number; accountId?: string } = {},
): CampaignCommand => ({
  type: 'DraftCampaign',
  data: {
    campaignId,
    brandId: 'brand-1',
    accountId: options.accountId ?? accountId,
    ...content(overrides),
  },
  brand: options.brand === undefined ? brand() : options.brand,
  campaignsOfBrand: options.campaignsOfBrand ?? 0,
});
export const soleProprietorDraft = draft(
  { useCase: 'SOLE_PROPRIETOR', sampleMessages: [...cleanDraft.sampleMessages] },
  { brand: soleProprietorBrand },
);

export const update = (overrides: Partial<CampaignContent> = {}): CampaignCommand => ({
  type: 'UpdateDraft',
  data: { campaignId, ...content(overrides) },
});
export const submit = (facts: BrandFacts | null = brand()): CampaignCommand => ({
  type: 'SubmitCampaign',
  data: { campaignId },
  brand: facts,
});
export const approve = (
  facts: Partial<ApproveCampaign['brand']> = {},
  limits: Partial<Pick<ApproveCampaign['data'], 'dailyLimit' | 'monthlyLimit'>> = {},
): CampaignCommand => ({
  type: 'ApproveCampaign',
  data: { campaignId, registryCampaignId: 'CX4K2PQ', dailyLimit: null, monthlyLimit: null, ...limits },
  brand: {
    entityType: 'PRIVATE_PROFIT',
    brandKind: 'STANDARD',
    vettingScore: 62,
    governmentEntityVerified: false,
    ...facts,
  },
});
export const reject = (
  reasons: CampaignRejectionReason[] = [
    { code: 'SAMPLE_MISMATCH', description: 'Samples do not match the use case', carrier: 'T-Mobile' },
  ],
): CampaignCommand => ({ type: 'RejectCampaign', data: { campaignId, reasons } });
export const suspend: CampaignCommand = {
  type: 'SuspendCampaign',
  data: { campaignId, reason: 'spam complaints', carrier: 'AT&T' },
};
export const expire: CampaignCommand = { type: 'ExpireCampaign', data: { campaignId } };

/** Given these commands were accepted, the state they lead to (each batch of events dated `at`). */
export const given = (...commands: CampaignCommand[]): CampaignState =>
  commands.reduce<CampaignState>(
    (state, command, index) =>
      decideCampaign(command, state).reduce(
        (s, event) => evolveCampaign(s, { ...event, occurredAt: new Date(index * 1000) }),
        state,
      ),
    initialCampaignState,
  );

/** The domain error a command is refused with (it must be refused). */
export const refusal = (command: CampaignCommand, state: CampaignState): DomainError => {
  try {
    decideCampaign(command, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${command.type} was accepted`);
};

/** Histories leading to each status, for the refusals that depend on it. */
export const histories = {
  draft: [draft()],
  submitted: [draft(), submit()],
  approved: [draft(), submit(), approve()],
  rejected: [draft(), submit(), reject()],
  suspended: [draft(), submit(), approve(), suspend],
  expired: [draft(), submit(), approve(), expire],
} as const satisfies Record<string, readonly CampaignCommand[]>;

export const statusCases = (...statuses: (keyof typeof histories)[]) =>
  statuses.map((status) => [status, histories[status]] as const);
