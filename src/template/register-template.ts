import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, REGISTER_SHEET } from '../summarize/register';
import { HEADER_ARGB, TEMPLATE_ROWS, writeInstructions } from './template-workbook';

/** Files made on any day are byte-identical. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const WIDTH: Record<(typeof REGISTER_COLUMNS)[number]['kind'], number> = { text: 30, code: 24, date: 14 };

function instructions(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('说明');
  const lines = [
    '已备案机构名单',
    '',
    '本名单由主管部门填写本辖区已备案的职业技能等级评价机构，批量汇总时与收到的备案工作簿对照：',
    '· 备案将在续期提前期内到期（河南按备案到期前 60 天提交续期材料，兵团按有效期满 3 个月前提出申请）而未报送续期申请的机构；',
    '· 备案已到期仍未申请续期的机构（兵团按第十九条（一）1 取消备案资质，河南约谈、限时整改或暂缓续期）；',
    '· 报送了续期、变更、增量或终止备案，却不在本名单中的机构。',
    '',
    '填写方法：',
    `1. 在“${REGISTER_SHEET}”工作表中每行填写一家机构，第 1 行为表头，请勿修改表头文字；列的顺序可以调整。红色表头为必填列。`,
    '2. 统一社会信用代码、备案号、联系电话列已设为文本格式，请直接输入完整号码。',
    '3. 有效期止请填写为日期，如“2027-06-30”。',
    '',
    '各列：',
    ...REGISTER_COLUMNS.map((c, i) => `${i + 1}. ${c.header}${c.required ? '（必填）' : ''}：${c.note}。`),
  ];
  writeInstructions(ws, lines);
}

/** The office's register of filed organisations as an empty template: headers, formats, a 说明 sheet; no example rows. */
export function buildRegisterTemplate(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'beian';
  wb.created = wb.modified = FIXED_DATE;
  instructions(wb);
  const ws = wb.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  REGISTER_COLUMNS.forEach((c, i) => {
    const h = ws.getCell(1, i + 1);
    h.value = c.header;
    h.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_ARGB } };
    h.alignment = { vertical: 'middle', horizontal: 'center' };
    const col = ws.getColumn(i + 1);
    col.width = WIDTH[c.kind];
    if (c.kind === 'code') col.numFmt = '@';
    if (c.kind === 'date') {
      col.numFmt = 'yyyy-mm-dd';
      (ws as ExcelJS.Worksheet & { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col.letter}2:${col.letter}${TEMPLATE_ROWS + 1}`, {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: '有效期止',
        error: '请填写日期，如 2027-06-30',
      });
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  return wb;
}

export async function registerTemplateBuffer(): Promise<Uint8Array> {
  return new Uint8Array(await buildRegisterTemplate().xlsx.writeBuffer());
}
