export const AGREEMENT = `query ($filter: AgreementFilter) {
  aiAgreement(filter: $filter) {
    overall { source answers reviews count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa }
    criteria { source criterionKey criterionName count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa }
  }
}`;

export const COHORTS = `query { cohorts(options: { take: 100, sort: { field: NAME, order: ASC } }) { nodes { id name } } }`;

export type Source = 'ANALYZER' | 'LLM';

export interface Figures {
  source: Source;
  count: number;
  exactAgreement: number;
  withinOneAgreement: number;
  meanDifference: number;
  quadraticWeightedKappa: number | null;
}

export interface Agreement {
  aiAgreement: {
    overall: (Figures & { answers: number; reviews: number })[];
    criteria: (Figures & { criterionKey: string; criterionName: string })[];
  };
}

export interface Cohorts {
  cohorts: { nodes: { id: string; name: string }[] };
}
