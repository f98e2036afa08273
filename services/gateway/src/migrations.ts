import { accountsMigration } from './accounts/store.js';
import { callbacksMigration, deliveriesByAgeMigration } from './callbacks/store.js';
import { subscriptionsMigration } from './callbacks/subscriptions-store.js';
import { idempotencyByCredentialMigration, idempotencyMigration } from './idempotency/store.js';
import { apiKeysMigration } from './keys/store.js';
import {
  endedSessionsMigration,
  loginThrottleIdleMigration,
  sessionsSeenMigration,
  usersMigration,
} from './users/migration.js';

/** The gateway database's tables, in order. */
export const gatewayMigrations = [
  accountsMigration,
  apiKeysMigration,
  idempotencyMigration,
  callbacksMigration,
  usersMigration,
  subscriptionsMigration,
  idempotencyByCredentialMigration,
  sessionsSeenMigration,
  loginThrottleIdleMigration,
  endedSessionsMigration,
  deliveriesByAgeMigration,
];
