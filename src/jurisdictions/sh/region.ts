import type { Region } from '../../rules/shared/registration';

/** Where this document asks an organisation to be registered, based or active. */
export const REGION: Region = { name: '上海市', holds: (p) => p.province.code === '310000' };
