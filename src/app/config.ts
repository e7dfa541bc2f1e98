import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { hostPolicy } from '../ingest/host-policy.js';
import { platforms, platformsShape, type Platform } from '../chat/platforms/index.js';

/**
 * All configuration, read once from the environment. Nothing else reads process.env.
 * Every key is documented in .env.example; a test keeps the two in step. Each chat platform brings its own keys
 * (src/chat/platforms/<name>/config.ts), merged here from the platform list.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const idList = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const cron = z.string().refine((v) => v.trim().split(/\s+/).length >= 5 && v.trim().split(/\s+/).length <= 6, {
  message: 'expected a cron expression with 5 or 6 fields, e.g. "*/5 * * * *"',
});

const base = z.object({
  NODE_ENV: z.string().default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .default('file:./data/claimwatch.db')
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'expected file:PATH (SQLite) or postgres://… (PostgreSQL)',
    }),
  CLAIMS_FILE: z.string().default('seeds/s400-turkey.claims.yaml'),
  FEEDS_FILE: z.string().default('seeds/feeds.opml'),
  POLL_CRON: cron.default('*/5 * * * *'),
  DIGEST_CRON: cron.default('0 9 * * 1'),
  TZ: z
    .string()
    .default('UTC')
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'expected an IANA time zone such as Europe/Istanbul' },
    ),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Deprecated (one release): loopback and private ranges only, with a warning. Use FEEDS_ALLOW_HOSTS. */
  FEEDS_ALLOW_PRIVATE: bool.default(false),
  /** Non-public hosts feeds may be fetched from: names, addresses, CIDRs. Never link-local or metadata. */
  FEEDS_ALLOW_HOSTS: idList
    .superRefine((entries, ctx) => {
      try {
        hostPolicy(entries);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: `${(err as Error).message}; expected e.g. feeds.intranet,10.20.0.0/16,127.0.0.1`,
        });
      }
    })
    .default([]),
  /** /metrics on a listener of its own (loopback by default), or on PORT behind METRICS_TOKEN. */
  METRICS_HOST: z.string().default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters (a random bearer token)').optional(),
  FEED_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  FEED_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  FEED_CONCURRENCY: z.coerce.number().int().positive().default(8),
  FEED_PER_HOST: z.coerce.number().int().positive().default(2),
  /** How long an instance holds a feed it is polling; another instance takes it over after a crash. */
  FEED_LEASE_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60_000),
  /** How long an instance holds a batch of stored articles it is analysing. */
  ANALYSIS_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  /** How long an instance holds an outbox entry it is sending. */
  OUTBOX_LEASE_MS: z.coerce.number().int().positive().default(120_000),
  ADMIN_USER_IDS: idList.default([]),
  /** Who may press the buttons under an alert (Confirm, False alarm, Wrong speaker), per platform. */
  DRY_RUN: bool.default(false),
  /**
   * Which stance judge the bot, analyze, stance and eval use: the learned model (models/stance.json) or the rules
   * alone.
   */
  STANCE_JUDGE: z.enum(['rules', 'learned']).default('learned'),
});

const schema = base.extend(platformsShape());

export type Config = z.infer<typeof schema>;

/** Keys the schema knows, for .env.example checks and `--help`. */
export const configKeys = Object.keys(schema.shape) as Array<keyof Config>;

/** The keys the chat platforms bring (the demo blanks them so nothing reaches a real channel). */
export const platformKeys = Object.keys(platformsShape()) as Array<keyof Config>;

export interface LoadOptions {
  /** false for setup commands (`discord deploy`, `slack manifest`): they post nothing. */
  posting?: boolean;
  /** The platforms whose keys join the schema: the registered ones unless a test brings its own. */
  platforms?: ReadonlyArray<Platform<never>>;
}

/**
 * Validate the environment into a typed Config. Every bad key is reported at once, by name.
 * Empty strings count as unset, as they do in most .env files.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: LoadOptions = {}): Config {
  const list = opts.platforms ?? platforms();
  const checked = opts.platforms ? base.extend(platformsShape(list)) : schema;
  const input: Record<string, string> = {};
  for (const key of Object.keys(checked.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') input[key] = v;
  }
  const parsed = checked.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError('invalid', `configuration is invalid:\n${lines.join('\n')}`, {
      remedy: 'fix the keys above in your environment or .env (see .env.example)',
    });
  }
  const cfg = parsed.data as Config;
  const problems: string[] = [];
  // Setup commands (`discord deploy`, `slack manifest`) post nothing: `{ posting: false }` skips what only posting
  // needs.
  if (opts.posting === false) return cfg;
  for (const p of list) for (const line of p.config.problems?.(cfg as never) ?? []) problems.push(`  ${line}`);
  if (problems.length) {
    throw new ConfigError('invalid', `configuration is invalid:\n${problems.join('\n')}`, {
      remedy: 'fix the keys above in your environment or .env (see .env.example)',
    });
  }
  return cfg;
}
