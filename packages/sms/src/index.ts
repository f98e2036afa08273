export { type EncodedBody, type EncodeOptions, encode, type SmsEncoding } from './encode.js';
export type { Replacement } from './smart-encoding.js';
export {
  type BodyProblem,
  type BodyProblemCode,
  MAX_BODY_CHARACTERS,
  MAX_MEDIA_URLS,
  MAX_SEGMENTS,
  validateBody,
} from './validate.js';
