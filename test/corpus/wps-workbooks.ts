import PizZip from 'pizzip';
import { orgRows, xlsxBuffer } from '../helpers/book';
import { validId } from '../helpers/people';

/**
 * Workbooks as WPS 表格 saves them, hand-built from what WPS writes (no WPS
 * runs here): a filing written by exceljs, then given by zip surgery the
 * parts WPS adds of its own —
 *
 * - pictures placed in cells (插入 → 图片 → 嵌入单元格): the picture lives in
 *   `xl/cellimages.xml` (root `etc:cellImages` in WPS's namespace
 *   http://www.wps.cn/officeDocument/2017/etCustomData, each `etc:cellImage`
 *   an `xdr:pic` named "ID_…" whose blip points through
 *   `xl/_rels/cellimages.xml.rels` at `xl/media/`), reached from the workbook
 *   by a relationship of WPS's type http://www.wps.cn/officeDocument/2020/cellImage,
 *   content type application/vnd.wps-officedocument.cellimage+xml; the cell
 *   holds the formula `_xlfn.DISPIMG("ID_…",1)` with the cached text
 *   `=DISPIMG("ID_…",1)` (t="str"), which is what Excel shows of it;
 * - WPS's custom document properties in `docProps/custom.xml`
 *   (KSOProductBuildVer, the build that saved it, and ICV).
 */

/** A 1×1 PNG, enough for a part that must come through byte for byte. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

export const PICTURE_IDS = ['ID_6A1F0C2B8E5D4B7A9C3E2F1D0B9A8C7E', 'ID_1B2C3D4E5F60718293A4B5C6D7E8F901'];

/** The roster cells that hold a picture (the 照片 column), by sheet. */
export const PICTURE_CELLS = ['考评员名册!E3', '考评员名册!E4'];

const CELL_IMAGES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">${PICTURE_IDS.map(
  (id, i) =>
    `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${id}" descr="证件照"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="457200" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>`,
).join('')}</etc:cellImages>`;

const CELL_IMAGES_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${PICTURE_IDS.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i + 1}.png"/>`).join('')}</Relationships>`;

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5C1B6E0F2A8D4C3B9E7F6A5D4C3B2A19_13</vt:lpwstr></property></Properties>`;

/** The filing before WPS's parts: a roster whose 照片 column WPS fills with pictures. */
export async function baseFiling(): Promise<Uint8Array> {
  const bytes = await xlsxBuffer({
    机构信息: orgRows({ 单位名称: '某某职业技能培训学校', 适用规则: 'xj-xcert' }),
    考评员名册: [
      ['考评员名册'],
      ['序号', '姓名', '身份证件号', '考评职业（工种）', '照片', '本职业技能等级'],
      [1, '王建军', validId('19800101', 11), '电工', null, '三级/高级工'],
      [2, '李丽娜', '110105194912310023', '电工', null, '二级/技师'],
      [3, '张志强', validId('19850505', 12), '钳工', null, '三级/高级工'],
    ],
  });
  return new Uint8Array(bytes);
}

function setCell(sheetXml: string, ref: string, cell: string): string {
  const row = Number(ref.replace(/^[A-Z]+/, ''));
  const existing = new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
  if (existing.test(sheetXml)) return sheetXml.replace(existing, cell);
  // Cells of a row in column order: the picture column E goes before F.
  return sheetXml.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(<c r="F${row}"|</row>)`), `$1${cell}$2`);
}

/** The filing as WPS saves it once the clerk has put pictures into the 照片 cells. */
export async function wpsFiling(): Promise<Uint8Array> {
  const zip = new PizZip(await baseFiling());
  const wbRels = zip.file('xl/_rels/workbook.xml.rels')!.asText();
  zip.file('xl/_rels/workbook.xml.rels', wbRels.replace('</Relationships>', '<Relationship Id="rId90" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>'));
  zip.file('xl/cellimages.xml', CELL_IMAGES);
  zip.file('xl/_rels/cellimages.xml.rels', CELL_IMAGES_RELS);
  PICTURE_IDS.forEach((_, i) => zip.file(`xl/media/image${i + 1}.png`, PNG));
  zip.file('docProps/custom.xml', CUSTOM);
  const rootRels = zip.file('_rels/.rels')!.asText();
  zip.file('_rels/.rels', rootRels.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  const types = zip.file('[Content_Types].xml')!.asText();
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `${types.includes('Extension="png"') ? '' : '<Default Extension="png" ContentType="image/png"/>'}<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
    ),
  );
  // The roster is the workbook's second sheet; its picture cells hold WPS's DISPIMG formula with the formula text as cached value.
  const sheetPath = 'xl/worksheets/sheet2.xml';
  let sheet = zip.file(sheetPath)!.asText();
  PICTURE_CELLS.forEach((where, i) => {
    const ref = where.split('!')[1];
    sheet = setCell(sheet, ref, `<c r="${ref}" t="str"><f>_xlfn.DISPIMG("${PICTURE_IDS[i]}",1)</f><v>=DISPIMG("${PICTURE_IDS[i]}",1)</v></c>`);
  });
  zip.file(sheetPath, sheet);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The parts WPS adds of its own, which every copy beian writes must keep byte for byte. */
export const WPS_PARTS = ['xl/cellimages.xml', 'xl/_rels/cellimages.xml.rels', 'xl/media/image1.png', 'xl/media/image2.png', 'docProps/custom.xml'];
