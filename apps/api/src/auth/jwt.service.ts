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
  private secret: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Without JWT_SECRET the embedded runtime keeps a generated one in its data folder, so restarts keep sessions. */
  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = this.config.jwtSecret;
    } else if (!this.config.databaseUrl && this.config.dataDir !== IN_MEMORY) {
      const file = join(this.config.dataDir, 'jwt-secret');
      if (existsSync(file)) {
        this.secret = (await readFile(file, 'utf8')).trim();
      } else {
        this.secret = newSecret();
        await mkdir(this.config.dataDir, { recursive: true });
        await writeFile(file, this.secret, { mode: 0o600 });
      }
    } else {
      this.secret = newSecret();
      if (this.config.databaseUrl)
        this.logger.warn('JWT_SECRET is not set: tokens are signed with a per-process secret and die with it');
    }
  }

  sign(claims: AccessClaims): string {
    return jwt.sign(claims, this.secret, { algorithm: 'HS256', expiresIn: this.config.accessTokenTtlSeconds });
  }

  /** The claims, or null for a token that is malformed, forged or expired. */
  verify(token: string): AccessClaims | null {
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'] });
      if (typeof claims !== 'object' || !claims.sub || !claims.org || !claims.mid) return null;
      return claims as unknown as AccessClaims;
    } catch {
      return null;
    }
  }
}
