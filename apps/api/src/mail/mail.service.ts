import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail through SMTP_URL; without it, `send` reports false and the caller hands the link over itself. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) this.transport = nodemailer.createTransport(config.smtpUrl);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    this.logger.log(`Mail "${mail.subject}" sent`);
    return true;
  }

  /**
   * For notifications already marked as sent: a failure is logged, not retried (the next one comes),
   * so a mail server outage never sends a notification twice.
   */
  async sendOrWarn(mail: Mail): Promise<boolean> {
    return this.send(mail).catch((error: Error) => {
      this.logger.warn(`Notification "${mail.subject}" not sent: ${error.message}`);
      return false;
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
