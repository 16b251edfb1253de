// Jest runs TypeScript through SWC (decorator metadata included). NestJS 12, cookie and content-disposition ship ESM only,
// so they are transformed too; see STACK-FACTS.md.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|cookie|content-disposition)/)'],
  moduleNameMapper: { '^@mockint/([a-z-]+)$': '<rootDir>/libs/$1/src' },
};

module.exports = {
  // End-to-end tests boot a real API on a fresh database.
  testTimeout: 60_000,
  // Every app a test starts is closed in afterAll, but PGlite's WebAssembly runtime inside Jest's VM
  // contexts keeps the worker alive for about a minute afterwards (a plain Node process exits at once).
  forceExit: true,
  globalSetup: '<rootDir>/test/support/build-web-apps.js',
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/{apps,libs}/**/src/**/*.spec.ts'] },
    // PGlite loads its WebAssembly with a dynamic import, so `npm test` runs Jest with --experimental-vm-modules.
    { ...common, displayName: 'e2e', rootDir: __dirname, testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
