import { type LoadedSchema, parseSchemas } from '@longcode/avro';

/** A test-only event type in its own namespace: the event store's tests need a real schema in the registry. */
export function counterSchema(service: string): LoadedSchema {
  const definition = {
    type: 'record',
    name: 'CounterIncremented',
    namespace: `longcode.${service}`,
    fields: [
      { name: 'counterId', type: 'string' },
      { name: 'by', type: 'int' },
    ],
  };
  const [schema] = parseSchemas([
    { file: `${service}/CounterIncremented.avsc`, service, text: JSON.stringify(definition) },
  ]);
  if (!schema) throw new Error('the counter schema did not parse');
  return schema;
}

export interface CounterIncremented {
  counterId: string;
  by: number;
}
