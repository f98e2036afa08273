// Builds a service into one ES module, dist/main.mjs, which is what runs (scripts/services.sh, the
// end-to-end tests, the benchmarks): no TypeScript loader at run time, a smaller resident set.
// Usage (from a service's folder): node ../../scripts/build-service.mjs
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // knex's other dialects are never loaded; @platformatic/kafka reads a .wasm file beside its own code,
  // and @fastify/swagger-ui serves the files beside its own, so they stay packages (each service using
  // one lists it as a dependency).
  external: [
    'pg',
    'pg-query-stream',
    'sqlite3',
    'better-sqlite3',
    'tedious',
    'oracledb',
    'mysql',
    'mariadb',
    '@platformatic/kafka',
    '@fastify/swagger-ui',
    // a native addon: its binary is loaded beside its package
    '@node-rs/argon2',
  ],
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
