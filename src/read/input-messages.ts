import { InputError, type InputReason } from './input-error';

/**
 * Every line a clerk reads when a file cannot be checked, keyed by what went
 * wrong (as docxtemplater's errors.js and zod's error map keep theirs): the
 * reader, the annotator, the archive reader, the documents and the CLI's
 * file access all throw through {@link inputError}, so one file holds the
 * wording and the coarse reason a caller may branch on.
 */

const MB = 1048576;
const GB = 1073741824;

/** A size as the reader states limits: "12.3 MB" for a file, whole megabytes or gigabytes for a limit. */
const mb1 = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const mb0 = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const gb0 = (bytes: number) => `${(bytes / GB).toFixed(0)} GB`;
/** A file's size as the CLI states it: one decimal below 10 MB. */
const mbFile = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
/** An inflate limit: gigabytes from 1 GB up, else megabytes. */
const inflateLimit = (bytes: number) => (bytes >= GB ? gb0(bytes) : mb0(bytes));
/** A part's size: whole megabytes, or gigabytes from 1 GB up (one decimal unless whole). */
const partSize = (bytes: number) => (bytes >= GB ? `${(bytes / GB).toFixed(Number.isInteger(bytes / GB) ? 0 : 1)} GB` : mb0(bytes));

interface Message<P> {
  reason: InputReason;
  text: string | ((params: P) => string);
}

const line = <T extends string | ((params: never) => string)>(reason: InputReason, text: T) => ({ reason, text });

const annotatedUnwritable = ({ kind }: { kind: string }) => `无法写出标注后的工作簿：${kind}`;

