'use strict';
/**
 * A batch of 1,000 small forms: one 考核点推荐函 (sh-site-letter) per
 * assessment site, as `beian fill --all` writes them for a big 社会培训评价组织,
 * in documents per second. The peer, docx-templates, fills the same template
 * (its command delimiters set to docxtemplater's braces) with the same data;
 * being ten times slower, it renders the first 200 letters, which gives its
 * rate in a tenth of the time.
 */
const fs = require('node:fs');
const path = require('node:path');
const { root, dist, measure } = require('./lib');

const DOCS = 1000;
const PEER_DOCS = 200;

function letters() {
  return Array.from({ length: DOCS }, (_, i) => ({
    orgName: '某某职业技能评价中心',
    draft: i % 7 ? '' : '草稿（存在未通过的检查项）',
    siteName: `第${i + 1}考核点（某某职业技术学院${i % 13}分院）`,
    siteDetails: `（统一社会信用代码：12410000MB${String(100000 + i)}X），地址：郑州市金水区某某路${i + 1}号，联系人：王${i % 10}，联系电话：0371-6${String(i).padStart(7, '0')}`,
    occupation: i % 2 ? '电工（五级至三级）' : '工业机器人系统运维员（五级至三级）',
  }));
}

const template = () => fs.readFileSync(path.join(root, 'templates/sh-site-letter.docx'));

/** Documents per second over the whole batch, after rendering a few to warm up. */
async function perSecond(render, data) {
  for (const d of data.slice(0, 20)) await render(d);
  const t = process.hrtime.bigint();
  let bytes = 0;
  for (const d of data) bytes += (await render(d)).length;
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  return { docsPerS: data.length / s, kbPerDoc: bytes / data.length / 1024 };
}

/** The letter's text, to check a renderer really filled it. */
function bodyText(docx) {
  const { unzipSync, strFromU8 } = require('fflate');
  return strFromU8(unzipSync(docx)['word/document.xml']).replace(/<[^>]+>/g, '');
}

function assertFilled(docx, d) {
  if (!bodyText(docx).includes(d.siteName)) throw new Error('the document lacks the site name');
}

const tasks = {
  async beian() {
    const { compileTemplate } = require(dist('render/render.js'));
    const { SH_SITE_LETTER } = require(dist('jurisdictions/sh/forms/sh-site-letter.js'));
    const data = letters();
    const compiled = compileTemplate(template());
    const render = (d) => compiled.render(SH_SITE_LETTER.schema.parse(d));
    assertFilled(render(data[1]), data[1]);
    return perSecond(render, data);
  },
  async 'docx-templates'() {
    const { createReport } = require('docx-templates');
    const data = letters();
    const tpl = template();
    const render = (d) => createReport({ template: tpl, data: d, cmdDelimiter: ['{', '}'] });
    assertFilled(await render(data[1]), data[1]);
    return perSecond(render, data.slice(0, PEER_DOCS));
  },
};

async function report(ctx) {
  const ours = measure('batch', 'beian', [], { runs: ctx.runs });
  const peer = measure('batch', 'docx-templates', [], { runs: ctx.runs });
  return {
    lines: [
      `${DOCS} 份考核点推荐函（小表格）批量生成：`,
      `  beian           ${ours.docsPerS.toFixed(0).padStart(6)} 份/秒`,
      `  docx-templates  ${peer.docsPerS.toFixed(0).padStart(6)} 份/秒（同一模板、同一数据）  beian 为其 ${(ours.docsPerS / peer.docsPerS).toFixed(1)} 倍`,
    ],
    json: { batch_docs_per_s: ours.docsPerS },
  };
}

module.exports = { tasks, report, fields: ['batch_docs_per_s'] };
