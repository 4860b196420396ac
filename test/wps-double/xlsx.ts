import { docFromXlsx } from '../excel-double/xlsx';
import { WpsDouble, type WpsDoubleOptions } from './double';

/** A WPS double holding the workbook of these .xlsx bytes, as WPS presents an opened file through its object model. */
export async function wpsFromXlsx(bytes: Uint8Array, options: WpsDoubleOptions = {}): Promise<WpsDouble> {
  return new WpsDouble(await docFromXlsx(bytes), options);
}
