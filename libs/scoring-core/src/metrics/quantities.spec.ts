import { tokenizeSentence } from '../text/tokenize';
import { quantifiedResults, quantitiesIn } from './quantities';

const kinds = (text: string) => quantitiesIn(tokenizeSentence(text)).map((q) => [q.value, q.kind]);

describe('quantitiesIn', () => {
  it('recognizes percentages, money, multipliers, durations and counts', () => {
    expect(kinds('We cut costs by 40% and saved $1.2M in 3 months, 2x faster, across 12 teams.')).toEqual([
      ['40%', 'percent'],
      ['$1.2M', 'money'],
      ['3 months', 'duration'],
      ['2x', 'multiplier'],
      ['12', 'count'],
    ]);
  });
  it('recognizes spelled-out numbers with units and at the ends of a change', () => {
    expect(kinds('It took two weeks and failures fell from twelve a month to zero, fifteen percent fewer.')).toEqual([
      ['two weeks', 'duration'],
      ['twelve', 'count'],
      ['zero', 'count'],
      ['fifteen percent', 'percent'],
    ]);
    expect(kinds('Signups doubled.')).toEqual([['doubled', 'multiplier']]);
  });
  it('tells years apart and ignores digits inside names', () => {
    expect(kinds('In 2019 we moved Q3 reporting to S3.')).toEqual([['2019', 'year']]);
  });
  it('quotes the clause around the number', () => {
    expect(quantitiesIn(tokenizeSentence('After the launch, churn went from 8% to 3%, which pleased sales.'))[0].phrase).toBe(
      'churn went from 8% to 3%',
    );
  });
});

describe('quantifiedResults', () => {
  it('keeps numbers of result sentences, minus years; multipliers always count', () => {
    const context = quantitiesIn(tokenizeSentence('In 2021 a team of 6 owned 40 services.'));
    const result = quantitiesIn(tokenizeSentence('By 2022 we cut incidents by 30%.'));
    const doubled = quantitiesIn(tokenizeSentence('Traffic doubled.'));
    const results = quantifiedResults([context, result, doubled], (i) => i === 1);
    expect(results.map((q) => q.value)).toEqual(['30%', 'doubled']);
  });
});
