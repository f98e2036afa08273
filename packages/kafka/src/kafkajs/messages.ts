import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { Headers, IncomingMessage, OutgoingMessage } from '../port.js';

export function toKafkajsMessage(message: OutgoingMessage): Message {
  return { key: message.key, value: message.value, headers: message.headers ?? {} };
}

export function toIncomingMessage(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null ? null : message.key.toString('utf8'),
    value: message.value,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
  };
}

/** A header repeated on the wire arrives as an array; like a Map, the last value wins. */
function decodeHeaders(headers: IHeaders | undefined): Headers {
  const decoded: Headers = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw.at(-1) : raw;
    if (value !== undefined) decoded[name] = value.toString();
  }
  return decoded;
}
