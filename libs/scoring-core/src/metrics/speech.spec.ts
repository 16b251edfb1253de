import type { SpeechInput, SpokenWord } from '../types';
import { measureSpeech } from './speech';

/** Words with hand-set timings: [word, start, end]. */
const words = (...timed: [string, number, number][]): SpokenWord[] => timed.map(([word, start, end]) => ({ word, start, end }));

describe('measureSpeech', () => {
  it('measures pace, pauses and spoken fillers from word timings', () => {
    const speech: SpeechInput = {
      durationSeconds: 8,
      segments: [],
      words: words(
        ['Um', 1.0, 1.3],
        ['so', 1.4, 1.6],
        ['I', 1.7, 1.8],
        ['would', 1.8, 2.0],
        // 0.5 s: a comma, not a pause.
        ['uh', 2.5, 2.7],
        ['start', 2.8, 3.1],
        ['with', 3.1, 3.3],
        ['the', 3.3, 3.4],
        ['requirements', 3.4, 4.2],
        // 2 s: a pause.
        ['then', 6.2, 6.5],
        ['I', 6.5, 6.6],
        ['would', 6.6, 6.8],
        ['add', 6.8, 7.0],
        ['a', 7.0, 7.1],
        ['queue', 7.1, 7.5],
      ),
    };
    expect(measureSpeech(speech)).toEqual({
      timing: 'WORD',
      recordingSeconds: 8,
      speakingSeconds: 6.5,
      silenceBeforeFirstWordSeconds: 1,
      pauseCount: 1,
      longestPauseSeconds: 2,
      longestPauseAtSeconds: 4.2,
      wordCount: 15,
      // 15 words in 6.5 s.
      wordsPerMinute: 138,
      // 2 of 15 words.
      fillerWords: { total: 2, per100Words: 13.3, breakdown: { um: 1, uh: 1 } },
    });
  });

  it('hears a "like" set off by a short gap as a filler, and not without one', () => {
    const said = (gap: number) =>
      measureSpeech({
        durationSeconds: 3,
        segments: [],
        words: words(
          ['it', 0, 0.2],
          ['was', 0.2, 0.4],
          ['like', 0.4, 0.6],
          ['a', 0.6 + gap, 0.7 + gap],
          ['mess', 0.7 + gap, 1 + gap],
        ),
      }).fillerWords.breakdown;
    expect(said(0.4)).toEqual({ like: 1 });
    expect(said(0)).toEqual({});
  });

  it('falls back on segment gaps without word timings, and says so', () => {
    const m = measureSpeech({
      durationSeconds: 10,
      words: [],
      segments: [
        { start: 0.5, end: 3, text: ' Um, I would start with the requirements.' },
        { start: 5.5, end: 9, text: ' Then I would add a queue.' },
      ],
    });
    expect(m).toEqual({
      timing: 'SEGMENT',
      recordingSeconds: 10,
      speakingSeconds: 8.5,
      silenceBeforeFirstWordSeconds: 0.5,
      pauseCount: 1,
      longestPauseSeconds: 2.5,
      longestPauseAtSeconds: 3,
      wordCount: 13,
      // 13 words in 8.5 s.
      wordsPerMinute: 92,
      fillerWords: { total: 1, per100Words: 7.7, breakdown: { um: 1 } },
    });
  });

  it('counts only gaps of 1.5 s or more as pauses, but the longest gap whatever its length', () => {
    const m = measureSpeech({
      durationSeconds: 6,
      segments: [],
      words: words(['one', 0, 0.5], ['two', 1.9, 2.2], ['three', 3.7, 4], ['four', 5.6, 6]),
    });
    // Gaps 1.4, 1.5 and 1.6 s.
    expect([m.pauseCount, m.longestPauseSeconds, m.longestPauseAtSeconds]).toEqual([2, 1.6, 4]);
  });

  it('takes an empty transcript as silence throughout', () => {
    expect(measureSpeech({ durationSeconds: 4, words: [], segments: [] })).toEqual({
      timing: 'SEGMENT',
      recordingSeconds: 4,
      speakingSeconds: 0,
      silenceBeforeFirstWordSeconds: 4,
      pauseCount: 0,
      longestPauseSeconds: 0,
      longestPauseAtSeconds: null,
      wordCount: 0,
      wordsPerMinute: 0,
      fillerWords: { total: 0, per100Words: 0, breakdown: {} },
    });
  });
});
