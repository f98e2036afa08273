import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapturedLogger } from './log-capture.js';
import { startTelemetry, type Telemetry } from './telemetry.js';

describe('createLogger', () => {
  let telemetry: Telemetry;
  beforeAll(() => {
    telemetry = startTelemetry({ serviceName: 'receipts' });
  });
  afterAll(() => telemetry.shutdown());

  describe('outside any span', () => {
    it('writes JSON lines carrying the service and no trace fields', () => {
      const { logger, lines } = createCapturedLogger('receipts');
      logger.info({ provider: 'telnyx' }, 'webhook stored');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 'info',
        service: 'receipts',
        provider: 'telnyx',
        msg: 'webhook stored',
      });
      expect(lines[0]).not.toHaveProperty('trace_id');
    });
  });

  describe('inside an active span', () => {
    it("adds the span's trace_id and span_id, child loggers included", () => {
      const { logger, lines } = createCapturedLogger('receipts');
      const ids = trace.getTracer('test').startActiveSpan('normalise', (span) => {
        logger.info('normalising');
        logger.child({ receipt: 'r1' }).warn('late receipt');
        span.end();
        return span.spanContext();
      });
      for (const line of lines) {
        expect(line).toMatchObject({ service: 'receipts', trace_id: ids.traceId, span_id: ids.spanId });
      }
      expect(lines).toHaveLength(2);
    });
  });

  describe('below its level', () => {
    it('writes nothing', () => {
      const { logger, lines } = createCapturedLogger('receipts');
      logger.debug('noise');
      expect(lines).toEqual([]);
    });
  });
});
