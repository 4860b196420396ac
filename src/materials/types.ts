import type { BusinessType } from '../model/schema';
import type { RecognisedWorkbook } from '../model/table';
import type { ProfileId } from '../profiles/profiles';

/** One item of a profile's required-materials list (申请材料). */
export interface Material {
  /** As the document names it; the 申请材料 sheet is prefilled with this text. */
  name: string;
  /** Other ways clerks write it, matched after normalisation. */
  aliases?: readonly string[];
  /** The document and clause requiring it. */
  basis: string;
  /** False for items that are only needed in some cases (e.g. 央企分支机构还应提供); listed, not enforced. */
  required: boolean;
  /** Kept ready for the technical evaluation rather than submitted (HA 二（八）: 在技术评估时备查): missing is information, not an error. */
  onSite?: boolean;
  /** Required only when the workbook shows the case the clause names (e.g. part-time examiners); `note` says which. */
  when?: (book: RecognisedWorkbook) => boolean;
  /** Chinese note shown in the 备注 column, e.g. when the item applies. */
  note?: string;
}

export type MaterialsFor = (business: BusinessType) => readonly Material[];

export type MaterialsTable = Partial<Record<ProfileId, MaterialsFor>>;
