export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

/** A GraphQL client over real HTTP, optionally signed in. */
export class GqlClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors };
  }

  /** The data, failing the test with the server's errors if there were any. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** The first error's code, failing the test if the call succeeded. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions?.code;
  }

  async signIn(email: string, password = 'demo1234', organizationId?: string): Promise<GqlClient> {
    const data = await this.ok<{ signIn: { accessToken: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password, organizationId } },
    );
    return new GqlClient(this.baseUrl, data.signIn.accessToken);
  }
}
