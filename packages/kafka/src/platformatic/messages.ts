import type { Message, MessageToProduce } from '@platformatic/kafka';
import type { Headers, IncomingMessage, OutgoingMessage } from '../port.js';

/** Keys and headers travel as UTF-8 strings, values as raw bytes (null for a tombstone). */
export type WireMessage = Message<string, Buffer, string, string>;
export type WireOutgoing = MessageToProduce<string, Buffer | null, string, string>;

export function toWireMessage(topic: string, message: OutgoingMessage): WireOutgoing {
  return { topic, key: message.key ?? undefined, value: message.value, headers: message.headers ?? {} };
}

export function toIncomingMessage(message: WireMessage): IncomingMessage {
  return {
    topic: message.topic,
    partition: message.partition,
    offset: message.offset.toString(),
    key: message.key ?? null,
    value: message.value ?? null,
    headers: headersOf(message.headers),
    timestamp: message.timestamp.toString(),
  };
}

/** A header with a null value on the wire arrives undefined; like kafkajs' adapter, it is left out. */
function headersOf(wire: Map<string, string | undefined>): Headers {
  const headers: Headers = {};
  for (const [name, value] of wire) if (value !== undefined) headers[name] = value;
  return headers;
}
