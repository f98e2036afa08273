import { indexMigration, type Migration } from '@longcode/eventstore';

/** Users of partner accounts, their roles on brands, their sessions, password resets, and the audit log. */
export const usersMigration: Migration = {
  name: '1504_gateway_users',
  async up(db) {
    await db.schema.createTable('users', (t) => {
      t.specificType('user_id', 'char(36)').primary();
      t.specificType('account_id', 'char(36)').notNullable();
      // Kept lower-cased: one person, one user, however the address is typed.
      t.string('email', 254).notNullable().unique('uq_users_email');
      t.string('password_hash', 255).notNullable();
      t.string('first_name', 100).notNullable();
      t.string('last_name', 100).notNullable();
      t.enum('role', ['admin', 'manager', 'user']).notNullable().defaultTo('user');
      t.boolean('is_active').notNullable().defaultTo(true);
      t.specificType('last_login_at', 'datetime(3)').nullable();
      t.specificType('password_changed_at', 'datetime(3)').notNullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('updated_at', 'datetime(3)').notNullable();
      t.index(['account_id', 'created_at'], 'ix_users_account');
    });
    // Failed logins by email (hashed), whether or not a user has it: an unknown address locks the same
    // way, so the lockout tells nobody which addresses exist. `email_hash` keys both counts of
    // users/lockout.ts: the address's, and the address's from one IP.
    await db.schema.createTable('login_throttle', (t) => {
      t.specificType('email_hash', 'char(64)').primary();
      t.integer('failed_logins').notNullable();
      t.specificType('locked_until', 'datetime(3)').nullable();
      t.specificType('updated_at', 'datetime(3)').notNullable();
    });
    await db.schema.createTable('user_brands', (t) => {
      t.specificType('user_id', 'char(36)').notNullable();
      t.string('brand_id', 64).notNullable();
      t.enum('role', ['owner', 'admin', 'member']).notNullable().defaultTo('member');
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.primary(['user_id', 'brand_id']);
    });
    await db.schema.createTable('user_sessions', (t) => {
      t.specificType('session_id', 'char(36)').primary();
      t.specificType('token_hash', 'char(64)').notNullable().unique('uq_user_sessions_token');
      t.specificType('user_id', 'char(36)').notNullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('expires_at', 'datetime(3)').notNullable();
      t.specificType('revoked_at', 'datetime(3)').nullable();
      t.string('ip', 64).nullable();
      t.string('user_agent', 255).nullable();
      t.index(['user_id'], 'ix_user_sessions_user');
    });
    await db.schema.createTable('password_resets', (t) => {
      t.specificType('token_hash', 'char(64)').primary();
      t.specificType('user_id', 'char(36)').notNullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('expires_at', 'datetime(3)').notNullable();
      t.specificType('used_at', 'datetime(3)').nullable();
      t.index(['user_id'], 'ix_password_resets_user');
    });
    await db.schema.createTable('audit_events', (t) => {
      t.bigIncrements('audit_id');
      t.specificType('account_id', 'char(36)').notNullable();
      t.string('actor', 100).notNullable();
      t.string('action', 64).notNullable();
      t.string('target', 100).nullable();
      t.json('detail').nullable();
      t.string('ip', 64).nullable();
      t.specificType('at', 'datetime(3)').notNullable();
      t.index(['account_id', 'audit_id'], 'ix_audit_events_account');
    });
  },
  async down(db) {
    for (const table of [
      'audit_events',
      'password_resets',
      'user_sessions',
      'user_brands',
      'login_throttle',
      'users',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};

/** The throttle's counts are forgotten after a day without attempts (users/throttle.ts forgetIdle). */
export const loginThrottleIdleMigration = indexMigration('1508_gateway_login_throttle_idle', [
  ['login_throttle', ['updated_at'], 'ix_login_throttle_updated'],
]);

/** Ended sessions and reset links are deleted a week after (users/sessions.ts, users/resets.ts). */
export const endedSessionsMigration = indexMigration('1509_gateway_sessions_and_resets_ended', [
  ['user_sessions', ['expires_at'], 'ix_user_sessions_expires'],
  ['password_resets', ['expires_at'], 'ix_password_resets_expires'],
]);

/** When each session was last used: sessions left unused end (an idle timeout). */
export const sessionsSeenMigration: Migration = {
  name: '1507_gateway_sessions_last_seen',
  async up(db) {
    await db.schema.alterTable('user_sessions', (t) => {
      t.specificType('last_seen_at', 'datetime(3)').nullable();
    });
    await db('user_sessions').update({ last_seen_at: db.ref('created_at') });
    await db.schema.alterTable('user_sessions', (t) => {
      t.specificType('last_seen_at', 'datetime(3)').notNullable().alter();
    });
  },
  async down(db) {
    await db.schema.alterTable('user_sessions', (t) => {
      t.dropColumn('last_seen_at');
    });
  },
};
