import { DomainError } from '@longcode/kit';

/** Mail to a person (password resets). One port; Postmark's API is the adapter (the simulator plays it). */
export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * Postmark's single-email API: `POST {url}/email` with the server token in `X-Postmark-Server-Token`,
 * answered `{ ErrorCode: 0, MessageID }` (any other ErrorCode is a refusal).
 */
export function createPostmarkMailer({
  url,
  token,
  from,
}: {
  url: string;
  token: string;
  from: string;
}): Mailer {
  return {
    async send({ to, subject, text }) {
      const response = await fetch(`${url.replace(/\/$/, '')}/email`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-postmark-server-token': token,
        },
        body: JSON.stringify({
          From: from,
          To: to,
          Subject: subject,
          TextBody: text,
          MessageStream: 'outbound',
        }),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = (await response.json().catch(() => ({}))) as { ErrorCode?: number; Message?: string };
      if (!response.ok || answer.ErrorCode !== 0) {
        throw new DomainError(
          'MAIL_NOT_SENT',
          `The mail provider refused the mail (${answer.ErrorCode ?? response.status})`,
          {
            status: 502,
          },
        );
      }
    },
  };
}
