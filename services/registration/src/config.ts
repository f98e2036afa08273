import { backboneConfigSchema } from '@longcode/runtime';

export const configSchema = backboneConfigSchema.extend({});
