import type { Type } from 'avsc';
import { AvroValidationError, type InvalidField } from '../errors.js';

/** `string`, `longcode.registration.BrandEntityType`, `null | string`, `array`. */
function describe(type: Type): string {
  const branches = (type as Type & { types?: Type[] }).types;
  if (type.typeName.startsWith('union') && branches) return branches.map(describe).join(' | ');
  return type.name ?? type.typeName;
}

/** Throws an {@link AvroValidationError} listing every invalid field path when `value` does not fit `type`. */
export function assertValid(type: Type, value: unknown): void {
  const fields: InvalidField[] = [];
  const valid = type.isValid(value, {
    errorHook: (path, _value, fieldType) =>
      fields.push({ path: path.join('.'), expected: describe(fieldType) }),
  });
  if (!valid) throw new AvroValidationError(type.name ?? type.typeName, fields);
}
