/**
 * Microsoft's rules for Office.js code (eslint-plugin-office-addins): load
 * before read, sync before read and after load, no sync inside loops,
 * isNullObject rather than null tests, no navigational loads, no
 * Office.initialize. Only these rules: formatting is not linted here.
 * test/unit/addin/office-lint.test.ts runs them in `npm test`; `npm run lint` by hand.
 */
const officeAddins = require('eslint-plugin-office-addins');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  {
    files: ['addin/**/*.ts', 'addin/**/*.tsx'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error'])),
  },
];
