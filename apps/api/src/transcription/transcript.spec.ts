import { joinTranscripts, parseTranscription } from './transcript';

describe('parseTranscription', () => {
  it('trims the words and falls back on the last end without a duration', () => {
    expect(parseTranscription({ text: ' hi ', words: [{ word: ' hi', start: 0.5, end: 1 }] })).toEqual({
      text: 'hi',
      language: null,
      durationSeconds: 1,
      timing: 'WORD',
      words: [{ word: 'hi', start: 0.5, end: 1 }],
      segments: [],
    });
  });
});

describe('joinTranscripts', () => {
  const part = (text: string, timing: 'WORD' | 'SEGMENT', start = 0) => ({
    text,
    language: 'en',
    durationSeconds: 2,
    timing,
    words: timing === 'WORD' ? [{ word: text, start, end: start + 1 }] : [],
    segments: [{ text, start, end: start + 1 }],
  });

  it("times each part on from the parts before it (each part's length)", () => {
    expect(joinTranscripts([part('a', 'WORD', 0.5), part('b', 'WORD', 0.25)])).toMatchObject({
      durationSeconds: 4,
      words: [
        { word: 'a', start: 0.5, end: 1.5 },
        { word: 'b', start: 2.25, end: 3.25 },
      ],
      segments: [
        { text: 'a', start: 0.5, end: 1.5 },
        { text: 'b', start: 2.25, end: 3.25 },
      ],
    });
  });

  it('keeps word timings only when every part that says something has them', () => {
    expect(joinTranscripts([part('a', 'WORD'), part('b', 'WORD')])).toMatchObject({
      timing: 'WORD',
      durationSeconds: 4,
      text: 'a b',
    });
    expect(joinTranscripts([part('a', 'WORD'), part('b', 'SEGMENT')])).toMatchObject({
      timing: 'SEGMENT',
      words: [],
      segments: [{ text: 'a' }, { text: 'b' }],
    });
    expect(joinTranscripts([part('a', 'WORD'), { ...part('', 'SEGMENT'), segments: [] }])).toMatchObject({
      timing: 'WORD',
      text: 'a',
    });
  });
});
