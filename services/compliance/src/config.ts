import { backboneConfigSchema } from '@longcode/runtime';
import type { z } from 'zod';

export const configSchema = backboneConfigSchema;

export type Config = z.output<typeof configSchema>;
