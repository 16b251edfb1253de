import type { FitMetrics } from '../types';

const REASONS = /\b(?:because|since|that's why|that is why|which is why|the reason|so that|what (?:draws|attracts|excites) me)\b/;
const ROLE =
  /\b(?:your|this|the) (?:company|team|product|products|mission|customers|users|platform|role|position|job|culture|values|engineering|work)\b|\b(?:you(?:'re| are) (?:building|doing|solving))\b/;
const CONTRIBUTION =
  /\bi(?:'d| would| could| can| will|'ll) (?:bring|help|contribute|add|build|apply|use|lead|grow|learn|love to)\b|\bmy (?:experience|background|skills?) (?:in|with|would|could|fits?)\b/;
const GROWTH =
  /\bi(?:'ve| have) (?:learned|learnt|started|been (?:working|practising|practicing|improving)|improved|worked on)\b|\bi(?:'m| am) (?:working on|learning|improving)\b|\bi now\b|\bnow i\b|\bthese days\b|\bto (?:address|fix|improve|work on) (?:this|that|it)\b/;

export function fitSignals(lower: string, names: readonly string[]): FitMetrics {
  return {
    givesReasons: REASONS.test(lower),
    refersToRole: names.length > 0 || ROLE.test(lower),
    statesContribution: CONTRIBUTION.test(lower),
    showsGrowth: GROWTH.test(lower),
  };
}
