/**
 * Jest runs the TypeScript sources through ts-jest. `isolatedModules` (set in tsconfig.jest.json)
 * transpiles each file on its own, which keeps a run fast; `npm run typecheck` does the type check.
 * With DATABASE_URL set (`npm run test:mysql`) the same suite runs against MariaDB/MySQL.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  setupFiles: ["reflect-metadata", "<rootDir>/test/support/quiet-logs.ts"],
  testTimeout: 30000,
};
