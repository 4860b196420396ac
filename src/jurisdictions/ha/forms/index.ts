import type { ChangeDocument } from '../../../forms/change-document';
import type { FormDef } from '../../../forms/common';
import { SOURCE } from '../source';
import { HA_APPLY } from './ha-apply';
import { HA_PLAN } from './ha-plan';
import { HA_RENEW } from './ha-renew';
import { HA_RULES } from './ha-rules';

export const HA_FORMS: readonly FormDef[] = [HA_APPLY, HA_PLAN, HA_RENEW, HA_RULES];

/** A 河南 信息变更 is filed on its 申请表 (附件1), changes in red (四（三）2). */
export const HA_CHANGE_DOCUMENT: ChangeDocument = { source: SOURCE.id, place: '河南', form: HA_APPLY.id };
