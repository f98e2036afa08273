/**
 * JSON schemas of the internal numbers API that the gateway does not publish: shapes here, meaning (E.164, US
 * states) in parse.ts. The requests partners send through the gateway, and the answers, have the published
 * schemas (@longcode/contracts).
 */

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

export const phoneParams = {
  type: 'object',
  required: ['phoneNumber'],
  properties: { phoneNumber: text(20) },
} as const;

export const suspensionBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: text(512) },
} as const;
