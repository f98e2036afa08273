/** Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian integer, then the Avro body. */
const MAGIC_BYTE = 0;
const HEADER_SIZE = 5;

export function toWireFormat(schemaId: number, body: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  header.writeUInt8(MAGIC_BYTE, 0);
  header.writeInt32BE(schemaId, 1);
  return Buffer.concat([header, body]);
}

export function fromWireFormat(buffer: Buffer): { schemaId: number; body: Buffer } {
  if (buffer.length < HEADER_SIZE || buffer.readUInt8(0) !== MAGIC_BYTE) {
    throw new Error('not a Confluent wire-format message (expected magic byte 0 and a 4-byte schema id)');
  }
  return { schemaId: buffer.readInt32BE(1), body: buffer.subarray(HEADER_SIZE) };
}
