import type { FilingDiff } from '../../../diff/compare';
import { CHANGE_HEAD, CHANGE_WIDTHS, changeRows, identity } from '../../../diff/word';
import type { ChangeDocument } from '../../../forms/change-document';
import { buildDocx, grid, text } from '../../../forms/build/docx';
import { H2, L, TODO } from '../../../forms/build/parts';
import { SOURCE } from '../source';

/** The materials BT 第十八条 asks for each kind of change. */
function materials(d: FilingDiff): { clause: string; items: string }[] {
  const occupations = d.groups.find((g) => g.group === 'occupations');
  const important = d.basic.filter((c) => c.field === 'orgName' || c.field === 'filingNo');
  const routine = d.basic.length > important.length || d.groups.some((g) => g.group !== 'occupations' && (g.added.length || g.removed.length || g.changed.length)) || Boolean(occupations?.changed.length);
  const out: { clause: string; items: string }[] = [];
  if (important.length) {
    out.push({ clause: '第十八条（一）', items: `修改${important.map((c) => c.label).join('、')}：机构备案信息变更原因、登记注册机关出具的变更文件、法人证书（营业执照）` });
  }
  if (routine) out.push({ clause: '第十八条（二）', items: '修改联系人、联系方式及评价能力等常规信息：备案信息变更说明（本说明）' });
  if (occupations?.added.length) out.push({ clause: '第十八条（三）', items: `增加评价范围（${occupations.added.length} 个职业（工种））：增量备案申请` });
  if (occupations?.removed.length) {
    out.push({ clause: '第十八条（四）', items: `缩减评价范围（${occupations.removed.length} 个职业（工种））：相关评价证书数据成功上传技能人才评价工作网后，提交缩减信息材料` });
  }
  return out;
}

/** BT's 备案信息变更说明: what changed, before and after, and the materials 第十八条 asks for each change. */
function changeNoteDocx(d: FilingDiff): Uint8Array {
  const sections = changeRows(d);
  const asked = materials(d);
  return buildDocx(
    '评价机构备案信息变更说明',
    text('评价机构备案信息变更说明', { style: 'Title' }) +
      identity(d) +
      H2('一、变更事项') +
      (sections.length ? grid(CHANGE_WIDTHS, [CHANGE_HEAD, ...sections.flatMap((s) => [{ cells: [L(s.title, 4)] }, ...s.rows])]) : text('与上次备案相比没有变化。')) +
      H2('二、变更原因') +
      TODO('逐项说明变更原因。') +
      H2('三、需提交的材料（《兵团技能人才评价机构管理办法》第十八条）') +
      (asked.length ? asked.map((m) => text(`${m.clause}　${m.items}`)).join('') : text('无。')) +
      text('单位（印章）　　　　　　　　年　　月　　日', { align: 'right' }),
  );
}

/** A 兵团 信息变更 is filed with this note; the document attaches no form. */
export const BT_CHANGE_DOCUMENT: ChangeDocument = { source: SOURCE.id, place: '兵团', note: { fileName: '评价机构备案信息变更说明.docx', docx: changeNoteDocx } };
