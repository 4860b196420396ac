'use strict';
/**
 * An office's inbox: `beian summarize` over 500 generated workbooks of
 * realistic size (HA and 兵团 profiles, first filings and renewals, every
 * sheet their profile requires, 100–300 roster rows each, some examiners on
 * several organisations' rosters), as a whole process with --jobs 1 and
 * with all cores. Prints workbooks per second and the speed-up.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { dist, runTask, median, line } = require('./lib');

const PROFILES = ['ha-social', 'ha-employer', 'ha-school', 'bt-social', 'bt-employer', 'bt-school'];
const OCCUPATIONS = [
  ['6-31-01-03', '电工'],
  ['6-31-07-01', '工业机器人系统运维员'],
  ['4-04-05-05', '人工智能训练师'],
  ['4-01-06-01', '电子商务师'],
  ['6-18-02-04', '焊工'],
];
const SURNAMES = '王李张刘陈杨赵黄周吴';
const GIVEN = ['建军', '丽娜', '志强', '海燕', '晓东', '文博', '雪梅', '国庆', '新华', '思远'];

/** One organisation's workbook; `n` makes its credit code, people and choices its own. */
async function makeWorkbook(file, n) {
  const ExcelJS = require('exceljs');
  const { idCheckChar } = require(dist('validate/gb11643-id.js'));
  const { creditCodeCheckChar } = require(dist('validate/gb32100-credit-code.js'));
  const { orgCodeCheckChar } = require(dist('validate/gb11714-org-code.js'));
  const { requiredMaterials } = require(dist('materials/index.js'));
  // The sample workbook's seeded generator: the same inbox on every run.
  const r = require(dist('sample/sample-workbook.js')).rng(n + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const profile = PROFILES[n % PROFILES.length];
  const renewal = n % 3 === 0;
  const business = renewal ? '备案续期' : '首次备案';
  const region = profile.startsWith('bt') ? '659001' : '410702';
  const body = `MA${String(n).padStart(6, '0')}`;
  const first17 = `91${region}${body}${orgCodeCheckChar(body)}`;
  const person = (role, i) => {
    // Every 25th examiner also works for the next organisation: work for the shared-person rule.
    const owner = role === 'examiner' && i % 25 === 0 ? n - (n % 2) : n;
    const seq = (owner * 7 + i) % 1000;
    const birth = `19${60 + ((owner + i) % 35)}${String(1 + ((owner + i) % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = `${region}${birth}${String(seq).padStart(3, '0')}`;
    return [`${pick(SURNAMES)}${pick(GIVEN)}`, id + idCheckChar(id)];
  };
  const occupations = OCCUPATIONS.slice(0, 2 + (n % 3));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = (name, rows) => {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row).commit();
    ws.commit();
  };
  sheet('机构信息', [
    ['项目', '内容', '变更前'],
    ['单位名称', `${profile.startsWith('bt') ? '石河子' : '新乡'}市第${n}技能评价服务有限公司`],
    ['统一社会信用代码', first17 + creditCodeCheckChar(first17)],
    ['办公地址', profile.startsWith('bt') ? `新疆石河子市北四路 ${n} 号` : `河南省新乡市红旗区人民路 ${n} 号`],
    ['单位性质', profile.endsWith('school') ? '院校' : '企业'],
    ['法定代表人', `${pick(SURNAMES)}${pick(GIVEN)}`],
    ['联系人', `${pick(SURNAMES)}${pick(GIVEN)}`],
    ['联系人电话', `138${String(37300000 + n).padStart(8, '0')}`],
    ['申请业务类型', business],
    ['适用规则', profile],
    ['申请日期', new Date(Date.UTC(2026, 4, 1 + (n % 28)))],
    ['备案有效期起', new Date(Date.UTC(2023, n % 12, 1))],
    ['备案有效期止', new Date(Date.UTC(2026, 6 + (n % 12), 1))],
    ['近三年有违法违规或失信记录', '否'],
    ['近三年列入经营异常名录', '否'],
    ['人才培训评价领域有不良记录', '否'],
  ]);
  sheet('申请职业（工种）', [['序号', '职业编码', '职业名称', '等级', '评价标准', '已纳入评价目录'], ...occupations.map(([code, name], i) => [i + 1, code, name, '五级至三级', `国家职业技能标准 ${name}`, '是'])]);
  const rosterRows = 100 + Math.floor(r() * 201);
  const counts = { staff: Math.round(rosterRows * 0.2), experts: Math.round(rosterRows * 0.1), supervisors: Math.round(rosterRows * 0.05) };
  const examiners = rosterRows - counts.staff - counts.experts - counts.supervisors;
  sheet('工作人员', [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '主要职责'], ...Array.from({ length: counts.staff }, (_, i) => [i + 1, ...person('staff', i), '专员', '本科', '考务管理'])]);
  sheet('考评人员', [
    ['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职'],
    ...Array.from({ length: examiners }, (_, i) => {
      const [code, name] = occupations[i % occupations.length];
      return [i + 1, ...person('examiner', i), '工程师', '本科', name, code, i % 2 ? '二级/技师' : '三级/高级工', i % 4 ? '工程师' : '高级工程师', i % 2 ? '考评员' : '高级考评员', '专职'];
    }),
  ]);
  sheet('专家队伍', [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '考评职业（工种）', '专家类别'], ...Array.from({ length: counts.experts }, (_, i) => [i + 1, ...person('expert', i), '高级工程师', '本科', occupations[i % occupations.length][1], '命题专家'])]);
  sheet('内部质量督导员', [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '担任考评员起始日期'], ...Array.from({ length: counts.supervisors }, (_, i) => [i + 1, ...person('supervisor', i), '高级工程师', '本科', new Date(Date.UTC(2015, i % 12, 1))])]);
  sheet('设施设备', [
    ['序号', '职业（工种）', '类别', '名称', '规格/型号', '数量', '权属'],
    ...occupations.flatMap(([, name], i) => [
      [i * 3 + 1, name, '场地', `${name}实训室`, '120 平方米', 1, '自有'],
      [i * 3 + 2, name, '设备', `${name}实训设备`, 'X-100', 10, '自有'],
      [i * 3 + 3, name, '视频监控', '监控摄像机', 'DS-2CD', 4, '自有'],
    ]),
  ]);
  sheet('题库', [['职业（工种）', '职业编码', '等级', '单选题', '多选题', '判断题', '技能题'], ...occupations.map(([code, name]) => [name, code, '三级/高级工', 800, 300, 200, 40])]);
  sheet('申请材料', [['序号', '材料名称', '是否提供'], ...requiredMaterials(profile, business).map((m, i) => [i + 1, m.name, '是'])]);
  if (renewal) {
    sheet('备案期评价情况', [
      ['评价职业（工种）', '评价等级', '评价人次', '取证人次', '最近评价日期'],
      ...occupations.map(([, name], i) => {
        const assessed = i === 1 && n % 5 === 0 ? 0 : 20 + Math.floor(r() * 300);
        return [name, '五级至三级', assessed, Math.floor(assessed * 0.9), new Date(Date.UTC(2026, n % 5, 10))];
      }),
    ]);
  }
  await wb.commit();
}

/** CPU milliseconds of each thread of this process so far (Linux; empty elsewhere). */
function threadCpu() {
  const out = new Map();
  if (!fs.existsSync('/proc/self/task')) return out;
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised name: state is the 3rd field, utime and stime the 14th and 15th, in 1/100 s.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

const tasks = {
  async make(dir, count) {
    fs.mkdirSync(dir, { recursive: true });
    for (let n = 0; n < Number(count); n++) await makeWorkbook(path.join(dir, `机构${String(n).padStart(3, '0')}.xlsx`), n);
  },
  async summarize(dir, jobs, out) {
    const { run } = require(dist('cli/main.js'));
    let json = '';
    const io = { out: (s) => (json += s), err: () => undefined, tty: false, cwd: process.cwd() };
    const cpu0 = process.cpuUsage();
    // The busiest thread's CPU time bounds the wall time on free cores: sampled, since workers end before the run does.
    const before = threadCpu();
    const seen = new Map();
    const sample = () => threadCpu().forEach((ms, tid) => seen.set(tid, ms - (before.get(tid) ?? 0)));
    const timer = setInterval(sample, 100);
    const code = await run(['summarize', dir, '--kind', 'report', '-o', out, '--force', '--json', '--jobs', jobs, '--as-of', '2026-06-01'], io);
    clearInterval(timer);
    sample();
    if (code === 2) throw new Error('summarize could not check the inbox');
    // CPU time of every thread of the process, workers included: the work done, whatever the neighbours take.
    const cpu = process.cpuUsage(cpu0);
    const r = JSON.parse(json);
    return {
      cpuMs: (cpu.user + cpu.system) / 1000,
      busiestThreadMs: seen.size ? Math.max(...seen.values()) : null,
      checked: r.workbooks.filter((w) => w.status === 'ok').length,
      cross: r.cross.length,
    };
  },
};

async function report(ctx) {
  const count = ctx.workbooks;
  const dir = path.join(ctx.dir, `inbox-${count}`);
  if (!fs.existsSync(dir)) runTask('office', 'make', [dir, count]);
  const out = path.join(ctx.dir, 'office-report.docx');
  const cores = os.availableParallelism();
  const one = [];
  const all = [];
  // Alternating, so that a noisy neighbour slows both alike.
  for (let i = 0; i < ctx.runs; i++) {
    one.push(runTask('office', 'summarize', [dir, 1, out]));
    all.push(runTask('office', 'summarize', [dir, cores, out]));
  }
  const ms1 = median(one.map((r) => r.ms));
  const msN = median(all.map((r) => r.ms));
  const mb = median(all.map((r) => r.maxRssMB));
  const cpu1 = median(one.map((r) => r.cpuMs));
  const cpuN = median(all.map((r) => r.cpuMs));
  // On this machine's cores, were they free, a run takes at least its busiest thread's CPU time and at least its
  // total CPU time shared out over the cores (V8's helper threads and the main thread included).
  const bound = (r) => Math.max(r.busiestThreadMs ?? NaN, r.cpuMs / cores);
  const bound1 = median(one.map(bound));
  const boundN = median(all.map(bound));
  const projected = bound1 / boundN;
  const perS = (ms) => count / (ms / 1000);
  const { checked, cross } = all[0];
  return {
    lines: [
      `${count} 份工作簿（HA、兵团，首次备案与续期，每份名册 100–300 行），检查 ${checked} 份，跨机构问题 ${cross} 项`,
      line('beian summarize --jobs 1', `${(ms1 / 1000).toFixed(1)} s`, `${perS(ms1).toFixed(1)} 份/秒，CPU ${(cpu1 / count).toFixed(0)} ms/份`),
      line(`beian summarize --jobs ${cores}（全部核心）`, `${(msN / 1000).toFixed(1)} s, ${mb.toFixed(0)} MB`, `${perS(msN).toFixed(1)} 份/秒，CPU ${(cpuN / count).toFixed(0)} ms/份，加速 ${(ms1 / msN).toFixed(2)}×`),
      `（机器负载 ${os.loadavg()[0].toFixed(1)}，${cores} 核：负载高于核数时加速比取决于邻居，CPU 时间不受影响）`,
      Number.isFinite(projected)
        ? line(`空闲时 ${cores} 核上的耗时下限（最忙线程与总 CPU ÷ 核数取大）`, `${(bound1 / 1000).toFixed(1)} s → ${(boundN / 1000).toFixed(1)} s`, `预计加速 ${projected.toFixed(2)}×`)
        : '（无 /proc，不能按线程计 CPU 时间）',
    ],
    json: { office_wb_per_s: perS(msN), office_ms_per_wb: msN / count, office_speedup: ms1 / msN, office_cpu_ms_per_wb: cpuN / count, office_projected_speedup: Number.isFinite(projected) ? projected : null },
  };
}

module.exports = { tasks, report, fields: ['office_wb_per_s', 'office_ms_per_wb', 'office_speedup', 'office_cpu_ms_per_wb', 'office_projected_speedup'] };
