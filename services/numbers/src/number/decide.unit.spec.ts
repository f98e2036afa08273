import { describe, expect, it } from 'vitest';
import {
  activate,
  assigned,
  confirm,
  failAssignment,
  failOrder,
  given,
  orderFailed,
  orderId,
  owned,
  phoneNumber,
  placed,
  refusal,
  reinstate,
  release,
  requestAssignment,
  requestPortIn,
  reserve,
  suspend,
  unassign,
} from './decide.fixture.js';
import { decideNumber } from './decide.js';
import { type ExistingNumber, initialNumberState, type NumberState, statusOf } from './number.js';

const status = (state: NumberState) => statusOf(state as ExistingNumber);
const types = (command: Parameters<typeof decideNumber>[0], state: NumberState) =>
  decideNumber(command, state).map((e) => e.type.replace('longcode.numbers.', ''));

describe('Number > ordering', () => {
  it('reserves a number nobody holds; it is RESERVED until the provider completes the order', () => {
    expect(types(reserve(), initialNumberState)).toEqual(['NumberReserved']);
    expect(given(reserve())).toMatchObject({
      accountId: 'acct-1',
      areaCode: '212',
      region: 'NY',
      assignment: null,
    });
    expect(status(given(reserve()))).toBe('RESERVED');
    expect(status(given(reserve(), placed()))).toBe('RESERVED');
  });
  it('records the provider order once (a redelivered placement changes nothing)', () => {
    expect(given(reserve(), placed())).toMatchObject({ providerOrderId: 'tx-order-1' });
    expect(decideNumber(placed(), given(reserve(), placed()))).toEqual([]);
  });
  it('makes the number AVAILABLE when the order completes, with the provider number id', () => {
    expect(status(owned())).toBe('AVAILABLE');
    expect(owned()).toMatchObject({ providerNumberId: 'tx-number-1', lifecycle: 'OWNED' });
  });
  it.each([
    ['fails after it was placed', () => given(reserve(), placed(), orderFailed())],
    ['is refused outright', () => given(reserve(), failOrder())],
  ])('marks an order that %s RELEASED with the reason: the account never owned it', (_case, state) => {
    expect(status(state())).toBe('RELEASED');
    expect(state()).toMatchObject({ releaseReason: 'Number no longer available' });
  });
  it('records placement and completion together when the provider completes the order at once', () => {
    expect(types(activate(), given(reserve()))).toEqual(['NumberOrderPlaced', 'NumberActivated']);
  });
  it('ignores outcomes of another order, and outcomes arriving after the order completed', () => {
    expect(decideNumber(activate('order-2'), given(reserve()))).toEqual([]);
    expect(decideNumber(failOrder(), owned())).toEqual([]);
    expect(decideNumber(activate(), owned())).toEqual([]);
  });
  it.each([
    ['reserved', () => given(reserve())],
    ['owned', owned],
    ['assigned', assigned],
  ])('refuses to reserve a number that is %s with NUMBER_NOT_AVAILABLE (409)', (_case, state) => {
    expect(refusal(reserve(), state())).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE', status: 409 });
  });
  it('lets a released number be reserved again, as a new order', () => {
    const state = given(reserve(), placed(), activate(), release(), reserve());
    expect(status(state)).toBe('RESERVED');
    expect(state).toMatchObject({ providerOrderId: null, providerNumberId: null, orderId });
  });
});

