import { describe, expect, it } from 'vitest';
import { SchemaLoadError } from '../errors.js';
import { recordFile, schemaFile } from '../fixtures.js';
import { parseSchemas } from './parse.js';

const money = recordFile('common', 'Money', [
  { name: 'amountMicros', type: 'long' },
  { name: 'currency', type: 'string' },
]);

const errorOf = (run: () => unknown): SchemaLoadError => {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaLoadError) return error;
    throw error;
  }
  throw new Error('expected a SchemaLoadError');
};

describe('parseSchemas', () => {
  it('returns full name, record name, service and file of each schema', () => {
    const [loaded] = parseSchemas([
      recordFile('registration', 'BrandCreated', [{ name: 'brandId', type: 'string' }]),
    ]);
    expect(loaded).toMatchObject({
      fullName: 'longcode.registration.BrandCreated',
      name: 'BrandCreated',
      service: 'registration',
      file: 'schemas/registration/BrandCreated.avsc',
    });
    expect(loaded?.schema.isValid({ brandId: 'b-1' })).toBe(true);
  });

  it('accepts the timestamp-millis and uuid logical types', () => {
    const fields = [
      { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
    ];
    expect(parseSchemas([recordFile('dispatch', 'MessageQueued', fields)])).toHaveLength(1);
  });

  describe('when a schema uses a shared type by full name', () => {
    const charged = recordFile('billing', 'Charged', [{ name: 'amount', type: 'longcode.common.Money' }]);

    it('resolves it whatever the file order', () => {
      const loaded = parseSchemas([charged, money]);
      expect(loaded.map((s) => s.fullName)).toEqual(['longcode.billing.Charged', 'longcode.common.Money']);
      const chargedType = loaded[0]?.schema;
      expect(chargedType?.isValid({ amount: { amountMicros: 5, currency: 'USD' } })).toBe(true);
    });

    it('names the file and the type when the shared type is missing', () => {
      const error = errorOf(() => parseSchemas([charged]));
      expect(error.file).toBe('schemas/billing/Charged.avsc');
      expect(error.message).toContain('longcode.common.Money');
    });
  });

  describe('refuses, naming the file,', () => {
    it('invalid JSON', () => {
      const file = { file: 'schemas/registration/Bad.avsc', service: 'registration', text: '{ nope' };
      expect(errorOf(() => parseSchemas([file])).message).toMatch(
        /^schemas\/registration\/Bad\.avsc: invalid JSON/,
      );
    });

    it('a record whose name is not the file name', () => {
      const file = schemaFile('registration', 'BrandCreated', {
        type: 'record',
        name: 'BrandMade',
        namespace: 'longcode.registration',
        fields: [],
      });
      expect(errorOf(() => parseSchemas([file])).message).toBe(
        'schemas/registration/BrandCreated.avsc: record name "BrandMade" must equal the file name "BrandCreated"',
      );
    });

    it('a namespace other than longcode.<service>', () => {
      const file = schemaFile('registration', 'BrandCreated', {
        type: 'record',
        name: 'BrandCreated',
        namespace: 'longcode.dispatch',
        fields: [],
      });
      expect(errorOf(() => parseSchemas([file])).message).toContain(
        'namespace "longcode.dispatch" must be "longcode.registration"',
      );
    });

    it('a top-level type that is not a record', () => {
      const file = schemaFile('registration', 'Status', { type: 'enum', name: 'Status', symbols: ['A'] });
      expect(errorOf(() => parseSchemas([file])).message).toContain('top-level type must be a record');
    });

    it('a logical type other than timestamp-millis and uuid', () => {
      const fields = [{ name: 'price', type: { type: 'bytes', logicalType: 'decimal', precision: 9 } }];
      expect(errorOf(() => parseSchemas([recordFile('billing', 'Priced', fields)])).message).toContain(
        'logical type "decimal" is not supported',
      );
    });

    it('invalid Avro', () => {
      const fields = [{ name: 'when', type: 'date-time' }];
      expect(errorOf(() => parseSchemas([recordFile('billing', 'Late', fields)])).file).toBe(
        'schemas/billing/Late.avsc',
      );
    });

    it('a union that cannot be told apart without wrapping (two records)', () => {
      const a = { type: 'record', name: 'A', fields: [] };
      const b = { type: 'record', name: 'B', fields: [] };
      const fields = [{ name: 'either', type: [a, b] }];
      expect(errorOf(() => parseSchemas([recordFile('billing', 'Either', fields)])).message).toContain(
        'ambiguous unwrapped union',
      );
    });

    it('two files defining the same type', () => {
      const copy = { ...money, file: 'schemas/common/Money2.avsc' };
      expect(() => parseSchemas([money, copy])).toThrow(SchemaLoadError);
    });
  });
});
