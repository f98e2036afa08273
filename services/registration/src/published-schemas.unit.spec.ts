import {
  brandEntityTypes,
  brandVerticals,
  campaignFlagNames,
  campaignUseCases as publishedUseCases,
} from '@longcode/contracts';
import { describe, expect, it } from 'vitest';
import { entityTypes, verticals } from './brand/schemas.js';
import { campaignBody } from './campaign/schemas.js';
import { campaignUseCases } from './campaign/use-cases.js';

/** The gateway publishes registration's answers from contracts: its enums are the ones registration keeps. */
describe('Registration > the schemas the gateway publishes', () => {
  it('name the same entity types, verticals, use cases and flags', () => {
    expect([...brandEntityTypes].sort()).toEqual([...entityTypes].sort());
    expect([...brandVerticals].sort()).toEqual([...verticals].sort());
    expect([...publishedUseCases].sort()).toEqual([...campaignUseCases].sort());
    expect([...campaignFlagNames].sort()).toEqual([...campaignBody.properties.flags.required].sort());
  });
});