export const INPUT_MESSAGES = {
  // What the file is, from its bytes.
  empty: line('empty', '文件为空（0 字节），不是 Excel 工作簿'),
  'file-too-large': line('too-large', ({ size, limit }: { size: number; limit: number }) => `文件大小 ${mb1(size)}，超过上限 ${mb0(limit)}`),
  'stream-too-large': line('too-large', ({ limit }: { limit: number }) => `文件超过上限 ${mb0(limit)}`),
  'encrypted-xlsx': line('encrypted', '工作簿设置了打开密码，请在 Excel 中取消密码（文件→信息→保护工作簿）后再检查'),
  'encrypted-legacy': line('encrypted', '工作簿设置了打开密码，请在 Excel、WPS 或 LibreOffice 中取消密码后再检查'),
  'word-document': line('not-xlsx', '这是 Word 文档，不是 Excel 工作簿'),
  csv: line('csv', '这是文本或 CSV 文件，不是 Excel 工作簿，请在 Excel 中打开并另存为 .xlsx 后再检查'),
  'not-xlsx': line('not-xlsx', '文件不是 Excel 工作簿（.xlsx）'),
  'zip-not-xlsx': line('not-xlsx', '文件是压缩包但不是 Excel 工作簿（.xlsx）'),
  xlsb: line('not-xlsx', '这是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx 后再检查'),
  'opendocument-text': line('not-xlsx', '这是 OpenDocument 文字或演示文稿，不是表格'),
  xls: line('xls', '这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再检查'),
  ods: line('not-xlsx', '这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查'),

  // The workbook's package.
  'zip-damaged': line('corrupt', '文件不是完整的 .xlsx 工作簿（压缩包已损坏或不完整）'),
  'duplicate-parts': line('corrupt', ({ name }: { name: string }) => `工作簿中有同名的内部文件（${name}），可能已损坏或被改动过，Excel 也无法打开，请在 Excel 中另存后再检查`),
  'too-many-parts': line('zip-bomb', ({ count }: { count: number }) => `工作簿内部文件数 ${count} 超过上限，疑似异常文件`),
  'workbook-inflates-too-much': line('zip-bomb', ({ limit }: { limit: number }) => `工作簿解压后大小超过 ${gb0(limit)}，疑似压缩炸弹，已拒绝读取`),
  'part-inflates-too-much': line('zip-bomb', ({ limit }: { limit: number }) => `工作簿解压后大小超过 ${inflateLimit(limit)}，疑似压缩炸弹，已拒绝读取`),
  'part-absent': line('corrupt', ({ label }: { label: string }) => `${label}缺失，工作簿不完整`),
  'part-broken': line('corrupt', ({ label, kind }: { label: string; kind: string }) => `${label}已损坏：${kind}`),
  'sheet-part-missing': line('corrupt', ({ book, sheet }: { book: string; sheet: string }) => `${book}已损坏：工作表“${sheet}”没有对应的部件`),
  'legacy-damaged': line('corrupt', ({ format }: { format: string }) => `无法读取工作簿：文件已损坏或不是有效的${format}`),
  'legacy-no-sheets': line('corrupt', ({ format }: { format: string }) => `${format}中没有工作表`),

  // What the reader refuses to hold.
  'too-many-sheets': line('limit', ({ count, limit }: { count: number; limit: number }) => `工作簿有 ${count} 个工作表，超过上限 ${limit} 个，已拒绝读取`),
  'too-many-cells': line('limit', ({ limit }: { limit: number }) => `工作簿的单元格超过上限 ${limit} 个，已拒绝读取`),
  'too-many-strings': line('limit', ({ limit }: { limit: number }) => `工作簿的共享字符串超过上限 ${limit} 个，已拒绝读取`),
  'too-many-merges': line('limit', ({ limit }: { limit: number }) => `工作簿的合并单元格区域超过上限 ${limit} 个，已拒绝读取`),
  'merges-too-tangled': line('limit', ({ sheet }: { sheet: string }) => `工作表“${sheet}”的合并单元格区域过多或相互重叠，已拒绝读取`),
  'sheet-too-many-rows': line('too-many-rows', ({ sheet, limit }: { sheet: string; limit: number }) => `工作表“${sheet}”超过 ${limit} 行，已拒绝读取`),

  // A workbook that is read but is no filing beian can check.
  'no-filing-sheets': line('no-sheets', ({ names }: { names: string }) => `工作簿中没有可识别的备案工作表（现有：${names}），请按备案模板工作簿整理后再检查`),
  'table-too-long': line('too-many-rows', ({ sheet, rows, limit }: { sheet: string; rows: number; limit: number }) => `工作表“${sheet}”有 ${rows} 行数据，超过上限 ${limit} 行，请删去多余的行或拆分后再检查`),

  // Marking a copy.
  'sheet-damaged': line('corrupt', '工作表内容已损坏（缺少单元格数据），无法标注'),
  'part-missing': line('corrupt', ({ part }: { part: string }) => `工作簿缺少内部文件 ${part}`),
  'part-damaged': line('corrupt', ({ part, kind }: { part: string; kind: string }) => `工作簿内部文件 ${part} 已损坏：${kind}`),
  'part-utf16': line('corrupt', ({ part }: { part: string }) => `工作簿内部文件 ${part} 使用 UTF-16 编码，暂不支持标注`),
  'part-not-utf8': line('corrupt', ({ part }: { part: string }) => `工作簿内部文件 ${part} 不是有效的 UTF-8 文本`),
  'part-too-large-to-copy': line('too-large', ({ part, size, limit }: { part: string; size: number; limit: number }) => `工作簿内部文件 ${part} 解压后有 ${partSize(size)}，超过可处理的上限 ${partSize(limit)}，无法另存副本`),
  'annotated-unwritable': line('corrupt', annotatedUnwritable),
  'annotated-too-large': line('too-large', annotatedUnwritable),

  // A .zip of received workbooks.
  'archive-damaged': line('corrupt', ({ what }: { what: string }) => `压缩包已损坏或不完整（${what}）`),
  'archive-too-many-files': line('zip-bomb', ({ count, limit }: { count: number; limit: number }) => `压缩包内文件数 ${count} 超过上限 ${limit}`),
  'archive-inflates-too-much': line('zip-bomb', ({ limit }: { limit: number }) => `压缩包解压后大小超过 ${gb0(limit)}，疑似压缩炸弹，已拒绝读取`),
  'archive-path-escapes': line('corrupt', ({ name }: { name: string }) => `压缩包中的路径“${name}”指向压缩包之外，已拒绝读取`),
  'archive-encrypted': line('encrypted', '压缩包中的文件设置了密码，请解压后再汇总'),
  'archive-ratio': line('zip-bomb', '压缩比异常，疑似压缩炸弹，已拒绝读取'),
  'archive-method': line('corrupt', ({ name, method }: { name: string; method: number }) => `压缩包中的“${name}”使用了不支持的压缩方式（${method}），请用常见的 zip 格式重新压缩`),
  'archive-entry-overflows': line('zip-bomb', ({ name }: { name: string }) => `压缩包中的“${name}”解压后超过其声明的大小，疑似压缩炸弹，已停止`),

  // The Word documents a workbook would make.
  'too-many-documents': line('limit', ({ count, limit }: { count: number; limit: number }) => `此工作簿将生成 ${count} 个 Word 文件，超过上限 ${limit} 个，请拆分工作簿或用 --form 选择表格`),
  'form-too-long': line('limit', ({ title, rows, limit }: { title: string; rows: number; limit: number }) => `“${title}”将有 ${rows} 行，超过 Word 表格上限 ${limit} 行，请拆分工作簿后再生成`),

  // Files named on the command line or picked in the page.
  'path-over-limit': line('too-large', ({ file, limit }: { file: string; limit: number }) => `“${file}”超过大小上限 ${mbFile(limit)}`),
  'path-too-large': line('too-large', ({ file, size, limit }: { file: string; size: number; limit: number }) => `“${file}”大小 ${mbFile(size)}，超过上限 ${mbFile(limit)}`),
  'not-a-file': line('not-file', ({ file, kind, what }: { file: string; kind: string; what: string }) => `“${file}”是${kind}，不是${what}`),
  'picked-file-changed': line('corrupt', '无法读取文件：选择后文件已被移动、删除或修改，请重新选择'),
} as const satisfies Record<string, Message<never>>;

export type InputMessageKey = keyof typeof INPUT_MESSAGES;

type ParamsOf<K extends InputMessageKey> = (typeof INPUT_MESSAGES)[K]['text'] extends (params: infer P) => string ? P : never;

/** A message's parameters when its line has any, then the library's or the system's own text for `--debug`. */
type Args<K extends InputMessageKey> = [ParamsOf<K>] extends [never] ? [detail?: string] : [params: ParamsOf<K>, detail?: string];

/** The InputError of a catalogued message: its Chinese line and its reason. */
export function inputError<K extends InputMessageKey>(key: K, ...args: Args<K>): InputError {
  const { reason, text } = INPUT_MESSAGES[key] as Message<unknown>;
  if (typeof text === 'string') return new InputError(text, reason, args[0] as string | undefined);
  return new InputError(text(args[0]), reason, args[1] as string | undefined);
}
