import { highlight } from './highlights';

describe('highlight', () => {
  it('marks evidence quotes case-insensitively and fillers as whole words, evidence first', () => {
    const segments = highlight('Um, I cut costs by 20% and, um, likewise shipped it.', ['i cut costs by 20%'], ['um', 'like']);
    expect(segments).toEqual([
      { text: 'Um', mark: 'filler' },
      { text: ', ' },
      { text: 'I cut costs by 20%', mark: 'evidence' },
      { text: ' and, ' },
      { text: 'um', mark: 'filler' },
      { text: ', likewise shipped it.' },
    ]);
  });

  it('leaves the text whole when nothing matches, and ignores empty quotes', () => {
    expect(highlight('Plain answer.', ['', 'absent'], [])).toEqual([{ text: 'Plain answer.' }]);
  });

  it('keeps every character, so the segments read back as the answer', () => {
    const text = 'So, basically, you know, we (I) led it: 3 releases.';
    expect(
      highlight(text, ['we (I) led it'], ['basically', 'you know'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});
