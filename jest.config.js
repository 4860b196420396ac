/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking happens once in `npm run build` (tsc); jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest; the package's entry also loads
  // its manifest tooling (ESM-only dependencies jest cannot require, and a usage-data client tests have no use for).
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
};
