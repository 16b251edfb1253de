import { firstSubscriptionResult } from '@mockint/web-graphql';
import type { AnswerScoredSubscription, ScoredAnswerFragment } from '../gql/graphql';
import { request, session } from '../graphql';
import { ANSWER, ANSWER_SCORED } from './operations';

const POLL_MS = 1500;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });

/**
 * The answer once scored: pushed over the WebSocket subscription, or, where the socket cannot be used
 * (a proxy without WebSocket support), by polling `answer(id)`.
 */
export async function scoredAnswer(id: string, signal: AbortSignal): Promise<ScoredAnswerFragment> {
  try {
    const { answerScored } = await firstSubscriptionResult<AnswerScoredSubscription>(
      session.token,
      ANSWER_SCORED.toString(),
      { id },
      signal,
    );
    return answerScored;
  } catch (error) {
    if (signal.aborted) throw error;
  }
  for (;;) {
    const { answer } = await request(ANSWER, { id }, signal);
    if (answer.status === 'SCORED') return answer;
    await sleep(POLL_MS, signal);
  }
}
