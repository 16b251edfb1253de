import type { SpecificsMetrics } from '../types';
import type { Sentence } from '../text/tokenize';
import { phraseRegExp } from '../text/word-lists';

/** Concrete detail: names, acronyms, technical vocabulary; and the vague words that replace it. */

const TECH_TERMS = new Set(
  `api apis restful graphql grpc http https websocket websockets json sql nosql postgres postgresql mysql
  mongodb redis kafka rabbitmq elasticsearch dynamodb cassandra sqlite database databases schema
  index indexes indices query queries join joins transaction transactions cache caching cdn dns
  latency throughput bandwidth qps rps tps p95 p99 sla slo sli uptime queue queues pubsub webhook
  webhooks cron batch streaming etl pipeline pipelines shard shards sharding replica replicas
  replication partition partitions partitioning consistency availability idempotent idempotency
  retry retries backoff timeout timeouts microservice microservices monolith kubernetes k8s docker
  container containers aws gcp azure lambda s3 ec2 terraform ci cd deployment deployments rollback
  canary monitoring observability logging logs alerting dashboards grafana datadog prometheus
  memory cpu gpu storage concurrency thread threads threading lock locks mutex deadlock async
  algorithm algorithms complexity recursion recursive iterative hash hashing hashmap hashtable
  array arrays tree trees trie heap stack graph graphs bfs dfs dijkstra memoization greedy sorting
  binary pointer pointers typescript javascript python java kotlin golang angular vue nodejs django
  frontend backend serverless oauth jwt sso rbac encryption tls
  ssl authentication authorization refactor refactored refactoring regression tdd e2e jira figma
  salesforce tableau excel experiment experiments hypothesis cohort funnel churn retention
  conversion nps okr okrs kpi kpis roadmap backlog sprint sprints scrum kanban mvp`.split(/\s+/),
);
const TECH_BIGRAMS = new Set(
  `load balancer|load balancing|circuit breaker|rate limit|rate limiting|rate limiter|feature flag|
  feature flags|race condition|binary search|dynamic programming|sliding window|two pointers|
  consistent hashing|bloom filter|technical debt|unit test|unit tests|integration test|integration
  tests|message queue|event driven|code review|code reviews|root cause|post mortem|data model|
  big o|time complexity|space complexity|garbage collection|connection pool|read replica|
  write through|eventual consistency|leader election|user research|usability testing`
    .split('|')
    .map((p) => p.replace(/\s+/g, ' ').trim()),
);
// Tool names that are also everyday words ("last spring", "react quickly"): only when capitalized.
const CASED_TECH_TERMS = new Set(['react', 'spring', 'swift', 'rust', 'rails', 'node', 'express', 'go', 'rest']);
const BIGRAM_STARTS = new Set([...TECH_BIGRAMS].map((b) => b.split(' ')[0]));
const COMPLEXITY_NOTATION = /\bo\([^)]{1,12}\)/g;

const VAGUE = phraseRegExp([
  'stuff',
  'things like that',
  'and things',
  'something like that',
  'somehow',
  'a lot',
  'lots of',
  'various',
  'etc',
  'and so on',
  'whatever',
  'a bunch',
  'pretty much',
  'and everything',
  'all that',
  'some things',
  'some stuff',
  'kind of things',
  'or something',
]);

// Capitalized words that are capitalized for grammar, not because they name something.
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'okay']);

function isName(raw: string, position: number): boolean {
  if (NOT_NAMES.has(raw.toLowerCase())) return false;
  // Acronyms ("QA", "AWS", "SQL") count anywhere; capitalized words only mid-sentence.
  if (/^[A-Z][A-Z0-9&]{1,5}s?$/.test(raw)) return true;
  return position > 0 && /^\p{Lu}/u.test(raw);
}

function distinctCapped(values: Iterable<string>, max = 20): string[] {
  return [...new Set(values)].slice(0, max);
}

export function findSpecifics(sentences: readonly Sentence[], lower: string, numbers: number): SpecificsMetrics {
  const names: string[] = [];
  const technical: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      if (isName(s.raw[i], i)) names.push(s.raw[i]);
      const cased = i > 0 && CASED_TECH_TERMS.has(s.words[i]) && s.raw[i] !== s.words[i];
      if (cased || TECH_TERMS.has(s.words[i])) technical.push(s.words[i]);
      else if (BIGRAM_STARTS.has(s.words[i]) && TECH_BIGRAMS.has(`${s.words[i]} ${s.words[i + 1]}`)) {
        technical.push(`${s.words[i]} ${s.words[i + 1]}`);
      }
    }
  }
  for (const [notation] of lower.matchAll(COMPLEXITY_NOTATION)) technical.push(notation);
  return {
    numbers,
    names: distinctCapped(names),
    technicalTerms: distinctCapped(technical),
    vagueTerms: [...lower.matchAll(VAGUE)].map((m) => m[0].replace(/\s+/g, ' ')),
  };
}
