import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with no configuration at all on embedded defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 3000, dataDir: '/srv/app/data', seedDemo: true, nodeEnv: 'development' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('does not seed demo data on a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('never seeds demo data in production, whatever the database', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(/TRUST_PROXY/);
  });

  it('judges with one model or a panel named in OPENAI_MODEL', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(loadConfig({ OPENAI_API_KEY: 'sk' }).llm?.models).toEqual(['gpt-4o-mini']);
    expect(loadConfig({ OPENAI_API_KEY: 'sk', OPENAI_MODEL: ' m-a , m-b,m-a ,' }).llm?.models).toEqual(['m-a', 'm-b']);
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk', OPENAI_MODEL: ' , ' })).toThrow(/OPENAI_MODEL must name at least one/);
  });

  it('stores audio on disk unless S3_BUCKET is set, and checks the S3 variables', () => {
    expect(loadConfig({ S3_ENDPOINT: 'http://minio:9000' }).s3).toBeUndefined();
    expect(
      loadConfig({ S3_BUCKET: 'audio', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).s3,
    ).toEqual({
      bucket: 'audio',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      forcePathStyle: true,
    });
    expect(loadConfig({ S3_BUCKET: 'audio', S3_REGION: 'eu-west-3' }).s3).toMatchObject({
      forcePathStyle: false,
      credentials: undefined,
    });
    expect(() => loadConfig({ S3_BUCKET: 'audio', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ S3_BUCKET: 'audio', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });

  it('lists every bad variable by name', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', SEED_DEMO: 'maybe', JWT_SECRET: 'short' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'SEED_DEMO', 'JWT_SECRET']) expect(text).toContain(name);
  });

  it('turns on introspection only when NODE_ENV=development is set explicitly', () => {
    expect(loadConfig({}).introspection).toBe(false);
    expect(loadConfig({}).nodeEnv).toBe('development');
    for (const nodeEnv of ['', 'test', 'production']) expect(loadConfig({ NODE_ENV: nodeEnv }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it('transcribes only with TRANSCRIBE_BASE_URL, with a placeholder key and a self-hosted default model', () => {
    expect(loadConfig({ TRANSCRIBE_API_KEY: 'k', TRANSCRIBE_MODEL: 'whisper-1' }).transcribe).toBeUndefined();
    expect(loadConfig({ TRANSCRIBE_BASE_URL: 'http://whisper:8000/v1' }).transcribe).toEqual({
      baseUrl: 'http://whisper:8000/v1',
      apiKey: 'not-needed',
      model: 'Systran/faster-whisper-small',
      timeoutMs: 120_000,
    });
    expect(() => loadConfig({ TRANSCRIBE_BASE_URL: 'whisper:8000' })).toThrow(/TRANSCRIBE_BASE_URL/);
    expect(() => loadConfig({ TRANSCRIBE_BASE_URL: 'http://w/v1', TRANSCRIBE_TIMEOUT_MS: '0' })).toThrow(/TRANSCRIBE_TIMEOUT_MS/);
  });

  it('requires a shared JWT secret for production replicas', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' })).toThrow(/JWT_SECRET/);
  });
});
