import type { SendableSender } from '@longcode/sendable';
import { describe, expect, it } from 'vitest';
import { chooseSender } from './choose.js';

const sender = (phoneNumber: string, region: string): SendableSender => ({
  phoneNumber,
  campaignId: 'campaign-1',
  areaCode: phoneNumber.slice(2, 5),
  region,
});
const pool = [
  sender('+12125550100', 'NY'),
  sender('+15185550100', 'NY'),
  sender('+13055550100', 'FL'),
  sender('+14155550100', 'CA'),
  sender('+14155550101', 'CA'),
];

describe('Sender choice', () => {
  it('keeps the number that texted the recipient before, while it is still in the pool', () => {
    expect(chooseSender(pool, '+12125559999', '+13055550100')?.phoneNumber).toBe('+13055550100');
    expect(chooseSender(pool, '+13055559999', '+19995550100')?.areaCode).toBe('305');
  });
  it("prefers a number in the recipient's area code", () => {
    expect(chooseSender(pool, '+13055559999', null)?.phoneNumber).toBe('+13055550100');
    expect(['+14155550100', '+14155550101']).toContain(chooseSender(pool, '+14155559999', null)?.phoneNumber);
  });
  it("else a number in the recipient's state", () => {
    expect(chooseSender(pool, '+16465559999', null)?.region).toBe('NY'); // 646: Manhattan overlay
    expect(chooseSender(pool, '+17865559999', null)?.phoneNumber).toBe('+13055550100'); // 786: Miami
  });
  it('else spreads recipients over the pool, each always on the same number', () => {
    const recipients = Array.from({ length: 200 }, (_, i) => `+1312555${String(i).padStart(4, '0')}`);
    const chosen = recipients.map((to) => chooseSender(pool, to, null)?.phoneNumber);
    expect(new Set(chosen).size).toBe(pool.length);
    expect(recipients.map((to) => chooseSender(pool, to, null)?.phoneNumber)).toEqual(chosen);
  });
  it('has nothing to offer from an empty pool', () => {
    expect(chooseSender([], '+12125559999', null)).toBeUndefined();
  });
});
