import type { TelnyxBrandEventPayload } from './wire.js';

/**
 * A failed REGISTRATION's reasons (brand or campaign). Telnyx gives the fields at fault and a description,
 * no code: the code is made from the fields (`INVALID_EIN`, `INVALID_SAMPLE1`).
 */
export function registrationReasons(
  payload: Pick<TelnyxBrandEventPayload, 'reasons' | 'description'>,
): Array<{ code: string; description: string }> {
  const reasons = (payload.reasons ?? []).map(({ fields = [], description }) => ({
    code: fields.length > 0 ? `INVALID_${fields.map(upperSnake).join('_AND_')}` : 'REGISTRATION_FAILED',
    description: description || 'Telnyx gave no description',
  }));
  if (reasons.length > 0) return reasons;
  return [{ code: 'REGISTRATION_FAILED', description: payload.description || 'Telnyx gave no reason' }];
}

function upperSnake(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
