import type {
  MessageAccepted,
  MessageCanceled,
  MessageDeferred,
  MessageExpired,
  MessageSent,
  MessageStatusReported,
  MessageSubmissionRefused,
  MessageSubmissionUnknown,
  MessageSubmitting,
} from '@longcode/contracts';

/** The message aggregate's events. Their payloads are generated from schemas/dispatch/. */
export type MessageEvent =
  | { type: 'longcode.dispatch.MessageAccepted'; data: MessageAccepted }
  | { type: 'longcode.dispatch.MessageDeferred'; data: MessageDeferred }
  | { type: 'longcode.dispatch.MessageSubmitting'; data: MessageSubmitting }
  | { type: 'longcode.dispatch.MessageSent'; data: MessageSent }
  | { type: 'longcode.dispatch.MessageSubmissionRefused'; data: MessageSubmissionRefused }
  | { type: 'longcode.dispatch.MessageSubmissionUnknown'; data: MessageSubmissionUnknown }
  | { type: 'longcode.dispatch.MessageStatusReported'; data: MessageStatusReported }
  | { type: 'longcode.dispatch.MessageExpired'; data: MessageExpired }
  | { type: 'longcode.dispatch.MessageCanceled'; data: MessageCanceled };

/**
 * accepted → queued (scheduled, deferred or waiting to retry) → sending → sent → delivered | undelivered |
 * failed; expired and canceled end a message that was never handed over. A status never moves backwards:
 * each has a rank, and a report of a lower rank than the current one changes nothing.
 */
export type MessageStatus =
  | 'accepted'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'expired'
  | 'canceled';

export const FINAL_STATUSES: ReadonlySet<MessageStatus> = new Set([
  'delivered',
  'undelivered',
  'failed',
  'expired',
  'canceled',
]);

const RANK: Record<MessageStatus, number> = {
  accepted: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  undelivered: 4,
  failed: 4,
  expired: 4,
  canceled: 4,
};

/** Whether moving from `current` to `next` goes forward (the first final status wins). */
export const movesForward = (current: MessageStatus, next: MessageStatus) => RANK[next] > RANK[current];

/** Dispatch's own verdict on a submission nobody confirmed: a provider's final word replaces it. */
export const UNCONFIRMED = 'SUBMISSION_UNCONFIRMED';

/**
 * Whether a receipt's status applies: it moves the message forward, or it is the provider's final word
 * on a message dispatch had failed as unconfirmed (the provider had it after all).
 */
export function receiptApplies(
  state: { status: MessageStatus; errorCode: string | null },
  next: MessageStatus,
): boolean {
  if (movesForward(state.status, next)) return true;
  return state.status === 'failed' && state.errorCode === UNCONFIRMED && RANK[next] === RANK.delivered;
}

export interface ExistingMessage extends Omit<MessageAccepted, 'sendAt' | 'expiresAt'> {
  exists: true;
  accountId: string;
  status: MessageStatus;
  sendAt: Date | null;
  expiresAt: Date | null;
  /** When it may be tried next (send_at, a deferral, a retry); null while none is due. */
  notBefore: Date | null;
  /** Submissions started so far. */
  attempts: number;
  /** Whether the last submission's outcome is unknown (never submitted again). */
  outcomeUnknown: boolean;
  providerMessageId: string | null;
  errorCode: string | null;
  errorDescription: string | null;
  acceptedAt: Date;
  /** When it reached its current status. */
  updatedAt: Date;
}

export type MessageState = { exists: false } | ExistingMessage;

export const initialMessageState: MessageState = { exists: false };

type Dated<E> = E & { occurredAt: Date; accountId?: string };
const at = (millis: number | null) => (millis === null ? null : new Date(millis));

export function evolveMessage(state: MessageState, event: Dated<MessageEvent>): MessageState {
  if (event.type === 'longcode.dispatch.MessageAccepted') {
    const { sendAt, expiresAt, ...data } = event.data;
    return {
      ...data,
      exists: true,
      accountId: event.accountId ?? '',
      status: 'accepted',
      sendAt: at(sendAt),
      expiresAt: at(expiresAt),
      notBefore: at(sendAt) ?? event.occurredAt,
      attempts: 0,
      outcomeUnknown: false,
      providerMessageId: null,
      errorCode: null,
      errorDescription: null,
      acceptedAt: event.occurredAt,
      updatedAt: event.occurredAt,
    };
  }
  if (!state.exists) return state;
  const next = evolveExisting(state, event);
  return next.status === state.status ? next : { ...next, updatedAt: event.occurredAt };
}

function evolveExisting(state: ExistingMessage, event: Dated<MessageEvent>): ExistingMessage {
  switch (event.type) {
    case 'longcode.dispatch.MessageAccepted':
      return state;
    case 'longcode.dispatch.MessageDeferred':
      return { ...state, status: 'queued', notBefore: new Date(event.data.notBefore) };
    case 'longcode.dispatch.MessageSubmitting':
      return { ...state, status: 'sending', attempts: event.data.attempt, notBefore: null };
    case 'longcode.dispatch.MessageSent':
      return {
        ...state,
        status: movesForward(state.status, 'sent') ? 'sent' : state.status,
        providerMessageId: event.data.providerMessageId,
      };
    case 'longcode.dispatch.MessageSubmissionRefused': {
      const { retriable, retryAt, code, description } = event.data;
      const error = { errorCode: code, errorDescription: description };
      return retriable && retryAt !== null
        ? { ...state, ...error, status: 'queued', notBefore: new Date(retryAt) }
        : { ...state, ...error, status: 'failed', notBefore: null };
    }
    case 'longcode.dispatch.MessageSubmissionUnknown':
      return { ...state, outcomeUnknown: true };
    case 'longcode.dispatch.MessageStatusReported': {
      const status = event.data.status as MessageStatus;
      if (!receiptApplies(state, status)) return state;
      const replaced = state.errorCode === UNCONFIRMED;
      return {
        ...state,
        status,
        errorCode: event.data.errorCode ?? (replaced ? null : state.errorCode),
        errorDescription: event.data.errorDescription ?? (replaced ? null : state.errorDescription),
      };
    }
    case 'longcode.dispatch.MessageExpired':
      return { ...state, status: 'expired', notBefore: null };
    case 'longcode.dispatch.MessageCanceled':
      return { ...state, status: 'canceled', notBefore: null, errorCode: event.data.reason ?? null };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
