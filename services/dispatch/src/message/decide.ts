import type { MessageAccepted } from '@longcode/contracts';
import { ConflictError } from '@longcode/kit';
import type { SendResult } from '@longcode/providers';
import {
  type ExistingMessage,
  type MessageEvent,
  type MessageState,
  type MessageStatus,
  receiptApplies,
} from './message.js';
import { type RetryPolicy, retryAt } from './retry.js';

export type MessageCommand =
  | { type: 'AcceptMessage'; data: MessageAccepted }
  | { type: 'DeferMessage'; data: { notBefore: Date; reason: string } }
  | { type: 'StartSubmission'; data: { provider: string; now: Date } }
  | {
      type: 'RecordSendResult';
      data: { attempt: number; result: SendResult; now: Date; policy: RetryPolicy };
    }
  | {
      type: 'ReportStatus';
      data: {
        status: Extract<MessageStatus, 'sent' | 'delivered' | 'undelivered' | 'failed'>;
        errorCode: string | null;
        errorDescription: string | null;
        reportedAt: Date;
      };
    }
  | { type: 'CancelMessage'; data: { reason?: string } }
  | { type: 'ExpireMessage'; data: { reason: string } };

const ev = <T extends MessageEvent['type']>(type: T, data: Extract<MessageEvent, { type: T }>['data']) =>
  ({ type, data }) as Extract<MessageEvent, { type: T }>;

/** Waiting for its turn: accepted, or queued (scheduled, deferred, waiting to retry). */
const waiting = (m: MessageState): m is ExistingMessage =>
  m.exists && (m.status === 'accepted' || m.status === 'queued');

function startSubmission(state: MessageState, { provider, now }: { provider: string; now: Date }) {
  if (!waiting(state)) return [];
  const { messageId } = state;
  if (state.expiresAt && state.expiresAt.getTime() <= now.getTime()) {
    return [
      ev('longcode.dispatch.MessageExpired', {
        messageId,
        reason: 'its validity period ended before it could be sent',
      }),
    ];
  }
  return [ev('longcode.dispatch.MessageSubmitting', { messageId, attempt: state.attempts + 1, provider })];
}

function recordSendResult(
  state: MessageState,
  data: Extract<MessageCommand, { type: 'RecordSendResult' }>['data'],
) {
  // Only the answer to the submission in flight counts; a receipt may have overtaken it (then only the
  // provider's id is new).
  if (!state.exists || state.attempts !== data.attempt) return [];
  if (state.status !== 'sending' && (data.result.outcome !== 'accepted' || state.providerMessageId))
    return [];
  const { messageId } = state;
  const { attempt, result } = data;
  switch (result.outcome) {
    case 'accepted':
      return [
        ev('longcode.dispatch.MessageSent', {
          messageId,
          attempt,
          providerMessageId: result.providerMessageId,
          segments: result.segments,
        }),
      ];
    case 'unknown':
      return [
        ev('longcode.dispatch.MessageSubmissionUnknown', { messageId, attempt, reason: result.reason }),
      ];
    case 'rejected': {
      const next = result.retriable ? retryAt(data.policy, attempt, data.now, result.retryAfterMs) : null;
      const expired =
        next !== null && state.expiresAt !== null && next.getTime() >= state.expiresAt.getTime();
      return [
        ev('longcode.dispatch.MessageSubmissionRefused', {
          messageId,
          attempt,
          code: result.code,
          description: result.description,
          retriable: next !== null && !expired,
          retryAt: next === null || expired ? null : next.getTime(),
        }),
      ];
    }
  }
}

export function decideMessage(command: MessageCommand, state: MessageState): MessageEvent[] {
  switch (command.type) {
    case 'AcceptMessage':
      if (state.exists) throw new ConflictError('MESSAGE_EXISTS', `Message ${command.data.messageId} exists`);
      return [ev('longcode.dispatch.MessageAccepted', command.data)];
    case 'DeferMessage':
      if (!waiting(state)) return [];
      return [
        ev('longcode.dispatch.MessageDeferred', {
          messageId: state.messageId,
          notBefore: command.data.notBefore.getTime(),
          reason: command.data.reason,
        }),
      ];
    case 'StartSubmission':
      return startSubmission(state, command.data);
    case 'RecordSendResult':
      return recordSendResult(state, command.data);
    case 'ReportStatus': {
      if (!state.exists || !receiptApplies(state, command.data.status)) return [];
      const { status, errorCode, errorDescription, reportedAt } = command.data;
      return [
        ev('longcode.dispatch.MessageStatusReported', {
          messageId: state.messageId,
          status,
          errorCode,
          errorDescription,
          reportedAt: reportedAt.getTime(),
        }),
      ];
    }
    case 'CancelMessage':
      if (!waiting(state)) {
        const status = state.exists ? (state as ExistingMessage).status : 'unknown';
        throw new ConflictError(
          'MESSAGE_NOT_CANCELABLE',
          `Message is ${status}: only a message not yet handed to the provider can be canceled`,
          { details: { status } },
        );
      }
      return [
        ev('longcode.dispatch.MessageCanceled', {
          messageId: state.messageId,
          reason: command.data.reason ?? null,
        }),
      ];
    case 'ExpireMessage':
      if (!waiting(state)) return [];
      return [
        ev('longcode.dispatch.MessageExpired', { messageId: state.messageId, reason: command.data.reason }),
      ];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
