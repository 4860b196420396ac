import type { Region } from '../../rules/shared/registration';

/** 新疆维吾尔自治区's division code. */
const XINJIANG = '650000';

/** Where this document asks an organisation to be registered, based or active. */
export const REGION: Region = { name: '新疆', holds: (p) => p.province.code === XINJIANG };
