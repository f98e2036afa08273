import { describe, expect, it } from 'vitest';
import { AvroValidationError } from '../errors.js';
import { recordFile } from '../fixtures.js';
import { parseSchemas } from '../schema/parse.js';
import { assertValid } from './validate.js';

describe('assertValid', () => {
  const [schema] = parseSchemas([
    recordFile('billing', 'Charged', [
      { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['OK'] } },
      { name: 'note', type: ['null', 'string'], default: null },
      {
        name: 'lines',
        type: {
          type: 'array',
          items: { type: 'record', name: 'Line', fields: [{ name: 'qty', type: 'int' }] },
        },
      },
    ]),
  ]);
  const type = schema?.schema;
  if (!type) throw new Error('fixture');

  it('accepts a valid value, fields with defaults left out', () => {
    expect(() => assertValid(type, { status: 'OK', lines: [{ qty: 1 }] })).not.toThrow();
  });

  it('names every invalid field path and its expected type, never the value', () => {
    const run = () => assertValid(type, { status: 'NOPE', note: 42, lines: [{ qty: 'secret' }] });
    expect(run).toThrow(AvroValidationError);
    expect(run).toThrow(
      'invalid longcode.billing.Charged: status (expected longcode.billing.Status), note (expected null | string), lines.0.qty (expected int)',
    );
    try {
      run();
    } catch (error) {
      expect((error as AvroValidationError).fields.map((f) => f.path)).toEqual([
        'status',
        'note',
        'lines.0.qty',
      ]);
      expect((error as Error).message).not.toContain('secret');
    }
  });
});
