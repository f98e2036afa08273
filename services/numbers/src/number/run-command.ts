import { numberStream } from '@longcode/contracts';
import {
  type CommandMetadata,
  type Database,
  type EventStore,
  handleCommandAndProject,
} from '@longcode/eventstore';
import type { Knex } from 'knex';
import { saveNumber } from '../inventory/inventory.js';
import type { NumberCommand } from './decide.js';
import { numberDecider } from './decider.js';
import type { NumberState } from './number.js';

export interface NumberCommandDeps {
  db: Database;
  store: EventStore;
}

export type NumberMetadata = CommandMetadata | ((state: NumberState) => CommandMetadata);

/**
 * Decides a command on a number and appends its events with the number's inventory row, in one
 * transaction (the caller's, when given: a consumer's with its inbox row, or one that took a slot).
 */
export function runNumberCommand(
  { db, store }: NumberCommandDeps,
  phoneNumber: string,
  command: NumberCommand,
  metadata: NumberMetadata,
  outer?: Knex.Transaction,
) {
  return handleCommandAndProject(
    db,
    store,
    numberStream(phoneNumber),
    numberDecider,
    command,
    metadata,
    async (trx, state, events) => {
      const last = events.at(-1);
      if (last && state.exists) await saveNumber(trx, state, last.occurredAt);
    },
    outer,
  );
}

/** Metadata for a command the service runs on its own (a provider outcome): the number's owner. */
export const onBehalfOfOwner =
  (correlationId: string, causationId: string | null = null) =>
  (state: NumberState): CommandMetadata => ({
    accountId: state.exists ? state.accountId : 'unknown',
    correlationId,
    causationId,
  });
