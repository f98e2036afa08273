import { accountHeader } from '@longcode/contracts';
import { NotFoundError } from '@longcode/kit';
import { sendableCampaign } from '@longcode/sendable';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import { type CampaignSettings, defaultSettings, saveSettings, settingsOf } from './settings.js';

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const settingsBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    smartEncoding: { type: 'boolean' },
    quietHours: {
      type: ['object', 'null'],
      required: ['start', 'end'],
      additionalProperties: false,
      properties: {
        start: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
        end: { type: 'string', pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' },
      },
    },
    maxAttempts: { type: ['integer', 'null'], minimum: 1, maximum: 10 },
  },
} as const;

interface SettingsBody {
  smartEncoding?: boolean;
  quietHours?: { start: string; end: string } | null;
  maxAttempts?: number | null;
}

const toResponse = (campaignId: string, s: CampaignSettings) => ({
  campaignId,
  smartEncoding: s.smartEncoding,
  quietHours: s.window ? { start: hhmm(s.window.startMinute), end: hhmm(s.window.endMinute) } : null,
  maxAttempts: s.maxAttempts,
});

/** A campaign's sending settings: smart encoding, its own quiet-hours window, how many attempts. */
export function settingsRoutes({ db }: { db: Knex }) {
  return async (app: FastifyInstance) => {
    app.put<{ Params: { campaignId: string }; Body: SettingsBody }>(
      '/campaigns/:campaignId/settings',
      { schema: { body: settingsBody, headers: accountHeader } },
      async (request) => {
        const { campaignId } = request.params;
        const accountId = request.headers['x-account-id'] as string;
        const campaign = await sendableCampaign(db, campaignId);
        if (!campaign || campaign.accountId !== accountId) {
          throw new NotFoundError(
            'CAMPAIGN_NOT_SENDABLE',
            `Campaign ${campaignId} may not send (unknown, not approved, suspended or expired)`,
          );
        }
        const current = (await settingsOf(db, [campaignId])).get(campaignId) ?? defaultSettings;
        const { quietHours } = request.body;
        const next: CampaignSettings = {
          smartEncoding: request.body.smartEncoding ?? current.smartEncoding,
          window:
            quietHours === undefined
              ? current.window
              : quietHours === null
                ? null
                : { startMinute: minuteOf(quietHours.start), endMinute: minuteOf(quietHours.end) },
          maxAttempts:
            request.body.maxAttempts === undefined ? current.maxAttempts : request.body.maxAttempts,
        };
        await saveSettings(db, campaignId, accountId, next);
        return toResponse(campaignId, next);
      },
    );
  };
}
