import { quoteClause, swapVoice } from './phrasing';

describe('swapVoice', () => {
  it('speaks to the candidate', () => {
    expect(swapVoice('I was asked to fix my own script with our team', 'you')).toBe(
      'you were asked to fix your own script with your team',
    );
  });
  it('attributes "we" to the team with agreement', () => {
    expect(swapVoice('we were migrating our database', 'team')).toBe("the team was migrating the team's database");
  });
  it('keeps names capitalized and drops dangling words', () => {
    expect(swapVoice('Priya and I rewrote the', 'you')).toBe('Priya and you rewrote');
  });
});

describe('quoteClause', () => {
  it('starts at the pattern, skips lead-ins and stops at the clause end', () => {
    expect(quoteClause('As a result, the client renewed the contract, which was great.', 'you')).toBe(
      'the client renewed the contract',
    );
    expect(quoteClause('Then I set up a weekly sync with design, and it helped.', 'you', /\bI\b/)).toBe(
      'you set up a weekly sync with design',
    );
  });
  it('returns null when there is nothing worth quoting', () => {
    expect(quoteClause(undefined, 'you')).toBeNull();
    expect(quoteClause('Yes.', 'you')).toBeNull();
  });
});
