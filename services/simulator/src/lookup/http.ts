import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { lookupAnswer } from './answer.js';
import { type CarrierRules, carrierOf } from './carriers.js';

const US_NUMBER = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

/**
 * Telnyx's Number Lookup (inside telnyxApi, so behind the Bearer key): `GET /number_lookup/{number}`
 * answers which carrier serves a US number, the same one every time (see carrierOf). A number that is
 * not a US one is refused with 422, as Telnyx refuses numbers outside its coverage; one pinned to
 * `error` is answered 503, for tests of lookups failing.
 */
export function telnyxLookupRoutes(rules: CarrierRules) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { phone_number: string } }>(
      '/number_lookup/:phone_number',
      { logLevel: 'warn' },
      async (request, reply) => {
        const phoneNumber = request.params.phone_number.trim();
        if (!US_NUMBER.test(phoneNumber)) {
          return sendTelnyxErrors(reply, 422, [
            telnyxError(
              '10015',
              `${phoneNumber} is not a US number this account can look up`,
              'phone_number',
            ),
          ]);
        }
        const outcome = carrierOf(phoneNumber, rules);
        if (outcome === 'error') {
          return sendTelnyxErrors(reply, 503, [telnyxError('10007', 'An unexpected error occured.')]);
        }
        return reply.send(lookupAnswer(phoneNumber, outcome));
      },
    );
  };
}
