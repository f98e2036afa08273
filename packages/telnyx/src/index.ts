/** Telnyx's API as every Telnyx adapter calls it (10DLC registration, numbers, messaging): the Bearer-key
 * HTTP call with its error mapping, and the Ed25519 webhook signature. */
export {
  callTelnyx,
  errorDetail,
  type Fetch,
  type TelnyxErrorBody,
  type TelnyxRequest,
  telnyxApiRoot,
} from './http.js';
export {
  publicKeyFromBase64,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyTelnyxSignature,
} from './signature.js';
