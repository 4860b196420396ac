import { modelValue } from '../../../../addin/office/cells';
import { PICTURE } from '../../../../src/model/cell';

/** Cells Office.js reports in its own terms, read into the model exactly as the .xlsx reader reads the file's cell. */
describe('the Office.js adapter reads clerks’ cells as the .xlsx reader does', () => {
  it('a picture placed in the cell (value type RichValue, shown as #VALUE!) is a picture, as t="e" with vm is in the file', () => {
    expect(modelValue('#VALUE!', 'RichValue', '#VALUE!', 'General')).toEqual({ value: PICTURE, formula: false });
  });

  it('a real #VALUE! stays an error; a checkbox’s TRUE/FALSE stays a boolean', () => {
    expect(modelValue('#VALUE!', 'Error', '=1+"a"', 'General')).toEqual({ value: { error: '#VALUE!' }, formula: true });
    expect(modelValue(true, 'Boolean', true, 'General')).toEqual({ value: true, formula: false });
    expect(modelValue(false, 'Boolean', false, 'General')).toEqual({ value: false, formula: false });
  });
});
