import { consentStream } from '@longcode/contracts';
import { type CommandMetadata, type EventStore, handleCommandAndProject } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { projectOptOuts } from '../opt-outs/opt-outs.js';
import type { ConsentCommand } from './decide.js';
import { consentDecider } from './decider.js';

export interface ConsentDeps {
  db: Knex;
  store: EventStore;
}

/**
 * Decides a consent command on the person's ledger and records what it decided, with the opt-out list,
 * in one transaction (the caller's, when given).
 */
export function recordConsent(
  { db, store }: ConsentDeps,
  phoneNumber: string,
  command: ConsentCommand,
  metadata: CommandMetadata,
  trx?: Knex.Transaction,
) {
  return handleCommandAndProject(
    trx ?? db,
    store,
    consentStream(phoneNumber),
    consentDecider,
    command,
    metadata,
    projectOptOuts,
    trx,
  );
}
