import { createSecretKey, KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig, IN_MEMORY } from '../config/config';
import { Role } from '../common/role';
import { newSecret } from './secrets';

export interface AccessClaims {
  sub: string;
  org: string;
  mid: string;
  role: Role;
}

/** Signs and checks short-lived access tokens (HS256). */
@Injectable()
export class JwtService implements OnModuleInit {
  private readonly logger = new Logger(JwtService.name);
  /** A KeyObject: with a plain string, jsonwebtoken first tries it as a public key on every call (about 1 ms). */
  private key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Without JWT_SECRET the embedded runtime keeps a generated one in its data folder, so restarts keep sessions. */
  async onModuleInit(): Promise<void> {
    this.key = createSecretKey(Buffer.from(await this.loadSecret(), 'utf8'));
  }

  private async loadSecret(): Promise<string> {
    if (this.config.jwtSecret) return this.config.jwtSecret;
    if (!this.config.databaseUrl && this.config.dataDir !== IN_MEMORY) {
      const file = join(this.config.dataDir, 'jwt-secret');
      if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
      const secret = newSecret();
      await mkdir(this.config.dataDir, { recursive: true });
      await writeFile(file, secret, { mode: 0o600 });
      return secret;
    }
    if (this.config.databaseUrl)
      this.logger.warn('JWT_SECRET is not set: tokens are signed with a per-process secret and die with it');
    return newSecret();
  }

  sign(claims: AccessClaims): string {
    return jwt.sign(claims, this.key, { algorithm: 'HS256', expiresIn: this.config.accessTokenTtlSeconds });
  }

  /**
   * A short-lived token for one link (`audience` names its use, e.g. playing one recording). It carries
   * no member claims, so it is never accepted as an access token, nor an access token as a link.
   */
  signLink(audience: string, claims: Record<string, string>, ttlSeconds: number): string {
    return jwt.sign(claims, this.key, { algorithm: 'HS256', audience, expiresIn: ttlSeconds });
  }

  /** A link token's claims, or null if it is malformed, forged, expired or for another use. */
  verifyLink(audience: string, token: string): Record<string, unknown> | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], audience });
      return typeof claims === 'object' ? claims : null;
    } catch {
      return null;
    }
  }

  /** The claims, or null for a token that is malformed, forged or expired. */
  verify(token: string): AccessClaims | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'] });
      if (typeof claims !== 'object' || !claims.sub || !claims.org || !claims.mid) return null;
      return claims as unknown as AccessClaims;
    } catch {
      return null;
    }
  }
}
