import { ValidationError } from '@longcode/kit';

/** A US long code in E.164: +1, then an area code and an exchange that start 2-9. */
const usE164 = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

/**
 * The number as E.164. Accepts what people paste (`+1 (212) 555-0123`, `12125550123`, `2125550123`, a
 * URL-decoded path without its `+`) and refuses the rest naming the field.
 */
export function parseUsNumber(field: string, value: string): string {
  const digits = value.replace(/[\s().-]/g, '');
  const candidate = /^\d{10}$/.test(digits)
    ? `+1${digits}`
    : /^1\d{10}$/.test(digits)
      ? `+${digits}`
      : digits;
  if (!usE164.test(candidate)) {
    throw new ValidationError([{ field, message: 'must be a US long code in E.164, like +12125550123' }]);
  }
  return candidate;
}
