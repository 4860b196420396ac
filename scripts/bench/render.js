'use strict';
/**
 * The 1,000-row roster form (队伍建设情况) against the zip floor: taking the
 * finished document.xml out of the .docx and zipping it alone again, with the
 * zip library and level the renderer itself uses (fflate, deflate level 6),
 * which no renderer can beat. beian's figure is renderDocx in a warm process,
 * its template compiled by an earlier call (the page's worker and the office
 * batch render many documents per process); the first render of a process,
 * compiling included, is printed too. The peer is docxtemplater as usually
 * called (pizzip, its own loop module) with the same options and data.
 */
const fs = require('node:fs');
const path = require('node:path');
const { root, dist, measure, timeInProcess } = require('./lib');

/** The team form's data for a 1,000-person staff roster. */
function rosterData() {
  const { Workbook } = require(dist('model/workbook.js'));
  const { recognise } = require(dist('recognise/recognise.js'));
  const { checkBook } = require(dist('check.js'));
  const { TEAM } = require(dist('forms/team.js'));
  const { idCheckChar } = require(dist('validate/gb11643-id.js'));
  const wb = new Workbook();
  const ws = wb.addSheet('工作人员');
  ['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '主要职责'].forEach((h, c) => ws.set(1, c + 1, h));
  for (let i = 0; i < 1000; i++) {
    const body = `41010519800101${String(i).padStart(3, '0')}`;
    [i + 1, `职工${i + 1}`, body + idCheckChar(body), '工程师', '本科', '考务管理'].forEach((v, c) => ws.set(i + 2, c + 1, v));
  }
  const book = recognise(wb);
  const result = checkBook(book, { profile: 'ha-employer', today: new Date(Date.UTC(2026, 5, 1)) });
  return TEAM.schema.parse(TEAM.build({ file: 'x.xlsx', book, result, options: {} }));
}

const tasks = {
  async render() {
    const { unzipSync, zipSync } = require('fflate');
    const PizZip = require('pizzip');
    const Docxtemplater = require('docxtemplater');
    const { compileTemplate, renderDocx, RENDER_OPTIONS } = require(dist('render/render.js'));
    const template = fs.readFileSync(path.join(root, 'templates/team.docx'));
    const data = rosterData();
    const out = compileTemplate(template).render(data);
    const floorMs = timeInProcess(() => {
      const xml = unzipSync(out, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
      zipSync({ 'word/document.xml': xml }, { level: 6, mtime: new Date(2026, 0, 1) });
    });
    const renderMs = timeInProcess(() => renderDocx(template, data));
    const firstMs = timeInProcess(() => compileTemplate(template).render(data));
    const docxtemplaterMs = timeInProcess(() => {
      const doc = new Docxtemplater(new PizZip(template), RENDER_OPTIONS).render(data);
      doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
    }, 5);
    return { renderMs, firstMs, floorMs, docxtemplaterMs };
  },
};

async function report(ctx) {
  const r = measure('render', 'render', [], { runs: ctx.runs });
  const x = (ms) => `${(ms / r.floorMs).toFixed(2)}×`;
  return {
    lines: [
      '1,000 行名册表格（队伍建设情况）：',
      `  zip 下限（取出并重新压缩 document.xml）            ${r.floorMs.toFixed(1).padStart(7)} ms  1.00×`,
      `  beian 生成（模板已编译）                           ${r.renderMs.toFixed(1).padStart(7)} ms  ${x(r.renderMs)}（目标 ≤ 2×）`,
      `  beian 进程内首次生成（含编译模板）                 ${r.firstMs.toFixed(1).padStart(7)} ms  ${x(r.firstMs)}`,
      `  docxtemplater 常规用法（对照，pizzip 压缩）        ${r.docxtemplaterMs.toFixed(1).padStart(7)} ms  ${x(r.docxtemplaterMs)}`,
    ],
    json: { render_vs_floor: r.renderMs / r.floorMs },
  };
}

module.exports = { tasks, report, fields: ['render_vs_floor'] };
