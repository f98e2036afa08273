import { isAvroObject, isNamedDefinition, nameOf, primitiveTypes, qualify } from '../schema/names.js';

const primitives: Record<string, string> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

/** Notes added to a field's doc comment, so a reader knows what the plain TypeScript type carries. */
const logicalNotes: Record<string, string> = {
  'timestamp-millis': 'Epoch milliseconds (Avro `timestamp-millis`).',
  uuid: 'A UUID (Avro `uuid`).',
};

/** TypeScript for the Avro type `def` met inside `namespace`; named types are referred to by their TS name. */
export function tsType(def: unknown, namespace: string, tsNames: Map<string, string>): string {
  if (typeof def === 'string') {
    if (primitiveTypes.has(def)) return primitives[def] ?? 'unknown';
    const fullName = qualify(def, namespace);
    const name = tsNames.get(fullName);
    if (!name) throw new Error(`codegen: unknown type ${fullName}`);
    return name;
  }
  if (Array.isArray(def)) {
    const branches = def.map((branch) => tsType(branch, namespace, tsNames));
    const withoutNull = branches.filter((branch) => branch !== 'null');
    return [...withoutNull, ...(withoutNull.length < branches.length ? ['null'] : [])].join(' | ');
  }
  if (!isAvroObject(def)) throw new Error(`codegen: unsupported type ${JSON.stringify(def)}`);
  if (isNamedDefinition(def)) return tsType(nameOf(def, namespace), '', tsNames);
  if (def.type === 'array') {
    const items = tsType(def.items, namespace, tsNames);
    return items.includes(' | ') ? `(${items})[]` : `${items}[]`;
  }
  if (def.type === 'map') return `Record<string, ${tsType(def.values, namespace, tsNames)}>`;
  return tsType(def.type, namespace, tsNames);
}

/** The note for a logical type used by `def` (directly or as a union branch), if any. */
export function logicalNote(def: unknown): string | undefined {
  const branches = Array.isArray(def) ? def : [def];
  for (const branch of branches) {
    const logical = isAvroObject(branch) ? branch.logicalType : undefined;
    if (typeof logical === 'string' && logicalNotes[logical]) return logicalNotes[logical];
  }
  return undefined;
}
