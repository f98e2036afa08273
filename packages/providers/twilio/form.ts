/**
 * Twilio's messaging webhooks are `application/x-www-form-urlencoded`
 * (https://www.twilio.com/docs/messaging/guides/webhook-request). Both readers give the parameters as
 * URLSearchParams, repeated names kept.
 */
export function formParams(rawBody: Buffer): URLSearchParams {
  return new URLSearchParams(rawBody.toString('utf8'));
}

/**
 * A JSON-bodied webhook (the `bodySHA256` case), read as the same parameters: a flat object whose values
 * are strings, numbers or booleans (or lists of them). Twilio documents how JSON bodies are signed, not a
 * JSON shape for messaging webhooks: this reading is our guess (fixtures/README.md). Anything else reads
 * as no parameters.
 */
export function jsonParams(rawBody: Buffer): URLSearchParams {
  const params = new URLSearchParams();
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return params;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return params;
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (['string', 'number', 'boolean'].includes(typeof item)) params.append(name, String(item));
    }
  }
  return params;
}
