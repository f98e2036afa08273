import type { TelnyxBrand } from '../brand/brand.js';
import {
  type TelnyxError,
  type TelnyxValidation,
  telnyxError,
  validateTelnyxBody,
} from '../telnyx-errors.js';
import { type CampaignBuilderRequest, USE_CASES } from './campaign.js';

const TEXT_FIELDS = [
  'brandId',
  'usecase',
  'description',
  'messageFlow',
  'sample1',
  'sample2',
  'sample3',
  'sample4',
  'sample5',
  'helpMessage',
  'optinMessage',
  'optoutMessage',
  'helpKeywords',
  'optinKeywords',
  'optoutKeywords',
  'webhookURL',
  'webhookFailoverURL',
];
const FLAGS = [
  'subscriberOptin',
  'subscriberOptout',
  'subscriberHelp',
  'numberPool',
  'directLending',
  'embeddedLink',
  'embeddedPhone',
  'affiliateMarketing',
  'ageGated',
  'autoRenewal',
  'termsAndConditions',
];
/** Telnyx requires brandId, usecase and description; TCR a message flow and at least one sample (`sample1`). */
const REQUIRED = ['brandId', 'usecase', 'description', 'messageFlow', 'sample1'];
/** "Multiple keywords are comma separated without space." */
const KEYWORDS = /^[^\s,]+(,[^\s,]+)*$/;

/** What Telnyx checks of the body when a campaign is submitted: 400 for no object, 422 naming each bad field. */
export function validateCampaignBuilder(body: unknown): TelnyxValidation<CampaignBuilderRequest> {
  return validateTelnyxBody<CampaignBuilderRequest>(body, {
    shape: (fields) => [...typeErrors(fields), ...requiredErrors(fields)],
    format: formatErrors,
  });
}

export type BrandCheck =
  | { ok: true; brand: TelnyxBrand }
  | { ok: false; status: 404 | 422; errors: TelnyxError[] };

/** A campaign needs a brand Telnyx knows (404 otherwise) that TCR registered (422 otherwise). */
export function checkBrand(brandId: string, brand: TelnyxBrand | undefined): BrandCheck {
  if (!brand) {
    return {
      ok: false,
      status: 404,
      errors: [telnyxError('10005', `Brand ${brandId} not found.`, 'brandId')],
    };
  }
  if (brand.status === 'OK') return { ok: true, brand };
  const detail = `Brand ${brandId} is not registered with TCR (status ${brand.status}): it cannot have campaigns yet.`;
  return { ok: false, status: 422, errors: [telnyxError('10015', detail, 'brandId')] };
}

function typeErrors(fields: Record<string, unknown>): TelnyxError[] {
  const wrong = (field: string, type: string) =>
    telnyxError('10020', `The '${field}' parameter must be of type '${type}'.`, field);
  const given = (field: string) => fields[field] !== undefined && fields[field] !== null;
  const { subUsecases } = fields;
  return [
    ...TEXT_FIELDS.filter((f) => given(f) && typeof fields[f] !== 'string').map((f) => wrong(f, 'string')),
    ...FLAGS.filter((f) => given(f) && typeof fields[f] !== 'boolean').map((f) => wrong(f, 'boolean')),
    ...(given('subUsecases') &&
    !(Array.isArray(subUsecases) && subUsecases.every((s) => typeof s === 'string'))
      ? [wrong('subUsecases', 'array of strings')]
      : []),
  ];
}

function requiredErrors(fields: Record<string, unknown>): TelnyxError[] {
  return REQUIRED.filter((f) => fields[f] === undefined || fields[f] === null || fields[f] === '').map((f) =>
    telnyxError('10004', `The '${f}' parameter is required.`, f),
  );
}

function formatErrors(request: CampaignBuilderRequest): TelnyxError[] {
  const errors: TelnyxError[] = [];
  if (!USE_CASES.includes(request.usecase)) {
    errors.push(
      telnyxError('10015', `The 'usecase' parameter must be one of ${USE_CASES.join(', ')}.`, 'usecase'),
    );
  }
  const unknown = (request.subUsecases ?? []).filter((subUsecase) => !USE_CASES.includes(subUsecase));
  if (unknown.length > 0) {
    errors.push(telnyxError('10015', `Unknown sub-use cases: ${unknown.join(', ')}.`, 'subUsecases'));
  }
  for (const field of ['helpKeywords', 'optinKeywords', 'optoutKeywords'] as const) {
    const value = request[field];
    if (value !== undefined && !KEYWORDS.test(value)) {
      const detail = `The '${field}' parameter must be keywords separated by commas, without spaces.`;
      errors.push(telnyxError('10015', detail, field));
    }
  }
  for (const field of ['webhookURL', 'webhookFailoverURL'] as const) {
    const value = request[field];
    if (value !== undefined && !/^https?:$/.test(URL.canParse(value) ? new URL(value).protocol : '')) {
      errors.push(telnyxError('10003', `The '${field}' parameter must be an http(s) URL.`, field));
    }
  }
  if (request.termsAndConditions !== true) {
    const detail = "The 'termsAndConditions' parameter must be true: the terms must be accepted.";
    errors.push(telnyxError('10015', detail, 'termsAndConditions'));
  }
  return errors;
}
