import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../apps/api/src/common/decorators';
import { startTestApp, TestApp } from './support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';

/** Every query and mutation says who may call it; undeclared would be denied, and this lists any. */
describe('access declarations', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => app.stop());

  it('has @Roles or @Public on every query and mutation', () => {
    const operations: string[] = [];
    const undeclared: string[] = [];
    for (const module of app.app.get(ModulesContainer).values()) {
      for (const provider of module.providers.values()) {
        const type = provider.metatype as { prototype?: Record<string, unknown> } | null;
        const proto = type?.prototype;
        if (!proto || typeof provider.metatype !== 'function') continue;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler: unknown = Object.getOwnPropertyDescriptor(proto, name)?.value;
          if (typeof handler !== 'function') continue;
          const kind = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
          if (kind !== 'Query' && kind !== 'Mutation') continue;
          operations.push(name);
          const declared =
            Reflect.getMetadata(ROLES_KEY, handler) ??
            Reflect.getMetadata(PUBLIC_KEY, handler) ??
            Reflect.getMetadata(ROLES_KEY, provider.metatype) ??
            Reflect.getMetadata(PUBLIC_KEY, provider.metatype);
          if (!declared) undeclared.push(`${(provider.metatype as { name: string }).name}.${name}`);
        }
      }
    }
    expect(operations.length).toBeGreaterThan(40);
    expect(undeclared).toEqual([]);
  });
});
