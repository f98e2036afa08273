import { accountsMigration } from './accounts/store.js';
import { callbacksMigration } from './callbacks/store.js';
import { idempotencyMigration } from './idempotency/store.js';
import { apiKeysMigration } from './keys/store.js';

/** The gateway database's tables, in order. */
export const gatewayMigrations = [
  accountsMigration,
  apiKeysMigration,
  idempotencyMigration,
  callbacksMigration,
];
