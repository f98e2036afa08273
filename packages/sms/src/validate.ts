import { type EncodeOptions, encode } from './encode.js';

/** Longest body accepted, in Unicode code points. */
export const MAX_BODY_CHARACTERS = 1600;
/** Most segments one body may take. */
export const MAX_SEGMENTS = 10;
/** Most media URLs one message may carry. */
export const MAX_MEDIA_URLS = 10;

export type BodyProblemCode =
  | 'BODY_EMPTY'
  | 'BODY_TOO_LONG'
  | 'BODY_TOO_MANY_SEGMENTS'
  | 'MEDIA_URL_NOT_HTTPS'
  | 'MEDIA_TOO_MANY';

export interface BodyProblem {
  code: BodyProblemCode;
  /** `body`, `mediaUrls`, or `mediaUrls[i]` for one URL. */
  field: string;
  message: string;
}

/**
 * Everything wrong with a message body and its media, in a stable order (body, then media); empty when
 * the message can be sent. Text that is only whitespace counts as no text. Segments are counted after
 * smart encoding when `options.smartEncoding` is set, as the message would be sent.
 */
export function validateBody(
  text: string | undefined,
  mediaUrls: readonly string[] = [],
  options: EncodeOptions = {},
): BodyProblem[] {
  return [...bodyProblems(text ?? '', mediaUrls.length > 0, options), ...mediaProblems(mediaUrls)];
}

function bodyProblems(text: string, hasMedia: boolean, options: EncodeOptions): BodyProblem[] {
  if (text.trim() === '') {
    return hasMedia
      ? []
      : [problem('BODY_EMPTY', 'body', 'The message needs a body or at least one media URL.')];
  }
  const problems: BodyProblem[] = [];
  const characters = Array.from(text).length;
  if (characters > MAX_BODY_CHARACTERS) {
    const message = `The body has ${characters} characters; at most ${MAX_BODY_CHARACTERS} are allowed.`;
    problems.push(problem('BODY_TOO_LONG', 'body', message));
  }
  const { segments, encoding } = encode(text, options);
  if (segments > MAX_SEGMENTS) {
    const message = `The body takes ${segments} ${encoding} segments; at most ${MAX_SEGMENTS} are allowed.`;
    problems.push(problem('BODY_TOO_MANY_SEGMENTS', 'body', message));
  }
  return problems;
}

function mediaProblems(mediaUrls: readonly string[]): BodyProblem[] {
  const problems = mediaUrls.flatMap((url, index) =>
    isAbsoluteHttpsUrl(url)
      ? []
      : [problem('MEDIA_URL_NOT_HTTPS', `mediaUrls[${index}]`, 'A media URL must be an absolute https URL.')],
  );
  if (mediaUrls.length > MAX_MEDIA_URLS) {
    const message = `The message has ${mediaUrls.length} media URLs; at most ${MAX_MEDIA_URLS} are allowed.`;
    problems.push(problem('MEDIA_TOO_MANY', 'mediaUrls', message));
  }
  return problems;
}

/**
 * `https://` written out (not `https:host`, which URL parsing would forgive), a host, no surrounding
 * whitespace (which URL parsing would silently trim).
 */
function isAbsoluteHttpsUrl(url: string): boolean {
  if (url.trim() !== url || !/^https:\/\/[^/]/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

function problem(code: BodyProblemCode, field: string, message: string): BodyProblem {
  return { code, field, message };
}
