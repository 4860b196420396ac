import type { FormInput } from '../../../forms/common';

/** 附件1 and 附件4's 评价机构类型 boxes. */
export const HA_CATEGORIES = ['全国性用人单位分支机构', '省内其他用人单位', '全国社评组织分支', '行业社评组织分支', '省内其他社评组织', '院校', '其他'];

/** The box an organisation belongs in, from its profile and 单位性质. */
export function haCategory(input: FormInput): string {
  const nature = input.book.org?.text('nature') ?? '';
  switch (input.result.profile.id) {
    case 'ha-school':
      return '院校';
    case 'ha-employer':
      return nature === '央企' ? '全国性用人单位分支机构' : '省内其他用人单位';
    case 'ha-social':
      return '省内其他社评组织';
    default:
      return '其他';
  }
}
