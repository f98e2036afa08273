import { createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** The key the simulator signs webhooks with, and its public half as Telnyx shows one (base64, 32 bytes). */
export interface SigningKey {
  privateKey: KeyObject;
  publicKeyBase64: string;
}

/** The configured key, or a new one for this run. */
export function signingKeyFrom(privateKey: KeyObject | undefined): SigningKey {
  const key = privateKey ?? generateKeyPairSync('ed25519').privateKey;
  const { x = '' } = createPublicKey(key).export({ format: 'jwk' });
  return { privateKey: key, publicKeyBase64: Buffer.from(x, 'base64url').toString('base64') };
}

/** Telnyx's webhook signature: Ed25519 over `${timestamp}|${body}`, base64. */
export function telnyxSignature(body: string, timestampSeconds: number, privateKey: KeyObject): string {
  return sign(null, Buffer.from(`${timestampSeconds}|${body}`), privateKey).toString('base64');
}
