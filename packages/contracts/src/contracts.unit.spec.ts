import { fileURLToPath } from 'node:url';
import { runCodegen } from '@longcode/avro';
import { describe, expect, it } from 'vitest';
import {
  brandStream,
  deadLetterTopic,
  eventTypes,
  retryTopic,
  schemasDir,
  topicOf,
  topics,
} from './index.js';

describe('contracts', () => {
  it('routes every event type to a declared topic', () => {
    const declared: string[] = Object.values(topics);
    for (const type of eventTypes) expect(declared).toContain(topicOf(type));
    expect(topicOf('longcode.registration.BrandCreated')).toBe('registration.brand.v1');
  });

  it('names the retry and dead-letter topics of a consumer group', () => {
    expect(retryTopic('dispatch.campaigns')).toBe('dispatch.campaigns.retry.v1');
    expect(deadLetterTopic('dispatch.campaigns')).toBe('dispatch.campaigns.dlq.v1');
  });

  it('makes stream ids per aggregate', () => {
    expect(brandStream('b-42')).toBe('brand-b-42');
  });

  describe('generated/events.ts', () => {
    it('is up to date with the schemas', async () => {
      const outFile = fileURLToPath(new URL('./generated/events.ts', import.meta.url));
      expect(await runCodegen({ schemasDir, outFile, check: true })).toMatchObject({ ok: true });
    });
  });
});
