import { Inject, Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode } from '../common/app-error';
import { QueueBackend } from '../queue/queue-backend';

/**
 * Attempts at a password (sign-in, accepting an invitation as an existing account, asking for a reset
 * link), counted per account and per client address in a fixed window. An attempt is counted before the
 * password is checked, so parallel guesses cannot slip past the limit; a success gives its points back.
 * With Redis the counters are shared by every replica (atomic increments), with an in-memory fallback
 * while Redis is unreachable; in memory each key expires with its window, so memory stays bounded.
 */
@Injectable()
export class SignInThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, backend: QueueBackend) {
    const limiter = (name: string, points: number): RateLimiterAbstract => {
      const options = { keyPrefix: `${config.queueName}:sign-in:${name}`, points, duration: config.signInWindowSeconds };
      const memory = new RateLimiterMemory(options);
      if (!backend.redis) return memory;
      return new RateLimiterRedis({
        ...options,
        storeClient: backend.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      });
    };
    this.perAccount = limiter('account', config.signInMaxPerAccount);
    this.perAddress = limiter('address', config.signInMaxPerAddress);
  }

  /** Counts one attempt; TOO_MANY_REQUESTS when the account or the address is over its limit. */
  async attempt(email: string, address: string): Promise<void> {
    try {
      await Promise.all([this.perAddress.consume(addressKey(address)), this.perAccount.consume(accountKey(email))]);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new AppError(
        ErrorCode.TOO_MANY_REQUESTS,
        'SIGN_IN_THROTTLED',
        `Too many attempts. Wait ${Math.ceil(error.msBeforeNext / 60_000)} minute(s) and try again.`,
      );
    }
  }

  /** The password was right: the account starts afresh and the address gets its point back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(accountKey(email)), this.perAddress.reward(addressKey(address))]);
  }
}

const accountKey = (email: string): string => email.trim().toLowerCase();

/** An IPv6 client usually holds a whole /64: counting each address apart would let it rotate freely. */
function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`;
}
