export { generatedHeader, generateTypes } from './codegen/generate.js';
export { type CodegenOptions, runCodegen } from './codegen/run.js';
export { AvroValidationError, type InvalidField, SchemaLoadError, SchemaRegistryError } from './errors.js';
export type { CompatibilityResult } from './registry/compatibility.js';
export {
  createSchemaRegistry,
  type DecodedEvent,
  type SchemaRegistryClient,
  type SchemaRegistryOptions,
} from './registry/create.js';
export { type CompatibilityLevel, compatibilityLevels, defaultCompatibility } from './registry/levels.js';
export { formatCompatibility } from './registry/report.js';
export { fromWireFormat, toWireFormat } from './registry/wire.js';
export { selfContained } from './schema/inline.js';
export { loadSchemas } from './schema/load.js';
export { parseSchemas, type SchemaFile } from './schema/parse.js';
export { type AvroObject, isEventSchema, type LoadedSchema, SHARED_SERVICE } from './schema/types.js';
