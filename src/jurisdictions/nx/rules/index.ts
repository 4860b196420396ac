import type { RulePack } from '../../../rules/rule';
import { prohibitedSituations, recentTextbooks } from './conditions';
import { trainingScale, trainingYears } from './experience';
import { standardNamed } from './standard';
import { expertTeam } from './team';

/** The national selection measures for 1+X training-evaluation organisations. */
export const NX_PACK: RulePack = {
  id: 'nx',
  title: '全国·1+X培训评价组织遴选',
  rules: [prohibitedSituations, standardNamed, recentTextbooks, expertTeam, trainingYears, trainingScale],
};
