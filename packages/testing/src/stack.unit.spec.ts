import { describe, expect, it } from 'vitest';
import { localStackDefaults, stackFromEnv } from './stack.js';

describe('Test stack > from the environment', () => {
  it('uses the local stack when nothing is set', () => {
    expect(stackFromEnv({})).toEqual(localStackDefaults);
  });
  it('takes the same variables the services read', () => {
    const stack = stackFromEnv({
      KAFKA_BROKERS: 'a:1, b:2',
      MYSQL_URL: 'mysql://u:p@h:1',
      REDIS_URL: 'redis://r:2',
    });
    expect(stack.kafkaBrokers).toEqual(['a:1', 'b:2']);
    expect(stack.mysqlUrl).toBe('mysql://u:p@h:1');
    expect(stack.redisUrl).toBe('redis://r:2');
  });
});
