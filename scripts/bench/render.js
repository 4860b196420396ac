'use strict';
/**
 * The 1,000-row roster form against the zip floor: inflating and deflating
 * the finished document.xml alone, which no renderer can beat.
 */
const fs = require('node:fs');
const path = require('node:path');
const { root, dist, measure, timeInProcess } = require('./lib');

const tasks = {
  async render() {
    const PizZip = require('pizzip');
    const { Workbook } = require(dist('model/workbook.js'));
    const { recognise } = require(dist('recognise/recognise.js'));
    const { checkBook } = require(dist('check.js'));
    const { TEAM } = require(dist('forms/team.js'));
    const { renderDocx } = require(dist('render/render.js'));
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
    const template = fs.readFileSync(path.join(root, 'templates/team.docx'));
    const data = TEAM.build({ file: 'x.xlsx', book, result, options: {} });
    const out = renderDocx(template, data);
    const xml = new PizZip(out).file('word/document.xml').asText();
    const renderMs = timeInProcess(() => renderDocx(template, data));
    const floorMs = timeInProcess(() => {
      const z = new PizZip(out);
      z.file('word/document.xml').asText();
      const only = new PizZip();
      only.file('word/document.xml', xml);
      only.generate({ type: 'uint8array', compression: 'DEFLATE' });
    });
    return { renderMs, floorMs };
  },
};

async function report(ctx) {
  const r = measure('render', 'render', [], { runs: ctx.runs });
  return {
    lines: [`1,000 行名册表格（队伍建设情况）渲染 ${r.renderMs.toFixed(1)} ms，zip 下限 ${r.floorMs.toFixed(1)} ms：${(r.renderMs / r.floorMs).toFixed(2)}×（目标 ≤ 2×）`],
    json: { render_vs_floor: r.renderMs / r.floorMs },
  };
}

module.exports = { tasks, report, fields: ['render_vs_floor'] };
