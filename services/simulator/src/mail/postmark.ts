import type { FastifyInstance } from 'fastify';

export interface Mail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  at: string;
}

/** Mail received since start (the newest 1,000), as a developer's mail catcher shows it. */
export function createMailbox(now: () => Date) {
  const mails: Mail[] = [];
  let next = 0;
  return {
    add(mail: Omit<Mail, 'id' | 'at'>): Mail {
      next += 1;
      const stored = { ...mail, id: `sim-mail-${next}`, at: now().toISOString() };
      mails.push(stored);
      if (mails.length > 1_000) mails.shift();
      return stored;
    },
    to: (address: string) => mails.filter((m) => m.to.toLowerCase() === address.toLowerCase()),
  };
}

export type Mailbox = ReturnType<typeof createMailbox>;

const postmarkBody = {
  type: 'object',
  required: ['From', 'To', 'Subject'],
  properties: {
    From: { type: 'string', minLength: 1 },
    To: { type: 'string', minLength: 1 },
    Subject: { type: 'string' },
    TextBody: { type: 'string' },
    HtmlBody: { type: 'string' },
    MessageStream: { type: 'string' },
  },
} as const;

/**
 * Postmark's single-email API (`POST /email`, server token in `X-Postmark-Server-Token`): answered as
 * Postmark does, `{ ErrorCode: 0, MessageID, … }`, or ErrorCode 10 (401) for a wrong token and 300 (422)
 * for a mail with neither body.
 */
export function postmarkRoutes({ token, mailbox }: { token: string; mailbox: Mailbox }) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: { From: string; To: string; Subject: string; TextBody?: string; HtmlBody?: string } }>(
      '/email',
      { schema: { body: postmarkBody } },
      async (request, reply) => {
        if (request.headers['x-postmark-server-token'] !== token) {
          return reply
            .code(401)
            .send({ ErrorCode: 10, Message: 'Request does not contain a valid Server token.' });
        }
        const { From, To, Subject, TextBody, HtmlBody } = request.body;
        if (!TextBody && !HtmlBody) {
          return reply
            .code(422)
            .send({ ErrorCode: 300, Message: 'Provide either email TextBody or HtmlBody or both.' });
        }
        const mail = mailbox.add({ from: From, to: To, subject: Subject, text: TextBody ?? HtmlBody ?? '' });
        return { To, SubmittedAt: mail.at, MessageID: mail.id, ErrorCode: 0, Message: 'OK' };
      },
    );
  };
}

/** `GET /simulator/mail?to=…`: the mail sent to that address, oldest first. */
export function mailControlRoutes({ mailbox }: { mailbox: Mailbox }) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { to: string } }>(
      '/mail',
      {
        schema: { querystring: { type: 'object', required: ['to'], properties: { to: { type: 'string' } } } },
      },
      async (request) => ({ mails: mailbox.to(request.query.to) }),
    );
  };
}
