import type { TelnyxMessagingError } from './wire.js';

/** Telnyx's `errors` array when the body has one (an error answer, or a message's `errors`). */
export function errorsOf(body: unknown): TelnyxMessagingError[] {
  if (typeof body !== 'object' || body === null) return [];
  const { errors } = body as { errors?: unknown };
  return Array.isArray(errors) ? errors.filter((e) => typeof e === 'object' && e !== null) : [];
}

/** The first error's code as a string (Telnyx documents it as a string, and some answers send a number). */
export function codeOf(errors: TelnyxMessagingError[]): string | null {
  const code = errors[0]?.code;
  return code === undefined || code === null || code === '' ? null : String(code);
}

/** The errors in one line, without their codes: `Invalid 'to' address: Source and … (/to)`. */
export function describeErrors(errors: TelnyxMessagingError[]): string | null {
  const parts = errors
    .map((e) => {
      const text = [e.title, e.detail].filter((part) => typeof part === 'string' && part !== '').join(': ');
      const pointer = e.source?.pointer ? ` (${e.source.pointer})` : '';
      return text === '' ? '' : `${text}${pointer}`;
    })
    .filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join('; ');
}
