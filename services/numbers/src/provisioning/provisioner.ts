import type {
  NumberAssignmentRequested,
  NumberPortInRequested,
  NumberReleased,
  NumberReserved,
} from '@longcode/contracts';
import type { ConsumedEvent, EventHandler } from '@longcode/eventstore';
import { type Logger, ProviderError } from '@longcode/kit';
import type { CampaignAssignment, NumberProvider } from '@longcode/numbering';
import type { Knex } from 'knex';
import type { NumberCommand } from '../number/decide.js';
import { type NumberCommandDeps, onBehalfOfOwner, runNumberCommand } from '../number/run-command.js';
import { forgetAuthorisation, pendingAuthorisation, portInAsOrder } from './port-in.js';

export interface ProvisionerDeps extends NumberCommandDeps {
  provider: NumberProvider;
  logger: Logger;
}

/** A provider refusal (4xx) is an outcome to record; anything else goes to the retry topic. */
const refusalOf = (error: unknown): string | undefined => {
  if (error instanceof ProviderError && !error.retriable) return error.message;
  throw error;
};

/** The command that records a carrier-side assignment answer; none while it is pending. */
export function assignmentOutcome(
  campaignId: string,
  answer: CampaignAssignment | null,
): NumberCommand | null {
  if (answer?.status === 'assigned') return { type: 'ConfirmAssignment', data: { campaignId } };
  if (answer?.status === 'failed') {
    return {
      type: 'FailAssignment',
      data: { campaignId, reason: answer.failureReason ?? 'assignment failed' },
    };
  }
  return null;
}

/**
 * Carries the numbers service's own events to the number provider, in stream order (one number, one
 * partition): a reservation becomes an order, a port-in request a porting order, an assignment request a campaign link, an unassignment an
 * unlink, a release a release. What the provider answers is recorded in the consumer's transaction;
 * what it has not decided yet the reconciler reads back later.
 */
export function createProvisioner(deps: ProvisionerDeps): EventHandler {
  const { provider } = deps;
  return async (event, trx) => {
    const run = (command: NumberCommand) =>
      runNumberCommand(
        deps,
        event.streamId.slice('number-'.length),
        command,
        onBehalfOfOwner(event.correlationId, event.eventId),
        trx,
      );
    switch (event.type) {
      case 'longcode.numbers.NumberReserved': {
        const { phoneNumber, orderId } = event.data as NumberReserved;
        let command: NumberCommand;
        try {
          const order = await provider.order({ referenceId: orderId, phoneNumber });
          command = { type: 'RecordOrder', data: { orderId, order } };
        } catch (error) {
          command = { type: 'FailOrder', data: { orderId, reason: refusalOf(error) ?? 'refused' } };
        }
        await run(command);
        return;
      }
      case 'longcode.numbers.NumberPortInRequested': {
        const { phoneNumber, orderId } = event.data as NumberPortInRequested;
        const authorisation = await pendingAuthorisation(trx, orderId);
        if (!authorisation) return; // submitted already (a redelivery)
        let command: NumberCommand;
        try {
          const portIn = await provider.portIn({ referenceId: orderId, phoneNumber, authorisation });
          command = { type: 'RecordOrder', data: { orderId, order: portInAsOrder(portIn) } };
        } catch (error) {
          command = { type: 'FailOrder', data: { orderId, reason: refusalOf(error) ?? 'refused' } };
        }
        await run(command);
        await forgetAuthorisation(trx, orderId);
        return;
      }
      case 'longcode.numbers.NumberAssignmentRequested': {
        const { phoneNumber, campaignId, registryCampaignId } = event.data as NumberAssignmentRequested;
        if (!(await stillRequested(trx, phoneNumber, campaignId))) return;
        let command: NumberCommand | null;
        try {
          command = assignmentOutcome(campaignId, await provider.assign({ phoneNumber, registryCampaignId }));
        } catch (error) {
          command = { type: 'FailAssignment', data: { campaignId, reason: refusalOf(error) ?? 'refused' } };
        }
        if (command) await run(command);
        return;
      }
      case 'longcode.numbers.NumberUnassigned':
        await quietly(deps, event, () =>
          provider.unassign((event.data as { phoneNumber: string }).phoneNumber),
        );
        return;
      case 'longcode.numbers.NumberReleased': {
        const { phoneNumber } = event.data as NumberReleased;
        const row = await trx('numbers').where({ phone_number: phoneNumber }).first();
        await quietly(deps, event, () =>
          provider.release({ phoneNumber, providerNumberId: row?.provider_number_id ?? null }),
        );
        return;
      }
      default:
        return;
    }
  };
}

/** A request superseded before it reached us (unassigned or released meanwhile) is not sent. */
async function stillRequested(trx: Knex.Transaction, phoneNumber: string, campaignId: string) {
  const row = await trx('numbers').where({ phone_number: phoneNumber }).first();
  return row?.campaign_id === campaignId && row?.assignment_status === 'PENDING';
}

/** Unlinks and releases: the number is already out of our hands; a provider refusal is logged, not retried. */
async function quietly(deps: ProvisionerDeps, event: ConsumedEvent, call: () => Promise<void>) {
  try {
    await call();
  } catch (error) {
    const reason = refusalOf(error);
    deps.logger.warn({ eventId: event.eventId, type: event.type, reason }, 'the number provider refused');
  }
}
