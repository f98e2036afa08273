import { describe, expect, it } from 'vitest';
import { fromWireFormat, toWireFormat } from './wire.js';

describe('Confluent wire format', () => {
  it('is magic byte 0, the schema id big-endian, then the body', () => {
    const bytes = toWireFormat(258, Buffer.from([7, 8]));
    expect([...bytes]).toEqual([0, 0, 0, 1, 2, 7, 8]);
    expect(fromWireFormat(bytes)).toEqual({ schemaId: 258, body: Buffer.from([7, 8]) });
  });

  it('refuses bytes that are not in it', () => {
    expect(() => fromWireFormat(Buffer.from([1, 0, 0, 0, 1]))).toThrow(/magic byte 0/);
    expect(() => fromWireFormat(Buffer.from([0, 0]))).toThrow(/magic byte 0/);
  });
});
