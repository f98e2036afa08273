/** Inbound keyword handling: what a reply asks for (opt out, opt in, help), with the sources behind it. */
export {
  type ClassifyOptions,
  type CustomKeywords,
  classifyInbound,
  type InboundClassification,
  type InboundKind,
} from './classify-inbound.js';
export { FREE_TEXT_PATTERNS } from './free-text.js';
export { STANDARD_KEYWORDS, type StandardKeyword } from './standard-keywords.js';
