import type { Decider } from '@longcode/eventstore';
import { decideMessage, type MessageCommand } from './decide.js';
import { evolveMessage, initialMessageState, type MessageEvent, type MessageState } from './message.js';

export const messageDecider: Decider<MessageCommand, MessageEvent, MessageState> = {
  initialState: initialMessageState,
  decide: decideMessage,
  evolve: evolveMessage,
};
