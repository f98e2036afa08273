export * from './generated/events.js';
export {
  inboundKinds,
  inboundMessageList,
  inboundMessageQuery,
  inboundMessageResponse,
} from './inbound-api.js';
export {
  optOutHows,
  optOutList,
  optOutQuery,
  optOutRequest,
  optOutResponse,
  optOutScopes,
} from './opt-out-api.js';
export { schemasDir } from './schemas.js';
export {
  accountHeader,
  batchRequest,
  messageParams,
  messageQuery,
  messageResponse,
  problemResponse,
  sendRequest,
} from './send-api.js';
export {
  brandStream,
  campaignStream,
  consentStream,
  deliveryStream,
  inboundStream,
  messageStream,
  numberStream,
} from './streams.js';
export { deadLetterTopic, retryTopic, type Topic, topicOf, topics } from './topics.js';
