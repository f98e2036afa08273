import {
  campaignContentRequest,
  campaignRequest,
  campaignUseCases as publishedUseCases,
} from '@longcode/contracts';
import { describe, expect, it } from 'vitest';
import { campaignUseCases } from './campaign/use-cases.js';

/**
 * Registration checks its requests with the schemas the gateway publishes (contracts); the use cases they
 * take are the ones registration keeps (its throughput module's list, without the special use cases).
 */
describe('Registration > the schemas the gateway publishes', () => {
  it('name the use cases registration keeps, for a campaign and its sub use cases', () => {
    expect([...publishedUseCases].sort()).toEqual([...campaignUseCases].sort());
    expect([...campaignRequest.properties.useCase.enum].sort()).toEqual([...campaignUseCases].sort());
    expect([...campaignContentRequest.properties.subUseCases.items.enum].sort()).toEqual(
      [...campaignUseCases].sort(),
    );
  });
});
