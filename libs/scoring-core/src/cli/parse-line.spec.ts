import { parseLine } from './parse-line';

describe('parseLine', () => {
  it('accepts a full record and treats null optionals as absent', () => {
    const parsed = parseLine(
      JSON.stringify({
        question: {
          prompt: 'Why us?',
          type: 'BEHAVIORAL',
          competencies: ['Motivation'],
          talkingPoints: null,
          timeLimitSeconds: 90,
        },
        answer: { text: 'Because...', thinkingSeconds: 3, durationSeconds: null },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      question: {
        prompt: 'Why us?',
        type: 'BEHAVIORAL',
        competencies: ['Motivation'],
        talkingPoints: undefined,
        timeLimitSeconds: 90,
      },
      answer: { text: 'Because...', thinkingSeconds: 3, durationSeconds: undefined },
    });
  });

  it.each([
    ['{not json', /^invalid JSON/],
    ['[1, 2]', /JSON object/],
    ['{"answer":{"text":"x"}}', /question must be an object/],
    ['{"question":{"prompt":""},"answer":{"text":"x"}}', /question\.prompt must be a non-empty string/],
    ['{"question":{"prompt":"p"},"answer":{}}', /answer\.text must be a string/],
    ['{"question":{"prompt":"p","type":"CHAT"},"answer":{"text":"x"}}', /question\.type must be one of/],
    ['{"question":{"prompt":"p","talkingPoints":"a"},"answer":{"text":"x"}}', /talkingPoints must be an array of strings/],
    ['{"question":{"prompt":"p"},"answer":{"text":"x","durationSeconds":-5}}', /durationSeconds must be a non-negative number/],
    [
      '{"question":{"prompt":"p","timeLimitSeconds":"60"},"answer":{"text":"x"}}',
      /timeLimitSeconds must be a non-negative number/,
    ],
  ])('rejects %s', (line, message) => {
    const parsed = parseLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('reports every problem of a line at once', () => {
    const parsed = parseLine('{"question":{},"answer":{"text":1}}');
    expect(parsed).toEqual({ ok: false, error: 'question.prompt must be a non-empty string; answer.text must be a string' });
  });
});
