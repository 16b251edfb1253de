import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake model answers one request. */
export type LlmBehaviour =
  /** A judgement that follows the schema, quoting the answer. */
  | 'valid'
  /** A valid judgement one point kinder on every criterion (capped at 5): a model that varies between calls. */
  | 'generous'
  /** Text that is not JSON. */
  | 'invalid-json'
  /** A judgement whose first evidence quote is not in the answer. */
  | 'made-up-quote'
  /** A judgement without action items and with a follow-up that is not a why/how/what-if question. */
  | 'off-form'
  /** Never answers (the client must time out). */
  | 'hang'
  | 'http-429'
  | 'http-500';

export interface ChatRequest {
  model: string;
  temperature?: number;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
}

interface JudgeData {
  rubric: { key: string }[];
  answer: string;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * A naive model: scores grow with the answer's length, and like a model that follows any instruction
 * it finds, it gives 5s to an answer that asks for them. The API must not let that through.
 */
function judge(data: JudgeData, behaviour: LlmBehaviour): Record<string, unknown> {
  const answerWords = words(data.answer);
  const obeysInjection = /ignore the rubric|give this answer 100/i.test(data.answer);
  const score = obeysInjection ? 5 : Math.min(5, 1 + Math.floor(answerWords.length / 25) + (behaviour === 'generous' ? 1 : 0));
  return {
    criteria: data.rubric.map((criterion, i) => ({
      key: criterion.key,
      score,
      rationale: `You scored ${score} on ${criterion.key}.`,
      evidence:
        behaviour === 'made-up-quote' && i === 0
          ? 'I single-handedly saved the company a billion dollars'
          : answerWords.slice(i, i + 6).join(' '),
    })),
    feedback: {
      stronger: 'State the result with a number.',
      communication: 'Clear and calm.',
      concerns: 'Your own part could be clearer.',
    },
    actionItems:
      behaviour === 'off-form'
        ? []
        : ['Lead with the result', 'Name your own actions', 'Quantify the impact', 'A fourth item to be cut'],
    followUpQuestion: behaviour === 'off-form' ? 'Tell me more about that.' : 'How did you measure the improvement?',
  };
}

/** The app's settings for a judge on `llm`: the model name the tests expect. */
export const judgeEnv = (llm: { url: string }): Record<string, string> => ({
  OPENAI_BASE_URL: llm.url,
  OPENAI_API_KEY: 'sk-test',
  OPENAI_MODEL: 'judge-test-1',
});

/** A local OpenAI-compatible chat completions server for tests: real HTTP for the real SDK. */
export class FakeLlm {
  readonly requests: ChatRequest[] = [];
  /** Behaviours for the next requests, in order; after them every request gets `fallback`. */
  private readonly script: LlmBehaviour[] = [];
  fallback: LlmBehaviour = 'valid';
  /** Per model named in the request, after the script and before `fallback`: a panel of different models. */
  byModel: Record<string, LlmBehaviour> = {};
  /** Like many local servers: HTTP 400 for `json_schema` output, `json_object` only. */
  jsonObjectOnly = false;
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeLlm> {
    const fake = new FakeLlm();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  next(...behaviours: LlmBehaviour[]): void {
    this.script.push(...behaviours);
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.fallback = 'valid';
    this.byModel = {};
    this.jsonObjectOnly = false;
  }

  /** The answer text the API sent in a request. */
  static answerOf(request: ChatRequest): string {
    return (JSON.parse(request.messages.find((m) => m.role === 'user')!.content) as JudgeData).answer;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    this.requests.push(request);
    if (this.jsonObjectOnly && request.response_format?.type === 'json_schema') {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { message: "response_format type 'json_schema' is not supported", type: 'invalid_request_error' },
        }),
      );
      return;
    }
    const behaviour = this.script.shift() ?? this.byModel[request.model] ?? this.fallback;
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    switch (behaviour) {
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'http-429':
        return void json(429, { error: { message: 'Rate limit reached', type: 'rate_limit_exceeded' } });
      case 'http-500':
        return void json(500, { error: { message: 'The server had an error', type: 'server_error' } });
    }
    const data = JSON.parse(request.messages.find((m) => m.role === 'user')!.content) as JudgeData;
    const content =
      behaviour === 'invalid-json' ? 'Sure! Here is my judgement: the answer is good.' : JSON.stringify(judge(data, behaviour));
    json(200, {
      id: `chatcmpl-${this.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      usage: {
        prompt_tokens: 400 + words(data.answer).length,
        completion_tokens: 150,
        total_tokens: 550 + words(data.answer).length,
      },
    });
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
