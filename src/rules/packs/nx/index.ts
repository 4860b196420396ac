import type { RulePack } from '../../rule';
import { trainingScale, trainingYears } from './experience';
import { standardNamed } from './standard';
import { expertTeam } from './team';

/** 004_294d19caa7da1658.txt: the national selection measures for 1+X training-evaluation organisations. */
export const NX_PACK: RulePack = {
  id: 'nx',
  title: '全国·1+X培训评价组织遴选',
  rules: [standardNamed, expertTeam, trainingYears, trainingScale],
};
