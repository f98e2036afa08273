/** What the event store needs from the Avro serde (implemented by @longcode/avro's registry). */
export interface EventSerde {
  encode(type: string, value: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<{ fullName: string; value: unknown }>;
}

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
