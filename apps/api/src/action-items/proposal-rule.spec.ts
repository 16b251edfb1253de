import { proposeActionItems, Suggestion } from './proposal-rule';

const item = (evaluationId: string, text: string, score: number | null, rank = 1, position = 0): Suggestion => ({
  evaluationId,
  text,
  rank,
  score,
  position,
  attempt: 1,
});

describe('proposed action items', () => {
  it('puts items several answers suggested first, then those of the lowest-scoring answers', () => {
    const proposals = proposeActionItems(
      [
        item('high', 'Quantify the result', 80, 1, 0),
        item('high', 'Slow down', 80, 2, 0),
        item('low', 'Name your own part', 40, 1, 1),
        item('mid', 'quantify  the RESULT ', 60, 1, 2),
        item('mid', 'Pause before answering', 60, 2, 2),
      ],
      new Set(),
    );
    expect(proposals).toEqual([
      // Two answers: proposed from the lower-scoring one, spelled as that evaluation spells it.
      { evaluationId: 'mid', text: 'quantify  the RESULT ', answerCount: 2, lowestScore: 60 },
      { evaluationId: 'low', text: 'Name your own part', answerCount: 1, lowestScore: 40 },
      { evaluationId: 'mid', text: 'Pause before answering', answerCount: 1, lowestScore: 60 },
    ]);
  });

  it('breaks ties by the place in the evaluation, then in the sitting', () => {
    const proposals = proposeActionItems(
      [item('b', 'Second on b', 50, 2, 1), item('a', 'Second on a', 50, 2, 0), item('b', 'First on b', 50, 1, 1)],
      new Set(),
    );
    expect(proposals.map((p) => p.text)).toEqual(['First on b', 'Second on a', 'Second on b']);
  });

  it('leaves out excluded items whatever their spelling, and counts an answer once', () => {
    const proposals = proposeActionItems(
      [item('a', 'Use STAR', 30), item('a', 'use star', 30, 2), item('b', 'Slow down', 90), item('c', 'Smile', 70)],
      new Set(['slow down']),
    );
    expect(proposals).toEqual([
      { evaluationId: 'a', text: 'Use STAR', answerCount: 1, lowestScore: 30 },
      { evaluationId: 'c', text: 'Smile', answerCount: 1, lowestScore: 70 },
    ]);
  });

  it('puts a withheld answer (too little to judge) below any scored one, its score left out of the lowest', () => {
    const proposals = proposeActionItems(
      [item('scored', 'Say more', 20), item('withheld', 'say more', null), item('alone', 'Give an example', null, 1, 1)],
      new Set(),
    );
    expect(proposals).toEqual([
      { evaluationId: 'withheld', text: 'say more', answerCount: 2, lowestScore: 20 },
      { evaluationId: 'alone', text: 'Give an example', answerCount: 1, lowestScore: null },
    ]);
  });
});
