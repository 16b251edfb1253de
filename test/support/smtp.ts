import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  /** Every message received, oldest first. */
  received: { to: string[]; body: string }[];
  /** SMTP_URL for the app under test. */
  url: string;
  /** The first link in the latest message to `to` that matches `pattern` (quoted-printable undone). */
  link(to: string, pattern: RegExp): string | undefined;
  /** Every message to `to`, oldest first, with quoted-printable soft line breaks undone. */
  to(address: string): string[];
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives. */
export async function startMailbox(): Promise<Mailbox> {
  const received: Mailbox['received'] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    received,
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    link(to, pattern) {
      const message = [...received].reverse().find((m) => m.to.includes(to));
      const body = message?.body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      return body && pattern.exec(body)?.[0];
    },
    to: (address) => received.filter((m) => m.to.includes(address)).map((m) => m.body.replace(/=\r?\n/g, '')),
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}

/** The token after `#token=` in a link. */
export const tokenOf = (url: string): string => decodeURIComponent(url.split('#token=')[1]);
