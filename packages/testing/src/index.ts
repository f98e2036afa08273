export { type CarriedMessage, carriedMessagesTo, freshRecipients, personTexts } from './carrier.js';
export { createTestDatabase, uniqueName } from './databases.js';
export { approvedThroughput, consumedEvent, type TestEvent } from './events.js';
export { callGateway, type GatewayAnswer, openAccount } from './gateway.js';
export { type Answer, callAs, campaignContent, partnerJourney } from './journey.js';
export { bringLocalStackUp, crashLocalStackPart, localStackPid, type StackPart } from './local-stack.js';
export { type ReceivedSpan, startOtlpReceiver } from './otlp-receiver.js';
export { type Platform, startPlatform, webhookKeys } from './platform.js';
export {
  freePort,
  type RunningService,
  runServiceToExit,
  serviceNodeOptions,
  startService,
} from './service-process.js';
export {
  dockerEngineAvailable,
  type Env,
  localStackDefaults,
  stackFromEnv,
  type TestStack,
} from './stack.js';
export { eventually } from './wait.js';
