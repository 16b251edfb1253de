import { resolve } from 'node:path';

/** Everything the process reads from its environment, parsed once at start-up. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  /** Introspection and "did you mean" suggestions: only with NODE_ENV=development set explicitly, not by default. */
  readonly introspection: boolean;
  readonly port: number;
  readonly host: string;
  /** Absent: embedded PGlite under `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** Absent: in-process queue. */
  readonly redisUrl?: string;
  /** Whether the API process also runs queued jobs (always without Redis; with Redis the worker does). */
  readonly jobsInApi: boolean;
  /** The BullMQ queue's name: installs sharing one Redis need different names. */
  readonly queueName: string;
  /** How often answers still waiting in the scoring outbox are queued again (after an outage, a crash). */
  readonly scoringSweepSeconds: number;
  /** How long a subscription waits for its result before it ends with an error that says to poll instead. */
  readonly subscriptionTimeoutSeconds: number;
  /** Absent: answers are scored by the offline analyzer only. */
  readonly llm?: LlmConfig;
  /** Absent: recordings are not transcribed (the candidate types the transcript). */
  readonly transcribe?: TranscribeConfig;
  /** Absent: a secret is generated once and kept in `dataDir` (embedded) or per process (with a warning). */
  readonly jwtSecret?: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly invitationTtlHours: number;
  readonly passwordResetTtlMinutes: number;
  /** Never with NODE_ENV=production. */
  readonly seedDemo: boolean;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly signInMaxPerAccount: number;
  readonly signInMaxPerAddress: number;
  readonly signInWindowSeconds: number;
  /**
   * Which proxies may name the client's address in X-Forwarded-For (sign-in throttling counts per
   * address): none (false), all (true), the nearest N hops, or these addresses and CIDR ranges.
   */
  readonly trustProxy: boolean | number | string[];
  readonly maxUploadBytes: number;
  /** Absent: recorded answers' audio is kept on disk under `dataDir/recordings` (a temp folder with an in-memory database). */
  readonly s3?: S3Config;
}

/** S3-compatible object storage (AWS S3, MinIO, ...) for recorded answers' audio. */
export interface S3Config {
  readonly bucket: string;
  /** Absent: AWS S3 itself. */
  readonly endpoint?: string;
  readonly region: string;
  /** Absent: the AWS SDK's default credential chain (environment, instance role). */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Bucket in the path (`endpoint/bucket/key`), as MinIO and most self-hosted servers need. */
  readonly forcePathStyle: boolean;
}

/** An OpenAI-compatible chat completions endpoint for the LLM judge. */
export interface LlmConfig {
  /** Absent: the SDK's default (api.openai.com). */
  readonly baseUrl?: string;
  /** Local servers often need none; the SDK still sends one. */
  readonly apiKey: string;
  /** One model, or several judging each answer (a criterion's score is the median of theirs). */
  readonly models: readonly string[];
  /** One call's limit: retries belong to the job queue. */
  readonly timeoutMs: number;
}

