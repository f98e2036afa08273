import { describe, expect, it } from 'vitest';
import { silentLogger } from './logger.js';
import type { Batch } from './port.js';
import { deliverUntilHandled, type RedeliveryContext } from './redelivery.js';

const batch: Batch = { topic: 't', partition: 0, messages: [] };
const control = { heartbeat: async () => {}, isRunning: () => true };

function context(overrides: Partial<RedeliveryContext> = {}): RedeliveryContext {
  return {
    signal: new AbortController().signal,
    logger: silentLogger(),
    keepAlive: async () => true,
    backoff: { initialMs: 1, maxMs: 5 },
    ...overrides,
  };
}

describe('deliverUntilHandled', () => {
  it('hands the same batch again after a failure until it is handled', async () => {
    const seen: Batch[] = [];
    const handled = await deliverUntilHandled(
      async (given) => {
        seen.push(given);
        if (seen.length < 3) throw new Error('not yet');
      },
      batch,
      control,
      context(),
    );
    expect(handled).toBe(true);
    expect(seen).toEqual([batch, batch, batch]);
  });

  describe('when the consumer stops during the backoff', () => {
    it('gives up without handling the batch', async () => {
      const stopping = new AbortController();
      const failing = async () => {
        stopping.abort();
        throw new Error('fails');
      };
      const handled = await deliverUntilHandled(
        failing,
        batch,
        control,
        context({ signal: stopping.signal }),
      );
      expect(handled).toBe(false);
    });
  });

  describe('when the partition is revoked during the backoff', () => {
    it('gives up without handling the batch', async () => {
      let attempts = 0;
      const failing = async () => {
        attempts += 1;
        throw new Error('fails');
      };
      const handled = await deliverUntilHandled(
        failing,
        batch,
        control,
        context({ keepAlive: async () => false }),
      );
      expect({ handled, attempts }).toEqual({ handled: false, attempts: 1 });
    });
  });
});
