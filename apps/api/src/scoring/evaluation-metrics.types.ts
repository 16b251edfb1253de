import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AnswerMetrics, StarPart } from '@mockint/scoring-core';

/** The analyzer's kinds of numbers; the values are the stored ones (lower case). */
export enum QuantityKind {
  PERCENT = 'percent',
  MONEY = 'money',
  MULTIPLIER = 'multiplier',
  DURATION = 'duration',
  COUNT = 'count',
  YEAR = 'year',
}
registerEnumType(QuantityKind, { name: 'QuantityKind' });

/** How finely a spoken answer's delivery was timed. */
export enum SpeechTiming {
  WORD = 'WORD',
  SEGMENT = 'SEGMENT',
}
registerEnumType(SpeechTiming, {
  name: 'SpeechTiming',
  valuesMap: {
    WORD: { description: 'Between the recognised words: every pause is seen.' },
    SEGMENT: {
      description: "Between the transcriber's segments only (it gave no word timings): pauses within a segment are missed.",
    },
  },
});

@ObjectType()
export class FillerCount {
  @Field({ description: 'The filler, normalised ("um", "like", "you know").' }) filler: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class FillerAnalysis {
  @Field(() => Int) total: number;
  @Field(() => Float) per100Words: number;
  @Field(() => [FillerCount], { description: 'Which fillers and how often, most frequent first.' }) breakdown: FillerCount[];
}

@ObjectType()
export class StarPartAnalysis {
  @Field() found: boolean;
  @Field(() => [String], { description: 'The sentences that make this part.' }) sentences: string[];
}

@ObjectType({ description: 'Situation, task, action, result: the parts of a told story the analyzer found.' })
export class StarAnalysis {
  @Field(() => StarPartAnalysis) situation: StarPartAnalysis;
  @Field(() => StarPartAnalysis) task: StarPartAnalysis;
  @Field(() => StarPartAnalysis) action: StarPartAnalysis;
  @Field(() => StarPartAnalysis) result: StarPartAnalysis;
  @Field(() => Int, { description: 'How many of the four parts were found (0..4).' }) partsFound: number;
}

@ObjectType({ description: 'A number in the answer that measures something ("40%", "$20k", "3 weeks").' })
export class QuantifiedResult {
  @Field({ description: 'The number as written, with its unit.' }) value: string;
  @Field(() => QuantityKind) kind: QuantityKind;
  @Field({ description: 'The clause around it.' }) phrase: string;
}

@ObjectType({ description: '"I" against "we": whether the candidate says what they did themselves.' })
export class OwnershipAnalysis {
  @Field(() => Int) iCount: number;
  @Field(() => Int) weCount: number;
  @Field(() => Float, { nullable: true, description: 'iCount / (iCount + weCount), 0..1; null when the answer uses neither.' })
  ratio: number | null;
}

@ObjectType({ description: 'Phrases that weaken a claim ("I think", "sort of", "maybe").' })
export class HedgingAnalysis {
  @Field(() => Int) count: number;
  @Field(() => [String]) phrases: string[];
}

@ObjectType({ description: "Which of the question's talking points the answer covered." })
export class TalkingPointAnalysis {
  @Field(() => [String]) covered: string[];
  @Field(() => [String]) missed: string[];
  @Field(() => Float, { nullable: true, description: 'covered / all, 0..1; null when the question has no talking points.' })
  ratio: number | null;
}

/**
 * The offline analyzer's delivery and content metrics of one answer (it runs whoever scores). Parts an
 * older analyzer did not store are null.
 */
@ObjectType({ description: "The analyzer's delivery and content metrics of the answer; a part it did not produce is null." })
export class EvaluationAnalysis {
  @Field(() => Int) wordCount: number;
  @Field(() => Float) wordsPerMinute: number;
  @Field(() => Float, {
    description: 'Speaking (or writing) time in seconds; for a spoken answer, from the first word to the last.',
  })
  durationSeconds: number;
  @Field({ description: 'The duration was not measured and was estimated from the word count.' }) durationEstimated: boolean;
  @Field(() => Float, { nullable: true, description: 'Seconds from the question being shown to the first word.' })
  thinkingSeconds: number | null;
  @Field(() => FillerAnalysis, { nullable: true }) fillerWords: FillerAnalysis | null;
  @Field(() => StarAnalysis, { nullable: true }) star: StarAnalysis | null;
  @Field(() => [QuantifiedResult], { nullable: true }) quantifiedResults: QuantifiedResult[] | null;
  @Field(() => OwnershipAnalysis, { nullable: true }) ownership: OwnershipAnalysis | null;
  @Field(() => HedgingAnalysis, { nullable: true }) hedging: HedgingAnalysis | null;
  @Field(() => Boolean, { nullable: true, description: 'The candidate asked a clarifying question before answering.' })
  askedClarifyingQuestion: boolean | null;
  @Field(() => TalkingPointAnalysis, { nullable: true }) talkingPointCoverage: TalkingPointAnalysis | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Topical overlap with the question, its talking points and competencies, 0..1.',
  })
  relevance: number | null;
  @Field(() => SpeechTiming, {
    nullable: true,
    description: 'Set when pace, pauses and fillers were measured from a recording, and how finely; null for a typed answer.',
  })
  speechTiming: SpeechTiming | null;
  @Field(() => Float, { nullable: true, description: "The recording's length in seconds (all its parts)." })
  recordingSeconds: number | null;
  @Field(() => Float, { nullable: true, description: 'Seconds of the recording before the first word.' })
  silenceBeforeFirstWordSeconds: number | null;
  @Field(() => Int, { nullable: true, description: 'Gaps of 1.5 s or more between words (or segments) of the recording.' })
  pauseCount: number | null;
  @Field(() => Float, { nullable: true, description: 'The longest gap between words (or segments), in seconds.' })
  longestPauseSeconds: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Where the longest pause starts, seconds into the recording; null without a pause.',
  })
  longestPauseAtSeconds: number | null;
}

