import type { Logger } from '@longcode/kit';
import { createDispatcher } from './dispatcher.js';
import { newId } from './ids.js';
import type { InboundRecord } from './inbound.js';
import type { MessageOutcome } from './outcomes.js';
import type { OutboundRecord, WebhookReport } from './record.js';
import { createScheduler, type Timed } from './scheduler.js';
import type { MessageStore } from './store.js';
import type { Notice, Wire, WireName } from './wires.js';

export interface ReceiptsDeps {
  /** Each API's side: a record's events are told in the format of the API it came through. */
  wires: Record<WireName, Wire>;
  store: MessageStore;
  logger: Logger;
  /** SIM_WEBHOOK_CONCURRENCY. */
  concurrency: number;
  /** A monotonic clock (ms) for the schedule; the payloads' times are the record's. */
  clockMs: () => number;
  /** SIM_MESSAGE_SENT_DELAY_MS, then SIM_MESSAGE_DELIVERY_DELAY_MS after it. */
  delays: { sentMs: number; deliveryMs: number };
}

/**
 * One event of one message: scheduled, then queued for delivery once per copy (the second copy is the
 * duplicate). It is all a waiting delivery holds: its id is drawn and the event built when the first
 * delivery starts.
 */
type Due = (
  | { type: 'message.sent' | 'message.finalized'; record: OutboundRecord }
  | { type: 'message.received'; record: InboundRecord }
) & { eventId: string | null; copies: number; started: number } & Timed;

/**
 * The carrier side of accepted messages: `message.sent` after the sent delay, `message.finalized` after
 * the delivery delay, each queued for the bounded dispatcher and delivered (signed, retried) by the wire
 * of the API the message came through. The outcome decided at acceptance says which event comes twice
 * and whether finalized overtakes sent.
 */
export function createReceipts({ wires, store, logger, concurrency, clockMs, delays }: ReceiptsDeps) {
  const dispatcher = createDispatcher<Due>({ concurrency, deliver, weigh, logger });
  const onError = (error: unknown) => logger.error({ err: error }, 'message receipt failed');
  const scheduler = createScheduler<Due>({ clockMs, run: due, onError });

  function due(item: Due): void {
    if (item.type !== 'message.received') advance(item.record, item.type);
    if (item.record.webhookUrl === null) return;
    for (let copy = 0; copy < item.copies; copy += 1) {
      if (!dispatcher.run(item)) store.dropped();
    }
  }

  async function deliver(item: Due): Promise<void> {
    item.started += 1;
    const duplicate = item.started > 1;
    item.eventId ??= newId();
    const eventId = item.eventId;
    const { record } = item;
    const notice: Notice =
      item.type === 'message.received'
        ? { type: item.type, record: item.record, eventId }
        : { type: item.type, record: item.record, eventId };
    const delivery = await wires[record.wire].notify(notice);
    const report: WebhookReport = { event: item.type, eventId, duplicate, ...delivery };
    record.webhooks.push(report);
    store.delivered(report);
  }

  return {
    /** Schedules the accepted message's receipts, as its outcome says. */
    schedule(record: OutboundRecord, outcome: MessageOutcome): void {
      const sentDue = clockMs() + delays.sentMs;
      const finalDue = sentDue + delays.deliveryMs;
      const due = (type: 'message.sent' | 'message.finalized', twice: boolean): Due => ({
        type,
        record,
        eventId: null,
        copies: twice ? 2 : 1,
        started: 0,
        dueAt: 0,
        order: 0,
      });
      scheduler.at(outcome.reordered ? finalDue : sentDue, due('message.sent', outcome.duplicateSent));
      scheduler.at(
        outcome.reordered ? sentDue : finalDue,
        due('message.finalized', outcome.duplicateFinalized),
      );
    },
    /** Queues `message.received` for an injected inbound message, now. */
    received(record: InboundRecord): void {
      due({
        type: 'message.received',
        record,
        eventId: record.eventId,
        copies: 1,
        started: 0,
        dueAt: 0,
        order: 0,
      });
    },
    /** A send was served: deliveries give way to sends for a while. */
    busy: () => dispatcher.busy(),
    /** Whether the webhooks waiting fill their queue: a message taken now might lose its receipts. */
    saturated: () => dispatcher.full(),
    close(): void {
      scheduler.close();
      dispatcher.close();
    },
  };
}

export type Receipts = ReturnType<typeof createReceipts>;

/** The message's status as the carrier moves it on; a late `sent` never undoes a final status. */
function advance(record: OutboundRecord, type: 'message.sent' | 'message.finalized'): void {
  if (type === 'message.finalized') record.status = record.failure ? 'delivery_failed' : 'delivered';
  else if (record.status === 'queued') record.status = 'sent';
}

/**
 * About what a waiting delivery keeps alive. A message waiting with its two events holds some 700 bytes
 * (measured, with an 85-character text); each of its deliveries counts 450 bytes and its text twice (as
 * if two-byte): about twice the real figure, on purpose.
 */
function weigh({ record }: Due): number {
  return 450 + 2 * record.text.length + 100 * record.media.length;
}
