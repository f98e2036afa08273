import { PASSWORD_MAX } from './password.js';
import { BRAND_ROLES, ROLES } from './roles.js';

export const email = { type: 'string', format: 'email', minLength: 3, maxLength: 254 } as const;
/** Length is checked by the handler, which names the rule (the schema only bounds the size). */
export const password = { type: 'string', minLength: 1, maxLength: PASSWORD_MAX * 4 } as const;
const name = { type: 'string', minLength: 1, maxLength: 100 } as const;
const nullable = { type: ['string', 'null'] } as const;

export const userResponse = {
  type: 'object',
  required: ['id', 'email', 'firstName', 'lastName', 'role', 'isActive', 'createdAt', 'brands'],
  properties: {
    id: { type: 'string' },
    accountId: { type: 'string' },
    email: { type: 'string' },
    firstName: { type: 'string' },
    lastName: { type: 'string' },
    role: { type: 'string', enum: ROLES },
    isActive: { type: 'boolean' },
    lastLoginAt: nullable,
    createdAt: { type: 'string' },
    brands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['brandId', 'role'],
        properties: { brandId: { type: 'string' }, role: { type: 'string', enum: BRAND_ROLES } },
      },
    },
  },
} as const;

export const newUserBody = {
  type: 'object',
  required: ['email', 'password', 'firstName', 'lastName'],
  additionalProperties: false,
  properties: {
    email,
    password,
    firstName: name,
    lastName: name,
    role: { type: 'string', enum: ROLES, default: 'user' },
  },
} as const;

export const userChangeBody = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: {
    role: { type: 'string', enum: ROLES },
    isActive: { type: 'boolean' },
    firstName: name,
    lastName: name,
  },
} as const;

export const userParams = {
  type: 'object',
  required: ['userId'],
  properties: { userId: { type: 'string', minLength: 1, maxLength: 36 } },
} as const;

export const userBrandParams = {
  type: 'object',
  required: ['userId', 'brandId'],
  properties: {
    userId: { type: 'string', minLength: 1, maxLength: 36 },
    brandId: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

export const sessionResponse = {
  type: 'object',
  required: ['expiresAt', 'user'],
  properties: {
    token: { type: 'string', pattern: '^lcs_' },
    expiresAt: { type: 'string' },
    user: userResponse,
  },
} as const;