const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

/** The stored metrics (jsonb, possibly from an older analyzer) as GraphQL fields. */
export function analysisOf(stored: Partial<AnswerMetrics>): EvaluationAnalysis {
  const { fillerWords, star, ownership, hedging, talkingPointCoverage, speech } = stored;
  const part = (p: StarPart | undefined): StarPartAnalysis => ({ found: p?.found ?? false, sentences: p?.sentences ?? [] });
  return {
    wordCount: stored.wordCount ?? 0,
    wordsPerMinute: stored.wordsPerMinute ?? 0,
    durationSeconds: stored.durationSeconds ?? 0,
    durationEstimated: stored.durationEstimated ?? false,
    thinkingSeconds: stored.thinkingSeconds ?? null,
    fillerWords: fillerWords
      ? {
          total: fillerWords.total,
          per100Words: fillerWords.per100Words,
          breakdown: Object.entries(fillerWords.breakdown ?? {})
            .map(([filler, count]) => ({ filler, count }))
            .sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler)),
        }
      : null,
    star: star
      ? {
          situation: part(star.situation),
          task: part(star.task),
          action: part(star.action),
          result: part(star.result),
          partsFound: STAR_PARTS.filter((p) => star[p]?.found).length,
        }
      : null,
    quantifiedResults: stored.quantifiedResults?.map((q) => ({ ...q, kind: q.kind as QuantityKind })) ?? null,
    ownership: ownership ?? null,
    hedging: hedging ?? null,
    askedClarifyingQuestion: stored.askedClarifyingQuestion ?? null,
    talkingPointCoverage: talkingPointCoverage ?? null,
    relevance: stored.relevance ?? null,
    speechTiming: speech ? (speech.timing as SpeechTiming) : null,
    recordingSeconds: speech?.recordingSeconds ?? null,
    silenceBeforeFirstWordSeconds: speech?.silenceBeforeFirstWordSeconds ?? null,
    pauseCount: speech?.pauseCount ?? null,
    longestPauseSeconds: speech?.longestPauseSeconds ?? null,
    longestPauseAtSeconds: speech?.longestPauseAtSeconds ?? null,
  };
}