/** An OpenAI-compatible `/v1/audio/transcriptions` endpoint (a self-hosted Whisper server or a hosted one). */
export interface TranscribeConfig {
  readonly baseUrl: string;
  /** Self-hosted servers often need none; the SDK still sends one. */
  readonly apiKey: string;
  readonly model: string;
  /** One call's limit: retries belong to the job queue. */
  readonly timeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** DATA_DIR value that keeps the embedded database in memory (tests, throw-away demos). */
export const IN_MEMORY = 'memory://';

type Env = Record<string, string | undefined>;

/** Reads variables one by one and collects every problem, so a bad start-up lists them all at once. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  /** A comma-separated list, trimmed and without repeats. */
  list(name: string, fallback: readonly string[]): readonly string[] {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const items = [...new Set(raw.split(',').map((item) => item.trim()))].filter(Boolean);
    if (!items.length) this.problems.push(`${name} must name at least one (got "${raw}")`);
    return items.length ? items : fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  /** false, true, a hop count, or a comma-separated list of addresses and CIDR ranges. */
  trustProxy(name: string): boolean | number | string[] {
    const raw = this.string(name);
    if (raw === undefined || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    if (['true', 'yes'].includes(raw.toLowerCase())) return true;
    if (/^\d+$/.test(raw)) return Number(raw);
    const list = raw.split(',').map((part) => part.trim());
    if (list.some((part) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(part))) {
      this.problems.push(`${name} must be true, false, a number of hops or a comma-separated list of addresses (got "${raw}")`);
      return false;
    }
    return list;
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return raw;
  }
}

export function loadConfig(env: Env, cwd = process.cwd()): AppConfig {
  const read = new EnvReader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = read.int('PORT', 3000, 0, 65535);
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const jwtSecret = read.string('JWT_SECRET');
  const dataDir = read.string('DATA_DIR') ?? 'data';
  const redisUrl = read.url('REDIS_URL', ['redis:', 'rediss:']);
  const llmBaseUrl = read.url('OPENAI_BASE_URL', ['http:', 'https:']);
  const llmApiKey = read.string('OPENAI_API_KEY');
  const llm: LlmConfig | undefined =
    llmBaseUrl || llmApiKey
      ? {
          baseUrl: llmBaseUrl,
          apiKey: llmApiKey ?? 'not-needed',
          models: read.list('OPENAI_MODEL', ['gpt-4o-mini']),
          timeoutMs: read.int('OPENAI_TIMEOUT_MS', 20_000, 100, 300_000),
        }
      : undefined;
  const s3 = readS3(read);
  const transcribeBaseUrl = read.url('TRANSCRIBE_BASE_URL', ['http:', 'https:']);
  const transcribe: TranscribeConfig | undefined = transcribeBaseUrl
    ? {
        baseUrl: transcribeBaseUrl,
        apiKey: read.string('TRANSCRIBE_API_KEY') ?? 'not-needed',
        // speaches' (faster-whisper) name for Whisper small: fast enough on a CPU.
        model: read.string('TRANSCRIBE_MODEL') ?? 'Systran/faster-whisper-small',
        // A CPU transcribes a few minutes of audio in tens of seconds.
        timeoutMs: read.int('TRANSCRIBE_TIMEOUT_MS', 120_000, 100, 900_000),
      }
    : undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    read.problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (nodeEnv === 'production' && databaseUrl && !jwtSecret) {
    read.problems.push('JWT_SECRET is required in production with DATABASE_URL (replicas must share it)');
  }
  const config: AppConfig = {
    nodeEnv,
    introspection: read.string('NODE_ENV') === 'development',
    port,
    host: read.string('HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: dataDir === IN_MEMORY ? IN_MEMORY : resolve(cwd, dataDir),
    redisUrl,
    jobsInApi: !redisUrl || read.bool('JOBS_IN_API', false),
    queueName: read.string('QUEUE_NAME') ?? 'mockint',
    scoringSweepSeconds: read.int('SCORING_SWEEP_SECONDS', 30, 1, 3600),
    subscriptionTimeoutSeconds: read.int('SUBSCRIPTION_TIMEOUT_SECONDS', 300, 1, 3600),
    llm,
    transcribe,
    jwtSecret,
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86_400),
    refreshTokenTtlSeconds: read.int('REFRESH_TOKEN_TTL_SECONDS', 1_209_600, 300, 31_536_000),
    invitationTtlHours: read.int('INVITATION_TTL_HOURS', 72, 1, 720),
    passwordResetTtlMinutes: read.int('PASSWORD_RESET_TTL_MINUTES', 120, 5, 10_080),
    seedDemo: read.bool('SEED_DEMO', !databaseUrl && nodeEnv !== 'production'),
    smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: read.string('MAIL_FROM') ?? 'Mock Interviews <no-reply@localhost>',
    publicUrl: read.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    signInMaxPerAccount: read.int('SIGN_IN_MAX_PER_ACCOUNT', 5, 1, 1000),
    signInMaxPerAddress: read.int('SIGN_IN_MAX_PER_ADDRESS', 30, 1, 100_000),
    signInWindowSeconds: read.int('SIGN_IN_WINDOW_SECONDS', 900, 1, 86_400),
    trustProxy: read.trustProxy('TRUST_PROXY'),
    maxUploadBytes: read.int('MAX_UPLOAD_BYTES', 1_048_576, 1024, 52_428_800),
    s3,
  };
  if (config.seedDemo && nodeEnv === 'production') {
    read.problems.push('SEED_DEMO cannot be true with NODE_ENV=production: create the organization with `npm run manage`');
  }
  if (read.problems.length) throw new ConfigError(read.problems);
  return Object.freeze(config);
}

/** The S3_* variables: all ignored without S3_BUCKET; access key and secret come as a pair. */
function readS3(read: EnvReader): S3Config | undefined {
  const bucket = read.string('S3_BUCKET');
  const endpoint = read.url('S3_ENDPOINT', ['http:', 'https:']);
  const accessKeyId = read.string('S3_ACCESS_KEY_ID');
  const secretAccessKey = read.string('S3_SECRET_ACCESS_KEY');
  const forcePathStyle = read.bool('S3_FORCE_PATH_STYLE', endpoint !== undefined);
  if (!bucket) return undefined;
  if (!accessKeyId !== !secretAccessKey) read.problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  return {
    bucket,
    endpoint,
    region: read.string('S3_REGION') ?? 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
