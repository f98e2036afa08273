import { ProviderError } from '@longcode/kit';
import { carrierFromNames } from '../src/carriers.js';
import type { LineType, NumberInfo } from '../src/lookup.js';
import type { TelnyxNumberLookupResponse } from './lookup-wire.js';

/**
 * What a Number Lookup answer says of the number. The carrier is read from `normalized_carrier` first (the
 * network, when Telnyx knows it), then the carrier's `name`, then the portability record's service
 * provider; a name none of them recognises is `other`. An answer with neither a carrier nor a portability
 * record says nothing we can use: a ProviderError that asking again will not fix.
 */
export function toNumberInfo(body: unknown, asked: string): NumberInfo {
  const data = (body as TelnyxNumberLookupResponse | undefined)?.data;
  const carrier = data?.carrier ?? undefined;
  const portability = data?.portability ?? undefined;
  const name = carrier?.name || portability?.spid_carrier_name || null;
  if (!carrier?.normalized_carrier && !name) {
    throw new ProviderError(`Telnyx's number lookup of ${asked} named no carrier`, { retriable: false });
  }
  return {
    phoneNumber: data?.phone_number || asked,
    carrier: carrierFromNames(carrier?.normalized_carrier, carrier?.name, portability?.spid_carrier_name),
    carrierName: name,
    lineType: lineTypeOf(carrier?.type ?? undefined, portability?.line_type),
    ported: portability?.ported_status === 'Y' ? true : portability?.ported_status === 'N' ? false : null,
  };
}

/** Telnyx's carrier `type` (libphonenumber's names), else the portability record's (`wireless`, …). */
function lineTypeOf(type: string | undefined, portabilityType: string | undefined): LineType {
  switch (type?.toLowerCase()) {
    case 'mobile':
      return 'mobile';
    case 'fixed line':
      return 'landline';
    case 'voip':
      return 'voip';
    default:
      break;
  }
  const other = portabilityType?.toLowerCase() ?? '';
  if (/wireless|mobile/.test(other)) return 'mobile';
  if (/voip/.test(other)) return 'voip';
  if (/landline|fixed|wireline/.test(other)) return 'landline';
  return 'unknown';
}
