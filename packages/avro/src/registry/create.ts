import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { Resolver, Type } from 'avsc';
import { SchemaRegistryError } from '../errors.js';
import { selfContained } from '../schema/inline.js';
import { avscOptions, isEventSchema, type LoadedSchema } from '../schema/types.js';
import { type CompatibilityResult, checkSubject, versionsOf } from './compatibility.js';
import { createRegistryRequest } from './http.js';
import { type CompatibilityLevel, defaultCompatibility } from './levels.js';
import { assertValid } from './validate.js';
import { fromWireFormat, toWireFormat } from './wire.js';

export interface SchemaRegistryOptions {
  /** Confluent API base URL; for Apicurio `http://<host>/apis/ccompat/v7`. */
  url: string;
  /**
   * The schemas this process knows (loadSchemas' result): `encode` validates against them, and `decode` reads
   * older events through them, so fields added later come back with their defaults. `registerAll` adds to them.
   */
  schemas?: LoadedSchema[];
}

export interface DecodedEvent {
  /** The writer's record full name, e.g. `longcode.registration.BrandCreated`. */
  fullName: string;
  value: unknown;
}

export interface SchemaRegistryClient {
  /** Sets each event subject's compatibility level, then registers it; returns full name → schema id. */
  registerAll(
    schemas: LoadedSchema[],
    options?: { compatibility?: CompatibilityLevel },
  ): Promise<Record<string, number>>;
  /** Validates `value`, then writes it in the Confluent wire format under its registered schema id. */
  encode(fullName: string, value: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<DecodedEvent>;
  /** Asks the registry, per event subject, whether the local schema may become its next version. */
  checkCompatibility(schemas: LoadedSchema[]): Promise<CompatibilityResult[]>;
  /** Registers the schemas whose subject has no version yet (a baseline on a fresh registry); returns their subjects. */
  registerMissing(
    schemas: LoadedSchema[],
    options?: { compatibility?: CompatibilityLevel },
  ): Promise<string[]>;
}

interface Known {
  schema: LoadedSchema;
  /** The self-contained JSON registered for it. */
  text: string;
  id?: number;
}

/** Rethrows a client library failure as ours: HTTP errors carry their status; its own argument errors never heal. */
const registryFailure = (action: string) => (error: unknown) => {
  const { status, name } = error as { status?: number; name?: string };
  const retriable = status === undefined ? !name?.startsWith('ConfluentSchemaRegistry') : status >= 500;
  throw new SchemaRegistryError(`${action}: ${(error as Error).message}`, {
    cause: error,
    retriable,
    ...(status ? { status } : {}),
  });
};

/**
 * A client of a Confluent-compatible registry. One subject per event record, named by its full name; shared
 * types (schemas/common) are not subjects: they are written out inside every event that uses them.
 */
export function createSchemaRegistry({ url, schemas = [] }: SchemaRegistryOptions): SchemaRegistryClient {
  const registry = new SchemaRegistry({ host: url }, { [SchemaType.AVRO]: avscOptions() });
  const request = createRegistryRequest(url);
  const known = new Map<string, Known>();
  const decoders = new Map<number, { fullName: string; type: Type; resolver?: Resolver }>();

  const entriesOf = (all: LoadedSchema[]): Known[] =>
    all.filter(isEventSchema).map((schema) => ({ schema, text: JSON.stringify(selfContained(schema, all)) }));
  const remember = (entries: Known[]): Known[] => {
    for (const entry of entries) {
      const previous = known.get(entry.schema.fullName);
      if (previous?.text === entry.text) entry.id ??= previous.id;
      known.set(entry.schema.fullName, entry);
    }
    decoders.clear();
    return entries;
  };
  remember(entriesOf(schemas));

  async function schemaIdOf(entry: Known): Promise<number> {
    entry.id ??= await registry
      .getRegistryIdBySchema(entry.schema.fullName, { type: SchemaType.AVRO, schema: entry.text })
      .catch(registryFailure(`look up the schema id of ${entry.schema.fullName}`));
    return entry.id;
  }

  async function decoderFor(schemaId: number) {
    const cached = decoders.get(schemaId);
    if (cached) return cached;
    const writer = (await registry
      .getSchema(schemaId)
      .catch(registryFailure(`fetch schema ${schemaId}`))) as unknown as Type;
    const fullName = writer.name ?? '';
    const reader = known.get(fullName)?.schema.schema;
    const decoder =
      reader && !reader.equals(writer)
        ? { fullName, type: reader, resolver: reader.createResolver(writer) }
        : { fullName, type: reader ?? writer };
    decoders.set(schemaId, decoder);
    return decoder;
  }

  return {
    async registerAll(all, { compatibility = defaultCompatibility } = {}) {
      const ids: Record<string, number> = {};
      for (const entry of remember(entriesOf(all))) {
        const subject = entry.schema.fullName;
        await request('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility });
        const { id } = await registry
          .register(
            { type: SchemaType.AVRO, schema: entry.text },
            { subject, compatibility: COMPATIBILITY[compatibility] },
          )
          .catch(registryFailure(`register ${subject}`));
        entry.id = id;
        ids[subject] = id;
      }
      return ids;
    },

    async encode(fullName, value) {
      const entry = known.get(fullName);
      if (!entry) throw new Error(`unknown event type ${fullName}: pass its schema to createSchemaRegistry`);
      assertValid(entry.schema.schema, value);
      return toWireFormat(await schemaIdOf(entry), entry.schema.schema.toBuffer(value));
    },

    async decode(buffer) {
      const { schemaId, body } = fromWireFormat(buffer);
      const { fullName, type, resolver } = await decoderFor(schemaId);
      return { fullName, value: type.fromBuffer(body, resolver) };
    },

    async registerMissing(all, options) {
      const missing: LoadedSchema[] = [];
      for (const schema of all.filter(isEventSchema)) {
        if ((await versionsOf(request, schema.fullName)).length === 0) missing.push(schema);
      }
      // shared types ride along: they are inlined into the events that use them, never registered alone
      if (missing.length > 0)
        await this.registerAll([...missing, ...all.filter((s) => !isEventSchema(s))], options);
      return missing.map((schema) => schema.fullName);
    },

    async checkCompatibility(all) {
      const results: CompatibilityResult[] = [];
      for (const entry of entriesOf(all)) {
        results.push(await checkSubject(request, entry.schema.fullName, entry.text, entry.schema.schema));
      }
      return results;
    },
  };
}