describe('Number > assignment to a campaign', () => {
  it('requests the link to an approved campaign: ASSIGNED, the assignment PENDING', () => {
    const state = given(reserve(), placed(), activate(), requestAssignment());
    expect(status(state)).toBe('ASSIGNED');
    expect(state).toMatchObject({
      assignment: { campaignId: 'campaign-1', status: 'PENDING', registryCampaignId: 'CABC123' },
    });
  });
  it("confirms it when the carriers provisioned it, with the number's area code for sender matching", () => {
    const pending = given(reserve(), placed(), activate(), requestAssignment());
    expect(decideNumber(confirm(), pending)).toEqual([
      {
        type: 'longcode.numbers.NumberAssigned',
        data: { phoneNumber, campaignId: 'campaign-1', areaCode: '212', region: 'NY' },
      },
    ]);
    expect(assigned()).toMatchObject({ assignment: { status: 'ASSIGNED' } });
  });
  it('frees the number when the carriers refuse, keeping why', () => {
    const state = given(reserve(), placed(), activate(), requestAssignment(), failAssignment());
    expect(status(state)).toBe('AVAILABLE');
    expect(state).toMatchObject({
      assignment: null,
      lastAssignmentFailure: {
        campaignId: 'campaign-1',
        reason: expect.stringContaining('another campaign'),
      },
    });
  });
  it('ignores a confirmation or failure about another campaign or one already settled', () => {
    expect(
      decideNumber(confirm('campaign-2'), given(reserve(), placed(), activate(), requestAssignment())),
    ).toEqual([]);
    expect(decideNumber(confirm(), assigned())).toEqual([]);
    expect(decideNumber(failAssignment(), assigned())).toEqual([]);
    expect(decideNumber(confirm(), owned())).toEqual([]);
  });
  it('accepts a repeated request for the same campaign without a second event', () => {
    expect(decideNumber(requestAssignment(), assigned())).toEqual([]);
  });
  it('refuses a second campaign with NUMBER_ALREADY_ASSIGNED (409): one number, one campaign', () => {
    expect(refusal(requestAssignment({ campaignId: 'campaign-2' }), assigned())).toMatchObject({
      code: 'NUMBER_ALREADY_ASSIGNED',
      status: 409,
      details: { campaignId: 'campaign-1' },
    });
  });
  it.each(['DRAFT', 'SUBMITTED', 'REJECTED', 'SUSPENDED', 'EXPIRED'] as const)(
    'refuses a %s campaign with CAMPAIGN_NOT_APPROVED (409)',
    (campaignStatus) => {
      expect(refusal(requestAssignment({ status: campaignStatus }), owned())).toMatchObject({
        code: 'CAMPAIGN_NOT_APPROVED',
        status: 409,
        details: { campaignStatus },
      });
    },
  );
  it("refuses another account's campaign as if it did not exist (404 CAMPAIGN_NOT_FOUND)", () => {
    expect(refusal(requestAssignment({ accountId: 'acct-2' }), owned())).toMatchObject({
      code: 'CAMPAIGN_NOT_FOUND',
      status: 404,
    });
  });
  it('refuses a number still being ordered with NUMBER_NOT_ACTIVE (409)', () => {
    expect(refusal(requestAssignment(), given(reserve()))).toMatchObject({
      code: 'NUMBER_NOT_ACTIVE',
      status: 409,
    });
  });
  it('refuses a suspended number with NUMBER_SUSPENDED (409)', () => {
    expect(refusal(requestAssignment(), given(reserve(), placed(), activate(), suspend()))).toMatchObject({
      code: 'NUMBER_SUSPENDED',
      status: 409,
    });
  });
  it.each([
    ['never held', () => initialNumberState],
    ['released', () => given(reserve(), placed(), activate(), release())],
  ])('refuses a number %s with NUMBER_NOT_FOUND (404)', (_case, state) => {
    expect(refusal(requestAssignment(), state())).toMatchObject({ code: 'NUMBER_NOT_FOUND', status: 404 });
  });
});

describe('Number > unassignment', () => {
  it('unlinks the number on request: AVAILABLE again', () => {
    expect(types(unassign(), assigned())).toEqual(['NumberUnassigned']);
    expect(status(given(reserve(), placed(), activate(), requestAssignment(), confirm(), unassign()))).toBe(
      'AVAILABLE',
    );
  });
  it('refuses a number with no campaign with NUMBER_NOT_ASSIGNED (409)', () => {
    expect(refusal(unassign(), owned())).toMatchObject({ code: 'NUMBER_NOT_ASSIGNED', status: 409 });
  });
  it("unlinks on a campaign's behalf (it expired) only if the number is still that campaign's", () => {
    expect(decideNumber(unassign('campaign-1'), assigned())).toEqual([
      {
        type: 'longcode.numbers.NumberUnassigned',
        data: { phoneNumber, campaignId: 'campaign-1', reason: 'CAMPAIGN_EXPIRED' },
      },
    ]);
    expect(decideNumber(unassign('campaign-2'), assigned())).toEqual([]);
    expect(decideNumber(unassign('campaign-1'), owned())).toEqual([]);
  });
});

