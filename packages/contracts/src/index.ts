export {
  brandEntityTypes,
  brandIdentityStatuses,
  brandRequest,
  brandResponse,
  brandResubmitRequest,
  brandStatuses,
  brandVerticals,
  rejectionReason,
} from './brand-api.js';
export {
  callbackEventTypes,
  deliveryList,
  deliveryResponse,
  deliveryStatuses,
  signingSecretResponse,
} from './callback-api.js';
export {
  campaignContentRequest,
  campaignFlagNames,
  campaignLintResponse,
  campaignRequest,
  campaignResponse,
  campaignStatuses,
  campaignUseCases,
} from './campaign-api.js';
export {
  consentAlreadyRecorded,
  consentChangeRequest,
  consentLedger,
  consentRecorded,
} from './consent-api.js';
export * from './generated/events.js';
export {
  inboundKinds,
  inboundMessageList,
  inboundMessageQuery,
  inboundMessageResponse,
} from './inbound-api.js';
export {
  assignmentStatuses,
  availableNumberList,
  availableNumberQuery,
  campaignNumberPool,
  numberAssignmentRequest,
  numberList,
  numberOrderRequest,
  numberQuery,
  numberResponse,
  numberStatuses,
  portInRequest,
} from './number-api.js';
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
  batchResponse,
  messageEventTypes,
  messageList,
  messageParams,
  messageQuery,
  messageResponse,
  messageStatuses,
  messageSummary,
  messageTimeline,
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
