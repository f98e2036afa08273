import { describe, expect, it } from 'vitest';
import { fixture, reminder, telnyxAnswering } from './spec-support.js';

const accepted = { status: 200, body: fixture('send.response.json') };

describe('Telnyx messaging > send', () => {
  describe('the request', () => {
    it('posts the message to /v2/messages with the Bearer key, as Telnyx documents it', async () => {
      const { provider, calls } = telnyxAnswering(accepted);
      await provider.send(reminder);
      expect(calls).toHaveLength(1);
      const [call] = calls;
      expect(call?.url).toBe('https://api.telnyx.com/v2/messages');
      expect(call?.method).toBe('POST');
      expect(call?.headers.get('authorization')).toBe('Bearer KEY0123');
      expect(call?.headers.get('content-type')).toBe('application/json');
      expect(call?.headers.get('accept')).toBe('application/json');
      expect(call?.body).toEqual(fixture('send.request.json'));
    });

    it('does not follow redirects (fetch would turn a redirected POST into a GET)', async () => {
      const { provider, calls } = telnyxAnswering(accepted);
      await provider.send(reminder);
      expect(calls[0]?.redirect).toBe('manual');
    });

    it('sends an MMS with its media_urls, and no webhook_url or profile when there is none', async () => {
      const { provider, calls } = telnyxAnswering(accepted, { messagingProfileId: undefined });
      await provider.send({
        ...reminder,
        text: 'Acme Dental: here is the map to our new office.',
        mediaUrls: ['https://media.longcode.example/acme/map.png'],
        statusCallbackUrl: null,
      });
      expect(calls[0]?.body).toEqual(fixture('send.request-mms.json'));
    });

    it('leaves the text out of a media-only MMS (Telnyx wants it non-empty when present)', async () => {
      const { provider, calls } = telnyxAnswering(accepted);
      await provider.send({ ...reminder, text: '', mediaUrls: ['https://media.longcode.example/a.png'] });
      expect(calls[0]?.body).not.toHaveProperty('text');
    });

    it("accepts Telnyx's API root, with its /v2, as the base URL", async () => {
      const { provider, calls } = telnyxAnswering(accepted, { baseUrl: 'http://127.0.0.1:4090/v2/' });
      await provider.send(reminder);
      expect(calls[0]?.url).toBe('http://127.0.0.1:4090/v2/messages');
    });

    it('refuses a base URL that is not one when it is created, not at the first send', () => {
      expect(() => telnyxAnswering(accepted, { baseUrl: 'api.telnyx.com' })).toThrow(TypeError);
    });
  });
});
