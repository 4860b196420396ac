'use strict';
/**
 * The annotated copy of the 100,000-row roster (`beian check --annotate`)
 * against the check alone, each in a fresh process on the roster the check
 * workload writes. The annotate task also reports how its time splits:
 * reading and checking, patching (inflate, scan, deflate of the marked
 * sheet) and writing the file.
 */
const fs = require('node:fs');
const path = require('node:path');
const { dist, measure, figures, line } = require('./lib');

const TODAY = new Date(Date.UTC(2026, 5, 1));

async function checked(file) {
  const { loadBook } = require(dist('cli/load.js'));
  const { checkBook } = require(dist('check.js'));
  const loaded = await loadBook(file);
  return { ...loaded, result: checkBook(loaded.book, { today: TODAY }) };
}

const tasks = {
  async check(file) {
    const { result } = await checked(file);
    return { findings: result.findings.length };
  },
  async annotate(file, out) {
    const { annotateXlsx } = require(dist('annotate/index.js'));
    const { nodeCodec } = require(dist('cli/zip-codec.js'));
    const t0 = process.hrtime.bigint();
    const { bytes, result } = await checked(file);
    const t1 = process.hrtime.bigint();
    const meta = { file: path.basename(file), profile: result.profile, business: result.business, summary: result.summary };
    const annotated = await annotateXlsx(bytes, result.findings, meta, { codec: nodeCodec });
    const t2 = process.hrtime.bigint();
    fs.writeFileSync(out, annotated);
    const t3 = process.hrtime.bigint();
    const ms = (a, b) => Number(b - a) / 1e6;
    return { findings: result.findings.length, checkMs: ms(t0, t1), patchMs: ms(t1, t2), writeMs: ms(t2, t3), outMB: annotated.length / 1048576 };
  },
};

async function report(ctx) {
  const rows = ctx.rows;
  const file = path.join(ctx.dir, `roster-${rows}.xlsx`);
  if (!fs.existsSync(file)) measure('check', 'make', [file, rows], { runs: 0 });
  const out = path.join(ctx.dir, `roster-${rows}-annotated.xlsx`);
  const alone = measure('annotate', 'check', [file], ctx);
  const annotated = measure('annotate', 'annotate', [file, out], ctx);
  const ratio = annotated.ms / alone.ms;
  const split = `读取+检查 ${(annotated.checkMs / 1000).toFixed(2)} s，标注 ${(annotated.patchMs / 1000).toFixed(2)} s，写出 ${(annotated.writeMs / 1000).toFixed(2)} s`;
  return {
    lines: [
      `${rows} 行考评人员名册的标注副本（${annotated.findings} 项问题，副本 ${annotated.outMB.toFixed(1)} MB）`,
      line('beian check (alone)', figures(alone), '1.00×'),
      line('beian check --annotate', figures(annotated), `${ratio.toFixed(2)}×  (target ≤ 1.5×)`),
      `  ${split}`,
    ],
    json: { annotate_vs_check: ratio },
  };
}

module.exports = { tasks, report, fields: ['annotate_vs_check'] };
