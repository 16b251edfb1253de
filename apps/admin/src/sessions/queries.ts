import type { ResourceQueries } from '../resources/queries';

const FIELDS = 'id createdAt completedAt mode status focusLossCount awaitingCoachScore candidate { name email }';
const ANALYSIS_FIELDS = `wordCount wordsPerMinute durationSeconds durationEstimated thinkingSeconds relevance
  fillerWords { total per100Words breakdown { filler count } }
  star { partsFound situation { found } task { found } action { found } result { found } }
  ownership { iCount weCount } hedging { count } talkingPointCoverage { covered missed }
  quantifiedResults { value }`;
const EVALUATION_FIELDS = `id source status overallScore evidenceReason criteria { key name score rationale evidence }
  rubricCriteria { key name }
  feedback { stronger communication concerns } actionItems followUpQuestion redFlags { code message }
  analysis { ${ANALYSIS_FIELDS} }
  reviews { id reviewerId overallScore comment actionItems overrides { key score note } createdAt }`;

/** One sitting with everything a review needs: each answer's timings, the analyzer's metrics, the AI's scores and the reviews. */
export const SESSION_QUERY = `query ($id: ID!) { one: session(id: $id) { ${FIELDS} confidenceBefore confidenceAfter
  questions { id position prompt followUpDepth timeLimitSeconds thinkingSeconds
    answers { id attempt text overTime startedLate thinkingSeconds durationSeconds evaluation { ${EVALUATION_FIELDS} }
      recordings { id part audioUrl durationMs transcript { words { word start end } } }
      recordingComments { id atSeconds body authorName authorId } } } } }`;

export const sessionQueries: ResourceQueries = {
  list: `query ($options: SessionListOptions) { list: sessions(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: SESSION_QUERY,
  sortFields: { createdAt: 'CREATED_AT', completedAt: 'COMPLETED_AT' },
  defaultSort: 'CREATED_AT',
};
