import nodemailer from 'nodemailer';

export interface MailMessage {
  /**
   * One address, or everyone one notice goes to (a desk's agents): one message, each address a
   * blind copy, so a new ticket is one outbox row and one SMTP transaction, not one per agent.
   */
  to: string | string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer; `smtpUrl` like smtp://user:pass@host:587 (smtps:// for implicit TLS). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      const recipients = typeof message.to === 'string' ? [message.to] : message.to;
      const addressed = recipients.length === 1 ? { to: recipients[0] } : { bcc: recipients };
      await transport.sendMail({ from, ...addressed, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}
