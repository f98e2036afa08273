import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AvroValidationError, SchemaRegistryError } from '../errors.js';
import { recordFile } from '../fixtures.js';
import { parseSchemas } from '../schema/parse.js';
import { createSchemaRegistry } from './create.js';

// The real registry: the local stack's, or the one the vitest global setup started (it sets this variable).
const url = process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7';

/** A fresh service name, so every test has its own subjects. */
const uniqueService = () => `it${randomBytes(5).toString('hex')}`;

const entityType = { type: 'enum', name: 'BrandEntityType', symbols: ['PRIVATE_PROFIT', 'NON_PROFIT'] };
const v1Fields = [
  { name: 'brandId', type: 'string' },
  { name: 'entityType', type: entityType },
  { name: 'ein', type: ['null', 'string'], default: null },
];
const withWebsite = [...v1Fields, { name: 'website', type: ['null', 'string'], default: null }];
const brand = (service: string, fields: unknown[] = v1Fields) =>
  parseSchemas([recordFile(service, 'BrandCreated', fields)]);
const value = { brandId: 'b-1', entityType: 'NON_PROFIT', ein: '12-3456789' };

describe('SchemaRegistry (real registry)', () => {
  describe('when an event is registered', () => {
    it('round-trips a value through the Confluent wire format with the registered id', async () => {
      const service = uniqueService();
      const fullName = `longcode.${service}.BrandCreated`;
      const registry = createSchemaRegistry({ url });
      const ids = await registry.registerAll(brand(service));
      const bytes = await registry.encode(fullName, value);
      expect(bytes[0]).toBe(0);
      expect(bytes.readInt32BE(1)).toBe(ids[fullName]);
      expect(await registry.decode(bytes)).toEqual({ fullName, value });
    });

    it('sets the subject to FULL_TRANSITIVE, and registering again gives the same id', async () => {
      const service = uniqueService();
      const fullName = `longcode.${service}.BrandCreated`;
      const first = await createSchemaRegistry({ url }).registerAll(brand(service));
      const again = await createSchemaRegistry({ url }).registerAll(brand(service));
      expect(again).toEqual(first);
      const config = await fetch(`${url}/config/${fullName}`).then((response) => response.json());
      expect(config).toEqual({ compatibilityLevel: 'FULL_TRANSITIVE' });
    });

    it('lets a process that only knows the schemas encode and decode', async () => {
      const service = uniqueService();
      const fullName = `longcode.${service}.BrandCreated`;
      const ids = await createSchemaRegistry({ url }).registerAll(brand(service));
      const producer = createSchemaRegistry({ url, schemas: brand(service) });
      const bytes = await producer.encode(fullName, value);
      expect(bytes.readInt32BE(1)).toBe(ids[fullName]);
      expect(await createSchemaRegistry({ url }).decode(bytes)).toEqual({ fullName, value });
    });

    it('refuses to encode an invalid value, naming the fields', async () => {
      const service = uniqueService();
      const registry = createSchemaRegistry({ url });
      await registry.registerAll(brand(service));
      const encoding = registry.encode(`longcode.${service}.BrandCreated`, {
        brandId: 'b-1',
        entityType: 'CHARITY',
      });
      await expect(encoding).rejects.toThrow(AvroValidationError);
      await expect(encoding).rejects.toThrow(/entityType \(expected longcode\.it\w+\.BrandEntityType\)/);
    });

    it('reads an event written with an older version through the current schema, with defaults', async () => {
      const service = uniqueService();
      const fullName = `longcode.${service}.BrandCreated`;
      const old = createSchemaRegistry({ url });
      await old.registerAll(brand(service));
      const bytes = await old.encode(fullName, value);
      const current = createSchemaRegistry({ url });
      await current.registerAll(brand(service, withWebsite));
      expect(await current.decode(bytes)).toEqual({ fullName, value: { ...value, website: null } });
    });
  });

  describe('when a schema evolves under FULL_TRANSITIVE', () => {
    const registered = async (fields: unknown[] = v1Fields) => {
      const service = uniqueService();
      const registry = createSchemaRegistry({ url });
      await registry.registerAll(brand(service, fields));
      return { service, registry, subject: `longcode.${service}.BrandCreated` };
    };

    it('accepts an added optional field with a default', async () => {
      const { service, registry, subject } = await registered();
      expect(await registry.checkCompatibility(brand(service, withWebsite))).toEqual([
        { subject, compatible: true, messages: [], level: 'FULL_TRANSITIVE' },
      ]);
      const ids = await registry.registerAll(brand(service, withWebsite));
      expect(ids[subject]).toBeGreaterThan(0);
    });

    it('refuses a removed required field, saying old readers need it', async () => {
      const { service, registry, subject } = await registered();
      const [result] = await registry.checkCompatibility(brand(service, v1Fields.slice(1)));
      expect(result).toMatchObject({ subject, compatible: false, level: 'FULL_TRANSITIVE' });
      expect(result?.messages.join('\n')).toContain(
        `readers of version 1 cannot read events written with the new schema: no matching field for default-less ${subject}.brandId`,
      );
      const registering = registry.registerAll(brand(service, v1Fields.slice(1)));
      await expect(registering).rejects.toBeInstanceOf(SchemaRegistryError);
      await expect(registering).rejects.toMatchObject({ status: 409 });
    });

    it('refuses an added required field without default', async () => {
      const { service, registry } = await registered();
      const [result] = await registry.checkCompatibility(
        brand(service, [...v1Fields, { name: 'email', type: 'string' }]),
      );
      expect(result?.compatible).toBe(false);
      expect(result?.messages.join('\n')).toContain(
        'the new schema cannot read events written with version 1',
      );
    });

    it('refuses a change that only the latest version would accept (transitive)', async () => {
      const { service, registry } = await registered([{ name: 'kind', type: 'string', default: 'x' }]);
      await registry.registerAll(brand(service, []));
      const [result] = await registry.checkCompatibility(
        brand(service, [{ name: 'kind', type: 'int', default: 0 }]),
      );
      expect(result?.compatible).toBe(false);
      expect(result?.messages.join('\n')).toContain('version 1');
    });

    it('accepts any schema for a subject not registered yet', async () => {
      const [result] = await createSchemaRegistry({ url }).checkCompatibility(brand(uniqueService()));
      expect(result?.compatible).toBe(true);
    });
  });

  describe('when the level is BACKWARD', () => {
    it('accepts a removed required field (old readers are not protected)', async () => {
      const service = uniqueService();
      const registry = createSchemaRegistry({ url });
      await registry.registerAll(brand(service), { compatibility: 'BACKWARD' });
      const [result] = await registry.checkCompatibility(brand(service, v1Fields.slice(1)));
      expect(result).toMatchObject({ compatible: true, level: 'BACKWARD' });
      await expect(
        registry.registerAll(brand(service, v1Fields.slice(1)), { compatibility: 'BACKWARD' }),
      ).resolves.toBeDefined();
    });
  });
});
