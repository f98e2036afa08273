import type { AvroObject } from './types.js';

export const primitiveTypes = new Set([
  'null',
  'boolean',
  'int',
  'long',
  'float',
  'double',
  'bytes',
  'string',
]);
const namedKinds = new Set(['record', 'error', 'enum', 'fixed']);

export const isAvroObject = (def: unknown): def is AvroObject =>
  typeof def === 'object' && def !== null && !Array.isArray(def) && 'type' in def;

/** True for a record, enum or fixed definition (a type that has a name). */
export const isNamedDefinition = (def: unknown): def is AvroObject & { name: string } =>
  isAvroObject(def) &&
  typeof def.type === 'string' &&
  namedKinds.has(def.type) &&
  typeof def.name === 'string';

/** Full name of `name` seen inside `namespace` (Avro rules: a dotted name is already full). */
export const qualify = (name: string, namespace: string): string =>
  name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;

export const namespaceOf = (fullName: string): string =>
  fullName.slice(0, Math.max(0, fullName.lastIndexOf('.')));

export const shortName = (fullName: string): string => fullName.slice(fullName.lastIndexOf('.') + 1);

/** Full name and namespace-for-children of a named definition met inside `namespace`. */
export function nameOf(def: AvroObject & { name: string }, namespace: string): string {
  const own = typeof def.namespace === 'string' ? def.namespace : namespace;
  return qualify(def.name, own);
}

/** The type definitions directly inside `def` (fields, items, values, union branches). */
export function childTypes(def: unknown): unknown[] {
  if (Array.isArray(def)) return def;
  if (!isAvroObject(def)) return [];
  if (def.type === 'array') return [def.items];
  if (def.type === 'map') return [def.values];
  if ((def.type === 'record' || def.type === 'error') && Array.isArray(def.fields)) {
    return def.fields.map((field: { type?: unknown }) => field.type);
  }
  return isAvroObject(def.type) || Array.isArray(def.type) ? [def.type] : [];
}

/** Calls `visit` on `def` and every type definition nested in it, with the namespace in force there. */
export function visitTypes(
  def: unknown,
  namespace: string,
  visit: (def: unknown, namespace: string) => void,
): void {
  visit(def, namespace);
  const inner = isNamedDefinition(def) ? namespaceOf(nameOf(def, namespace)) : namespace;
  for (const child of childTypes(def)) visitTypes(child, inner, visit);
}

/** Every named type defined in `def` (itself included), keyed by full name, with an explicit namespace. */
export function namedDefinitions(def: unknown, namespace = ''): Map<string, AvroObject> {
  const found = new Map<string, AvroObject>();
  visitTypes(def, namespace, (node, ns) => {
    if (!isNamedDefinition(node)) return;
    const fullName = nameOf(node, ns);
    found.set(fullName, { ...node, name: shortName(fullName), namespace: namespaceOf(fullName) });
  });
  return found;
}
