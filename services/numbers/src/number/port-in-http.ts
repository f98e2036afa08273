import { accountHeader, numberResponse, portInRequest } from '@longcode/contracts';
import { ValidationError } from '@longcode/kit';
import { areaCodeInfo } from '@longcode/nanp';
import type { PortInAuthorisation } from '@longcode/numbering';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { keepAuthorisation } from '../provisioning/port-in.js';
import { toNumberResponse } from './http.js';
import type { ExistingNumber } from './number.js';
import { parseUsNumber } from './parse.js';
import { type NumberCommandDeps, runNumberCommand } from './run-command.js';

interface PortInBody {
  phoneNumber: string;
  authorisation: Omit<PortInAuthorisation, 'pin'> & { pin?: string | null };
}

/**
 * Port-ins: an account brings a number it has at another carrier. Answered 202 PORTING at once; the
 * provider moves it (days, at a real carrier) and the number becomes AVAILABLE, or RELEASED with the
 * losing carrier's reason. The authorisation waits in its own table until submitted, never in an event.
 */
export function portInRoutes({ db, store, providerName }: NumberCommandDeps & { providerName: string }) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: PortInBody }>(
      '/numbers/port-ins',
      { schema: { body: portInRequest, headers: accountHeader, response: { 202: numberResponse } } },
      async (request: FastifyRequest<{ Body: PortInBody }>, reply) => {
        const phoneNumber = parseUsNumber('phoneNumber', request.body.phoneNumber);
        const areaCode = phoneNumber.slice(2, 5);
        const info = areaCodeInfo(areaCode);
        if (!info || info.tollFree) {
          throw new ValidationError([
            { field: 'phoneNumber', message: `area code ${areaCode} is not a US geographic area code` },
          ]);
        }
        const { authorisation } = request.body;
        const orderId = uuidv7();
        const metadata = {
          accountId: request.headers['x-account-id'] as string,
          correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
        };
        const { state } = await db.transaction(async (trx) => {
          const result = await runNumberCommand(
            { db, store },
            phoneNumber,
            {
              type: 'RequestPortIn',
              data: { phoneNumber, orderId, provider: providerName, areaCode, region: info.stateCode },
            },
            metadata,
            trx,
          );
          await keepAuthorisation(trx, orderId, {
            ...authorisation,
            pin: authorisation.pin ?? null,
            serviceAddress: {
              ...authorisation.serviceAddress,
              state: authorisation.serviceAddress.state.toUpperCase(),
            },
          });
          return result;
        });
        return reply.code(202).send(toNumberResponse(state as ExistingNumber));
      },
    );
  };
}
