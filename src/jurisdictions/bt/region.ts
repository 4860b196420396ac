import type { Region } from '../../rules/shared/registration';

/** 新疆维吾尔自治区's division code. */
const XINJIANG = '650000';

/**
 * Where this document asks an organisation to be registered, based or
 * active. The 兵团's places lie in 新疆; an ordinary 新疆 place may still be
 * a 师's without saying so (第十一、十二师 have no city).
 */
export const REGION: Region = { name: '兵团辖区', holds: (p) => (p.bingtuan ? true : p.province.code === XINJIANG ? undefined : false) };
