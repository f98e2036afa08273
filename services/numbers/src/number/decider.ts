import type { Decider } from '@longcode/eventstore';
import { decideNumber, type NumberCommand } from './decide.js';
import { evolveNumber, initialNumberState, type NumberEvent, type NumberState } from './number.js';

export const numberDecider: Decider<NumberCommand, NumberEvent, NumberState> = {
  initialState: initialNumberState,
  decide: decideNumber,
  evolve: evolveNumber,
};