describe('Number > release', () => {
  it('gives back a free number: RELEASED', () => {
    expect(types(release(), owned())).toEqual(['NumberReleased']);
    expect(status(given(reserve(), placed(), activate(), release()))).toBe('RELEASED');
  });
  it('unlinks an assigned number first, so its campaign stops sending from it', () => {
    expect(decideNumber(release(), assigned())).toEqual([
      {
        type: 'longcode.numbers.NumberUnassigned',
        data: { phoneNumber, campaignId: 'campaign-1', reason: 'RELEASED' },
      },
      { type: 'longcode.numbers.NumberReleased', data: { phoneNumber, reason: 'REQUESTED' } },
    ]);
  });
  it('refuses while the order is pending (NUMBER_NOT_ACTIVE) and once released (NUMBER_NOT_FOUND)', () => {
    expect(refusal(release(), given(reserve()))).toMatchObject({ code: 'NUMBER_NOT_ACTIVE' });
    expect(refusal(release(), given(reserve(), placed(), activate(), release()))).toMatchObject({
      code: 'NUMBER_NOT_FOUND',
    });
  });
});

describe('Number > suspension', () => {
  it('suspends an assigned number, keeping its campaign; reinstating makes it ASSIGNED again', () => {
    const suspended = given(reserve(), placed(), activate(), requestAssignment(), confirm(), suspend());
    expect(status(suspended)).toBe('SUSPENDED');
    expect(suspended).toMatchObject({
      assignment: { campaignId: 'campaign-1' },
      suspension: { reason: 'spam complaints' },
    });
    expect(
      status(given(reserve(), placed(), activate(), requestAssignment(), confirm(), suspend(), reinstate())),
    ).toBe('ASSIGNED');
  });
  it('suspends once (a repeated suspension changes nothing)', () => {
    expect(decideNumber(suspend(), given(reserve(), placed(), activate(), suspend()))).toEqual([]);
  });
  it('refuses to reinstate a number that is not suspended with NUMBER_NOT_SUSPENDED (409)', () => {
    expect(refusal(reinstate(), owned())).toMatchObject({ code: 'NUMBER_NOT_SUSPENDED', status: 409 });
  });
  it('refuses to suspend a number still being ordered (NUMBER_NOT_ACTIVE)', () => {
    expect(refusal(suspend(), given(reserve()))).toMatchObject({ code: 'NUMBER_NOT_ACTIVE' });
  });
});

describe('Number > port-in', () => {
  it('is PORTING while the provider moves it, with no cost known, then AVAILABLE like an ordered number', () => {
    expect(types(requestPortIn(), initialNumberState)).toEqual(['NumberPortInRequested']);
    expect(status(given(requestPortIn(), placed()))).toBe('PORTING');
    expect(given(requestPortIn())).toMatchObject({ origin: 'PORT_IN', monthlyCost: null, region: 'NY' });
    expect(status(given(requestPortIn(), placed(), activate()))).toBe('AVAILABLE');
  });
  it("is RELEASED with the losing carrier's reason when the port fails", () => {
    expect(given(requestPortIn(), placed(), orderFailed())).toMatchObject({
      lifecycle: 'RELEASED',
      releaseReason: 'Number no longer available',
    });
  });
  it('refuses a number already held (ordered or porting) with NUMBER_NOT_AVAILABLE (409)', () => {
    expect(refusal(requestPortIn(), owned())).toMatchObject({
      code: 'NUMBER_NOT_AVAILABLE',
      details: { status: 'AVAILABLE' },
    });
    expect(refusal(reserve(), given(requestPortIn()))).toMatchObject({
      code: 'NUMBER_NOT_AVAILABLE',
      details: { status: 'PORTING' },
    });
  });
  it('cannot be assigned before the port completes (NUMBER_NOT_ACTIVE)', () => {
    expect(refusal(requestAssignment(), given(requestPortIn()))).toMatchObject({ code: 'NUMBER_NOT_ACTIVE' });
  });
});
