import { badCheckId, validId } from '../helpers/people';
import { DocWorkbook, key } from './state';

/**
 * A big employer's filing built straight into the double (as if Excel had
 * it open): 机构信息, 申请职业 and an examiner roster of `rows` rows with a
 * wrong ID check digit every `badEvery` rows (row 20 among them), and a few
 * cells the clerk had already coloured or annotated — so that marking and
 * clearing have something to keep.
 */
export function rosterWorkbook(rows: number, badEvery = 40): DocWorkbook {
  const doc = new DocWorkbook();
  const fill = (name: string, lines: (string | number)[][]) => {
    const s = doc.addSheet(name);
    lines.forEach((line, r) => line.forEach((v, c) => s.put(r + 1, c + 1, { value: v })));
    return s;
  };
  fill('机构信息', [
    ['项目', '内容'],
    ['单位名称', '某某集团有限公司'],
    ['单位性质', '企业'],
    ['适用规则', 'ha-employer'],
    ['申请业务类型', '首次备案'],
  ]);
  fill('申请职业（工种）', [
    ['序号', '职业编码', '职业名称', '等级'],
    [1, '6-31-01-03', '电工', '五级至一级'],
    [2, '6-31-07-01', '工业机器人系统运维员', '五级至三级'],
  ]);
  const ws = fill('考评人员', [['考评人员名册'], ['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职']]);
  ws.colNumFmts.set(3, '@');
  const names = ['王建军', '李丽娜', '张志强', '刘海燕', '陈晓东', '杨文博', '赵雪梅', '黄国庆'];
  for (let i = 0; i < rows; i++) {
    // Unique IDs: one birth date per thousand rows, the sequence number within it.
    const day = Math.floor(i / 1000);
    const id = validId(`${1965 + (day % 35)}${String((day % 12) + 1).padStart(2, '0')}${String((day % 28) + 1).padStart(2, '0')}`, i % 1000, '410105');
    const robot = i % 3 === 0;
    ws.rows[i + 2] = [i + 1, names[i % names.length], i % badEvery === 17 % badEvery ? badCheckId(id) : id, '工程师', '本科', robot ? '工业机器人系统运维员' : '电工', robot ? '6-31-07-01' : '6-31-01-03', i % 2 ? '二级/技师' : '三级/高级工', i % 4 ? '工程师' : '高级工程师', i % 2 ? '考评员' : '高级考评员', '专职'];
  }
  ws.version++;
  // The clerk's own colours and notes, some on cells the check will mark.
  for (let i = 0; i < rows; i += 997) {
    ws.fills.set(key(i + 3, 3), { color: '#FFFF00', pattern: 'Solid', patternColor: null });
    ws.fills.set(key(i + 3, 2), { color: '#C6EFCE', pattern: 'Gray50', patternColor: '#00B050' });
  }
  ws.notes.set(key(17 + 3, 3), '核对过原件');
  return doc;
}
