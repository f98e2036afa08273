// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).
import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'simulator',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'simulator' });

const { buildApp } = await import('./app.js');
const { signingKeyFrom } = await import('./signing.js');

const signingKey = signingKeyFrom(config.SIM_SIGNING_PRIVATE_KEY);
const app = buildApp({ logger, config, signingKey });

onShutdown({
  logger,
  timeoutMs: 5_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
logger.info(
  {
    publicKey: signingKey.publicKeyBase64,
    keySource: config.SIM_SIGNING_PRIVATE_KEY ? 'SIM_SIGNING_PRIVATE_KEY' : 'generated for this run',
    fallbackWebhookUrl: config.SIM_WEBHOOK_URL,
  },
  'simulating Telnyx (10DLC registration, numbers and messaging) at /v2; webhook public key (base64) is also at GET /simulator/public-key',
);
logger.info(
  { accountSid: config.SIM_TWILIO_ACCOUNT_SID, inboundUrl: config.SIM_TWILIO_INBOUND_URL },
  "simulating Twilio's Programmable Messaging at /2010-04-01 (HTTP Basic: the account SID and SIM_TWILIO_AUTH_TOKEN)",
);
