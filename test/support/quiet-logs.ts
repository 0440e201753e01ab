// Hubs started by tests log nowhere unless a test asks for its log (test/server/observability.test.ts).
process.env.LOG_LEVEL ??= "silent";
