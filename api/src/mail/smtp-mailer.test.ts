import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailer } from './smtp-mailer.js';

// A real SMTP conversation with a local server that keeps what it receives.
const received: string[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('SmtpMailer', () => {
  it('delivers a mail with its sender, recipient, subject and body', async () => {
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${port}?ignoreTLS=true`, 'Hub du CLSM <hub@example.org>');
    await mailer.send({ to: 'camille@example.org', subject: 'Invitation au hub', text: 'Bonjour, voici le lien.' });
    mailer.close();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^From: Hub du CLSM <hub@example.org>/m);
    expect(received[0]).toMatch(/^To: camille@example.org/m);
    expect(received[0]).toMatch(/^Subject: Invitation au hub/m);
    expect(received[0]).toContain('Bonjour, voici le lien.');
  });
});
