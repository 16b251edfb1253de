import { joinTranscripts, parseTranscription } from './transcript';

describe('parseTranscription', () => {
  it('shifts timings by the earlier parts and falls back on the last end without a duration', () => {
    expect(parseTranscription({ text: ' hi ', words: [{ word: ' hi', start: 0.5, end: 1 }] }, 10)).toEqual({
      text: 'hi',
      language: null,
      durationSeconds: 1,
      timing: 'WORD',
      words: [{ word: 'hi', start: 10.5, end: 11 }],
      segments: [],
    });
  });
});

describe('joinTranscripts', () => {
  const part = (text: string, timing: 'WORD' | 'SEGMENT', start: number) => ({
    text,
    language: 'en',
    durationSeconds: 2,
    timing,
    words: timing === 'WORD' ? [{ word: text, start, end: start + 1 }] : [],
    segments: [{ text, start, end: start + 1 }],
  });

  it('keeps word timings only when every part that says something has them', () => {
    expect(joinTranscripts([part('a', 'WORD', 0), part('b', 'WORD', 2)])).toMatchObject({
      timing: 'WORD',
      durationSeconds: 4,
      text: 'a b',
    });
    expect(joinTranscripts([part('a', 'WORD', 0), part('b', 'SEGMENT', 2)])).toMatchObject({
      timing: 'SEGMENT',
      words: [],
      segments: [{ text: 'a' }, { text: 'b' }],
    });
    expect(joinTranscripts([part('a', 'WORD', 0), { ...part('', 'SEGMENT', 2), segments: [] }])).toMatchObject({
      timing: 'WORD',
      text: 'a',
    });
  });
});
