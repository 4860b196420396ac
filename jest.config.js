/**
 * Four tiers, each a jest project: `npm run test:unit` is the fast one a
 * developer runs often (no build, no browser, no LibreOffice); `npm test`
 * builds and runs them all, as CI does. `jest --selectProjects <name>` runs one.
 */
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  // Type checking happens once in `npm run build` (tsc); jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest; the package's entry also loads
  // its manifest tooling (ESM-only dependencies jest cannot require, and a usage-data client tests have no use for).
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
  projects: [
    // Modules on their own, from source: no build needed.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test/unit'] },
    // The built CLI and documents: bin/beian.js and dist/ from `npm run build`, LibreOffice for rendering.
    { ...shared, displayName: 'integration', roots: ['<rootDir>/test/integration'] },
    // Hostile and real-world workbooks through every command, each in its own process.
    { ...shared, displayName: 'hostile', roots: ['<rootDir>/test/hostile', '<rootDir>/test/corpus'] },
    // The add-in's pages in Chromium, from the webpack build.
    { ...shared, displayName: 'e2e', roots: ['<rootDir>/test/e2e'] },
  ],
};
