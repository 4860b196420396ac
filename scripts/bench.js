#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: figures and ratios against peers measured in the same run
 * (machines are shared and noisy: quote the ratios). Each measurement runs in
 * its own process so that peak memory (maxRSS) is its own.
 *
 *   node scripts/bench.js [rows]     default 100000
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const rows = Number((process.argv[2] === '--task' ? process.argv[5] : process.argv[2]) || 100000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-bench-'));
const file = path.join(dir, `roster-${rows}.xlsx`);

function run(task) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--task', task, file, String(rows)], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function task(name, file) {
  const ExcelJS = require('exceljs');
  const t0 = process.hrtime.bigint();
  let extra = {};
  if (name === 'make') {
    await makeRoster(ExcelJS, file);
  } else if (name === 'exceljs-stream') {
    let n = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    for await (const ws of reader) for await (const row of ws) n += row.cellCount > 0 ? 1 : 0;
    extra = { rows: n };
  } else if (name === 'exceljs-readFile') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    extra = { rows: wb.worksheets.reduce((s, w) => s + w.rowCount, 0) };
  } else if (name === 'beian-check') {
    const { loadBook } = require(path.join(root, 'dist/cli/load.js'));
    const { checkBook } = require(path.join(root, 'dist/check.js'));
    const { book } = await loadBook(file, { stream: true });
    const result = checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) });
    extra = { findings: result.findings.length, errors: result.summary.errors };
  } else if (name === 'beian-check-full') {
    const { loadBook } = require(path.join(root, 'dist/cli/load.js'));
    const { checkBook } = require(path.join(root, 'dist/check.js'));
    const { book } = await loadBook(file, { stream: false });
    const result = checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) });
    extra = { findings: result.findings.length };
  }
  if (name === 'render') extra = renderBench();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}

/**
 * The 1,000-row roster form against the zip floor: inflating and deflating
 * the finished document.xml alone, which no renderer can beat.
 */
function renderBench() {
  const PizZip = require('pizzip');
  const { Workbook } = require(path.join(root, 'dist/model/workbook.js'));
  const { recognise } = require(path.join(root, 'dist/recognise/recognise.js'));
  const { checkBook } = require(path.join(root, 'dist/check.js'));
  const { TEAM } = require(path.join(root, 'dist/forms/team.js'));
  const { renderDocx } = require(path.join(root, 'dist/render/render.js'));
  const { idCheckChar } = require(path.join(root, 'dist/validate/gb11643-id.js'));
  const wb = new Workbook();
  const ws = wb.addSheet('工作人员');
  ['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '主要职责'].forEach((h, c) => ws.set(1, c + 1, h));
  for (let i = 0; i < 1000; i++) {
    const body = `41010519800101${String(i).padStart(3, '0')}`;
    [i + 1, `职工${i + 1}`, body + idCheckChar(body), '工程师', '本科', '考务管理'].forEach((v, c) => ws.set(i + 2, c + 1, v));
  }
  const book = recognise(wb);
  const result = checkBook(book, { profile: 'ha-employer', today: new Date(Date.UTC(2026, 5, 1)) });
  const template = fs.readFileSync(path.join(root, 'templates/team.docx'));
  const data = TEAM.build({ file: 'x.xlsx', book, result, options: {} });
  const runs = 20;
  const time = (f) => {
    f();
    const t = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) f();
    return Number(process.hrtime.bigint() - t) / 1e6 / runs;
  };
  const out = renderDocx(template, data);
  const xml = new PizZip(out).file('word/document.xml').asText();
  const render = time(() => renderDocx(template, data));
  const floor = time(() => {
    const z = new PizZip(out);
    z.file('word/document.xml').asText();
    const only = new PizZip();
    only.file('word/document.xml', xml);
    only.generate({ type: 'uint8array', compression: 'DEFLATE' });
  });
  return { renderMs: render, floorMs: floor };
}

/** A big employer's examiner roster: valid IDs, a few real mistakes, realistic columns. */
async function makeRoster(ExcelJS, file) {
  const { idCheckChar } = require(path.join(root, 'dist/validate/gb11643-id.js'));
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

function fmt(r) {
  return `${(r.ms / 1000).toFixed(2)} s, ${r.maxRssMB.toFixed(0)} MB`;
}

async function main() {
  if (process.argv[2] === '--task') return task(process.argv[3], process.argv[4]);
  if (!fs.existsSync(path.join(root, 'dist/check.js'))) throw new Error('run `npm run build` first');
  process.stdout.write(`生成 ${rows} 行考评人员名册…\n`);
  run('make');
  process.stdout.write(`文件 ${(fs.statSync(file).size / 1048576).toFixed(1)} MB\n\n`);
  const peers = { stream: run('exceljs-stream'), readFile: run('exceljs-readFile') };
  const check = run('beian-check');
  const full = run('beian-check-full');
  const lines = [
    ['exceljs streaming read (peer)', fmt(peers.stream), '1.00×'],
    ['exceljs readFile (peer)', fmt(peers.readFile), `${(peers.readFile.ms / peers.stream.ms).toFixed(2)}×`],
    [`beian check, streaming reader (${check.findings} findings)`, fmt(check), `${(check.ms / peers.stream.ms).toFixed(2)}×  (target ≤ 1.3×, < 300 MB)`],
    [`beian check, in-memory reader (${full.findings} findings)`, fmt(full), `${(full.ms / peers.stream.ms).toFixed(2)}×`],
  ];
  for (const [name, figures, ratio] of lines) process.stdout.write(`${name.padEnd(52)} ${figures.padEnd(18)} ${ratio}\n`);
  const r = run('render');
  process.stdout.write(`\n1,000 行名册表格（队伍建设情况）渲染 ${r.renderMs.toFixed(1)} ms，zip 下限 ${r.floorMs.toFixed(1)} ms：${(r.renderMs / r.floorMs).toFixed(2)}×（目标 ≤ 2×）\n`);
  if (!process.env.BEIAN_BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exit(1);
});
