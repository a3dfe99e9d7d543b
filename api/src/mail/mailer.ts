import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Without an SMTP server, mails are written to the log, so a local install stays usable. */
export class LogMailer implements Mailer {
  constructor(private readonly log: Logger) {}

  async send(mail: Mail): Promise<void> {
    this.log.info({ mail: { recipient: mail.to, subject: mail.subject, text: mail.text } }, 'mail (no SMTP server configured)');
  }
}
