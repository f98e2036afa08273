import {
  isAvroObject,
  isNamedDefinition,
  namedDefinitions,
  nameOf,
  namespaceOf,
  primitiveTypes,
  qualify,
} from './names.js';
import type { AvroObject, LoadedSchema } from './types.js';

/** Every named type defined anywhere in `schemas`, by full name. */
export function namedTypesOf(schemas: LoadedSchema[]): Map<string, AvroObject> {
  const all = new Map<string, AvroObject>();
  for (const { definition } of schemas) {
    for (const [fullName, def] of namedDefinitions(definition)) all.set(fullName, def);
  }
  return all;
}

function inline(
  def: unknown,
  namespace: string,
  named: Map<string, AvroObject>,
  defined: Set<string>,
): unknown {
  if (typeof def === 'string') {
    if (primitiveTypes.has(def)) return def;
    const fullName = qualify(def, namespace);
    const target = named.get(fullName);
    if (defined.has(fullName) || !target) return def;
    return inline(target, namespaceOf(fullName), named, defined);
  }
  if (Array.isArray(def)) return def.map((branch) => inline(branch, namespace, named, defined));
  if (!isAvroObject(def)) return def;
  let inner = namespace;
  if (isNamedDefinition(def)) {
    const fullName = nameOf(def, namespace);
    defined.add(fullName);
    inner = namespaceOf(fullName);
  }
  const out: AvroObject = { ...def };
  if (def.type === 'array') out.items = inline(def.items, inner, named, defined);
  if (def.type === 'map') out.values = inline(def.values, inner, named, defined);
  if (Array.isArray(def.fields)) {
    out.fields = def.fields.map((field: { type?: unknown }) => ({
      ...field,
      type: inline(field.type, inner, named, defined),
    }));
  }
  return out;
}

/**
 * The schema as the registry stores it: self-contained, every type it borrows from another file
 * (e.g. `longcode.common.Money`) written out in full where it is first used. Docs and logical types are kept.
 */
export function selfContained(schema: LoadedSchema, all: LoadedSchema[]): AvroObject {
  return inline(schema.definition, '', namedTypesOf(all), new Set()) as AvroObject;
}
