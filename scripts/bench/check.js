'use strict';
/**
 * Checking a 100,000-row examiner roster against exceljs merely reading it
 * (streaming and in-memory), the peers measured in the same run; then
 * beian's reader on 50,000, 100,000 and 200,000 rows: the model it builds
 * (heap retained after a full GC) against its peak memory, to show that
 * the memory beyond the model does not grow with the rows.
 */
const fs = require('node:fs');
const path = require('node:path');
const { dist, measure, figures, line } = require('./lib');

const TODAY = new Date(Date.UTC(2026, 5, 1));

/** A big employer's examiner roster: valid IDs, a few real mistakes, realistic columns. */
async function makeRoster(file, rows) {
  const ExcelJS = require('exceljs');
  const { idCheckChar } = require(dist('validate/gb11643-id.js'));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const org = wb.addWorksheet('机构信息');
  [['项目', '内容'], ['单位名称', '某某集团有限公司'], ['单位性质', '企业'], ['适用规则', 'ha-employer'], ['申请业务类型', '首次备案']].forEach((r) => org.addRow(r).commit());
  org.commit();
  const occ = wb.addWorksheet('申请职业（工种）');
  occ.addRow(['序号', '职业编码', '职业名称', '等级']).commit();
  occ.addRow([1, '6-31-01-03', '电工', '五级至一级']).commit();
  occ.addRow([2, '6-31-07-01', '工业机器人系统运维员', '五级至三级']).commit();
  occ.commit();
  const ws = wb.addWorksheet('考评人员');
  ws.addRow(['考评人员名册']).commit();
  ws.addRow(['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职']).commit();
  const names = ['王建军', '李丽娜', '张志强', '刘海燕', '陈晓东', '杨文博', '赵雪梅', '黄国庆'];
  for (let i = 0; i < rows; i++) {
    // Unique IDs: one birth date per thousand rows, the sequence number within it.
    const day = Math.floor(i / 1000);
    const birth = new Date(Date.UTC(1965 + (day % 35), day % 12, 1 + (day % 28))).toISOString().slice(0, 10).replace(/-/g, '');
    const body = `410105${birth}${String(i % 1000).padStart(3, '0')}`;
    let id = body + idCheckChar(body);
    if (i % 5000 === 17) id = id.slice(0, 17) + (id[17] === '3' ? '4' : '3');
    const robot = i % 3 === 0;
    ws.addRow([i + 1, names[i % names.length], id, '工程师', '本科', robot ? '工业机器人系统运维员' : '电工', robot ? '6-31-07-01' : '6-31-01-03', i % 2 ? '二级/技师' : '三级/高级工', i % 4 ? '工程师' : '高级工程师', i % 2 ? '考评员' : '高级考评员', '专职']).commit();
  }
  ws.commit();
  await wb.commit();
}

const tasks = {
  async make(file, rows) {
    await makeRoster(file, Number(rows));
  },
  async 'exceljs-stream'(file) {
    const ExcelJS = require('exceljs');
    let n = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    for await (const ws of reader) for await (const row of ws) n += row.cellCount > 0 ? 1 : 0;
    return { rows: n };
  },
  async 'exceljs-readFile'(file) {
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { rows: wb.worksheets.reduce((s, w) => s + w.rowCount, 0) };
  },
  /** Heap the model keeps, and peak RSS beyond the process, the file and the model (MB). */
  async 'read-memory'(file) {
    const { readWorkbook } = require(dist('read/read-workbook.js'));
    const bytes = fs.readFileSync(file);
    global.gc();
    const before = process.memoryUsage();
    const wb = await readWorkbook(bytes);
    global.gc();
    const after = process.memoryUsage();
    const model = (after.heapUsed - before.heapUsed) / 1048576;
    const peak = process.resourceUsage().maxRSS / 1024;
    const cells = wb.sheets.reduce((n, s) => n + s.rowCount * s.colCount, 0);
    return { fileMB: bytes.length / 1048576, modelMB: model, baseMB: before.rss / 1048576, overheadMB: peak - before.rss / 1048576 - model, cells };
  },
  async check(file) {
    const { loadBook } = require(dist('cli/load.js'));
    const { checkBook } = require(dist('check.js'));
    const { book } = await loadBook(file);
    const result = checkBook(book, { today: TODAY });
    return { findings: result.findings.length, errors: result.summary.errors };
  },
};

async function report(ctx) {
  const rows = ctx.rows;
  const file = path.join(ctx.dir, `roster-${rows}.xlsx`);
  if (!fs.existsSync(file)) measure('check', 'make', [file, rows], { runs: 0 });
  const lines = [`${rows} 行考评人员名册，文件 ${(fs.statSync(file).size / 1048576).toFixed(1)} MB`];
  const stream = measure('check', 'exceljs-stream', [file], ctx);
  const readFile = measure('check', 'exceljs-readFile', [file], ctx);
  const check = measure('check', 'check', [file], ctx);
  const cpu = (r) => `CPU ${(r.cpuMs / stream.cpuMs).toFixed(2)}×`;
  lines.push(
    line('exceljs streaming read (peer)', figures(stream), '1.00×'),
    line('exceljs readFile (peer)', figures(readFile), `${(readFile.ms / stream.ms).toFixed(2)}×  ${cpu(readFile)}`),
    line(`beian check (${check.findings} findings)`, figures(check), `${(check.ms / stream.ms).toFixed(2)}×  ${cpu(check)}  (target ≤ 1.0×, < 200 MB)`),
  );
  lines.push('', '读取器内存（模型 = 完整 GC 后保留的堆；额外 = 峰值 RSS − 读取前 RSS − 模型）');
  for (const n of [rows / 2, rows, rows * 2]) {
    const f = path.join(ctx.dir, `roster-${n}.xlsx`);
    if (!fs.existsSync(f)) measure('check', 'make', [f, n], { runs: 0 });
    const m = measure('check', 'read-memory', [f], { runs: 1, nodeArgs: ['--expose-gc'] });
    lines.push(line(`  ${n} 行（文件 ${m.fileMB.toFixed(1)} MB）`, `${(m.ms / 1000).toFixed(2)} s`, `模型 ${m.modelMB.toFixed(0)} MB，额外 ${m.overheadMB.toFixed(0)} MB，峰值 ${m.maxRssMB.toFixed(0)} MB`));
  }
  return { lines, json: { check_vs_read: check.ms / stream.ms, check_mb: check.maxRssMB } };
}

module.exports = { tasks, report, fields: ['check_vs_read', 'check_mb'] };
