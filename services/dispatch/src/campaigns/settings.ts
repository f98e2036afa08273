import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/**
 * How dispatch treats a campaign's messages, set by the partner: smart encoding (lookalike characters
 * replaced by GSM ones, to stay in 160-character segments), its own quiet-hours window, and how many
 * submissions a refused message gets.
 */
export const campaignSettingsMigration: Migration = {
  name: '1302_dispatch_campaign_settings',
  async up(db) {
    await db.schema.createTable('campaign_settings', (t) => {
      t.string('campaign_id', 64).primary();
      t.string('account_id', 64).notNullable();
      t.boolean('smart_encoding').notNullable().defaultTo(false);
      /** Minutes after local midnight; null for the law's default window. */
      t.smallint('quiet_hours_start').nullable();
      t.smallint('quiet_hours_end').nullable();
      t.tinyint('max_attempts').nullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('campaign_settings');
  },
};

export interface CampaignSettings {
  smartEncoding: boolean;
  /** The campaign's own sending window, minutes after local midnight. */
  window: { startMinute: number; endMinute: number } | null;
  maxAttempts: number | null;
}

export const defaultSettings: CampaignSettings = { smartEncoding: false, window: null, maxAttempts: null };

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toSettings = (row: any): CampaignSettings => ({
  smartEncoding: Boolean(row.smart_encoding),
  window:
    row.quiet_hours_start === null || row.quiet_hours_end === null
      ? null
      : { startMinute: row.quiet_hours_start, endMinute: row.quiet_hours_end },
  maxAttempts: row.max_attempts,
});

export async function settingsOf(
  db: Knex,
  campaignIds: readonly string[],
): Promise<Map<string, CampaignSettings>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db('campaign_settings').whereIn('campaign_id', campaignIds);
  return new Map(rows.map((row) => [row.campaign_id as string, toSettings(row)]));
}

export async function saveSettings(
  db: Knex,
  campaignId: string,
  accountId: string,
  settings: CampaignSettings,
) {
  await db('campaign_settings')
    .insert({
      campaign_id: campaignId,
      account_id: accountId,
      smart_encoding: settings.smartEncoding,
      quiet_hours_start: settings.window?.startMinute ?? null,
      quiet_hours_end: settings.window?.endMinute ?? null,
      max_attempts: settings.maxAttempts,
    })
    .onConflict('campaign_id')
    .merge();
}
