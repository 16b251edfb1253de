import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode } from '../common/app-error';

/**
 * Failed sign-ins counted per account and per address in a sliding window. Kept in memory: behind
 * several replicas each counts on its own, which still bounds guessing to (replicas x limit).
 */
@Injectable()
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.config.signInWindowSeconds * 1000;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  assertAllowed(email: string, address: string, now = Date.now()): void {
    const limited =
      this.recent(`account:${email}`, now).length >= this.config.signInMaxPerAccount ||
      this.recent(`address:${address}`, now).length >= this.config.signInMaxPerAddress;
    if (limited) {
      throw new AppError(
        ErrorCode.TOO_MANY_REQUESTS,
        'SIGN_IN_THROTTLED',
        'Too many failed sign-in attempts. Wait a few minutes and try again.',
      );
    }
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }
}
