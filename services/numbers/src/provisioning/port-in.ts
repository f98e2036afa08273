import type { NumberOrder, PortIn, PortInAuthorisation } from '@longcode/numbering';
import type { Knex } from 'knex';

/** A port-in's progress in the shape of an order's: pending, then success (ported) or failure. */
export function portInAsOrder(portIn: PortIn): NumberOrder {
  const status = portIn.status === 'ported' ? 'success' : portIn.status === 'failed' ? 'failure' : 'pending';
  return {
    providerOrderId: portIn.providerPortingId,
    status,
    providerNumberId: portIn.providerNumberId,
    failureReason: portIn.failureReason,
  };
}

export async function keepAuthorisation(
  trx: Knex.Transaction,
  orderId: string,
  authorisation: PortInAuthorisation,
) {
  await trx('port_in_authorisations').insert({
    order_id: orderId,
    authorisation: JSON.stringify(authorisation),
  });
}

/** The authorisation still waiting to be submitted; undefined once it was. */
export async function pendingAuthorisation(
  trx: Knex.Transaction,
  orderId: string,
): Promise<PortInAuthorisation | undefined> {
  const row = await trx('port_in_authorisations').where({ order_id: orderId }).first();
  if (!row) return undefined;
  return typeof row.authorisation === 'string' ? JSON.parse(row.authorisation) : row.authorisation;
}

/** Once the provider has it, we keep no copy of the account number and PIN. */
export async function forgetAuthorisation(trx: Knex.Transaction, orderId: string) {
  await trx('port_in_authorisations').where({ order_id: orderId }).delete();
}
