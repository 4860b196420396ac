import type { BusinessType } from '../../model/schema';
import type { ProfileId } from '../../profiles/profiles';

/** One item of a profile's required-materials list (申请材料). */
export interface Material {
  /** As the seed names it; the 申请材料 sheet is prefilled with this text. */
  name: string;
  /** Other ways clerks write it, matched after normalisation. */
  aliases?: readonly string[];
  /** Seed file and clause requiring it. */
  basis: string;
  /** False for items that are only needed in some cases (e.g. 央企分支机构还应提供); listed, not enforced. */
  required: boolean;
  /** Chinese note shown in the 备注 column, e.g. when the item applies. */
  note?: string;
}

export type MaterialsFor = (business: BusinessType) => readonly Material[];

export type MaterialsTable = Partial<Record<ProfileId, MaterialsFor>>;
