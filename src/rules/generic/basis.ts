/** Basis of rules that only ask for clean data, not a clause of a document. */
export const DATA_QUALITY = 'beian 数据质量检查（SPEC §5.1）';
