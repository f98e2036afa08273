import type { Platform } from './platform.js';

/** A message as the simulator (the carrier) received it. */
export interface CarriedMessage {
  id: string;
  provider: string;
  from: string;
  to: string;
  text: string;
  webhookUrl: string | null;
  webhooks: Array<{ event: string; delivered: boolean }>;
}

/** The messages the simulator received for this number, oldest first. */
export async function carriedMessagesTo(platform: Platform, to: string): Promise<CarriedMessage[]> {
  const response = await fetch(`${platform.simulator.url}/simulator/messages?to=${encodeURIComponent(to)}`);
  const body = (await response.json()) as { messages?: CarriedMessage[] };
  return body.messages ?? [];
}

/**
 * A person texts one of our numbers, through the simulator as a carrier would deliver it (through the
 * given provider's webhook, the simulator's default one otherwise). Throws when the simulator refuses.
 */
export async function personTexts(
  platform: Platform,
  text: { from: string; to: string; text: string; provider?: 'telnyx' | 'twilio' },
): Promise<{ webhookUrl?: string }> {
  const response = await fetch(`${platform.simulator.url}/simulator/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(text),
  });
  if (!response.ok)
    throw new Error(`the simulator refused the text: ${response.status} ${await response.text()}`);
  return (await response.json()) as { webhookUrl?: string };
}

/**
 * Numbers in an area code that nobody texted yet, one per call, from a random point past `start` (so
 * specs with different starts, and runs of one spec, do not meet).
 */
export function freshRecipients(areaCode: string, start: number): () => string {
  let line = start + Math.floor(Math.random() * 800);
  return () =>
    `+1${areaCode}${String(200 + (line++ % 700)).padStart(3, '0')}${String(1000 + line).slice(-4)}`;
}
