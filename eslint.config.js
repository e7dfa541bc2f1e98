// Lint: typescript-eslint's recommended rules, line length, and the house's import boundaries
// (docs/adr and ../STYLE: `src/core` is pure, `src/chat` never reaches into `src/app`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node modules that do I/O: the pure core imports none of them. */
const IO_MODULES = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'dns/promises',
  'tls',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'os',
  'process',
].flatMap((m) => [m, `node:${m}`]);

/** Packages that talk to a network, a database, a clock-driven scheduler or a chat platform. */
const IO_PACKAGES = [
  'better-sqlite3',
  'pg',
  'undici',
  'rss-parser',
  'node-cron',
  'discord.js',
  '@discordjs/*',
  '@slack/*',
  'pino',
  'prom-client',
  '@resvg/*',
];

/** What src/chat may never import. */
const CHAT_NOT_APP = ['**/app/*', '../app', '../../app', '../../../app'];

const noImports = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'models/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly' },
    },
    rules: {
      'max-len': ['error', { code: 119, tabWidth: 2 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Sanitisers match control characters on purpose; fakes and tests read loose JSON.
    rules: { 'no-control-regex': 'off' },
  },
  { files: ['test/**/*.ts', 'src/**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': noImports(
        [...IO_MODULES, ...IO_PACKAGES, '**/app/*', '**/chat/*', '**/store/*', '**/ingest/*'],
        'src/core is pure: no I/O, no adapters (docs/adr/0001). Pass what it needs in as arguments.',
      ),
    },
  },
  {
    files: ['src/chat/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(
        CHAT_NOT_APP,
        'src/chat does not import src/app: take what it needs as an argument or a narrow interface.',
      ),
    },
  },
  {
    // The outbox worker, the command runtime and neutral rendering know no platform; only the registry's users
    // (index.ts, routing.ts, sinks.ts) reach platforms, through platforms/index.ts.
    files: ['src/chat/**/*.ts'],
    ignores: ['src/chat/platforms/**', 'src/chat/index.ts', 'src/chat/routing.ts', 'src/chat/sinks.ts'],
    rules: {
      'no-restricted-imports': noImports(
        [...CHAT_NOT_APP, '**/platforms/*'],
        'src/chat does not import src/app, and only the platform list (platforms/index.ts) names platforms.',
      ),
    },
  },
  {
    // A platform is one folder: it uses the shared chat modules and its own files, never another platform's.
    files: ['src/chat/platforms/*/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(
        [...CHAT_NOT_APP, '../*/*', '!../../*'],
        'a platform folder does not import another platform (or src/app); share code through src/chat.',
      ),
    },
  },
);
