import type { Migration } from './types.js';

/**
 * SQLite schema, oldest first. Times are TEXT in one UTC shape (see time.ts) so they compare as strings;
 * booleans are 0/1; JSON is TEXT.
 */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds and articles',
    sql: `
      CREATE TABLE feeds (
        id             INTEGER PRIMARY KEY,
        url            TEXT NOT NULL UNIQUE,
        title          TEXT,
        etag           TEXT,
        last_modified  TEXT,
        failure_count  INTEGER NOT NULL DEFAULT 0,
        last_error     TEXT,
        last_polled_at TEXT,
        last_ok_at     TEXT,
        next_poll_at   TEXT,
        initialised    INTEGER NOT NULL DEFAULT 0,
        lease_owner    TEXT,
        lease_until    TEXT,
        added_at       TEXT NOT NULL
      );
      CREATE INDEX feeds_next_poll ON feeds (next_poll_at);

      CREATE TABLE feed_failures (
        id      INTEGER PRIMARY KEY,
        feed_id INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
        url     TEXT NOT NULL,
        error   TEXT NOT NULL,
        at      TEXT NOT NULL
      );
      CREATE INDEX feed_failures_at ON feed_failures (at);

      CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        feed_id       INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
        url           TEXT NOT NULL,
        canonical_url TEXT NOT NULL UNIQUE,
        guid          TEXT,
        content_hash  TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        source        TEXT NOT NULL,
        published     TEXT,
        text          TEXT NOT NULL,
        fetched_at    TEXT NOT NULL,
        analysed_at   TEXT,
        relevant      INTEGER
      );
      CREATE UNIQUE INDEX articles_feed_guid ON articles (feed_id, guid) WHERE guid IS NOT NULL;
      CREATE INDEX articles_fetched_at ON articles (fetched_at);
      CREATE INDEX articles_unanalysed ON articles (id) WHERE analysed_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'findings and learned history',
    sql: `
      CREATE TABLE findings (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        story      TEXT NOT NULL,
        claim      TEXT NOT NULL,
        claim_text TEXT NOT NULL,
        stance     TEXT NOT NULL,
        actor      TEXT,
        evidence   TEXT NOT NULL,
        confidence REAL NOT NULL,
        at         TEXT NOT NULL
      );
      CREATE INDEX findings_article ON findings (article_id);

      CREATE TABLE learned_positions (
        id            INTEGER PRIMARY KEY,
        story         TEXT NOT NULL,
        claim         TEXT NOT NULL,
        actor         TEXT NOT NULL,
        stance        TEXT NOT NULL,
        evidence      TEXT NOT NULL,
        source_outlet TEXT NOT NULL,
        source_where  TEXT NOT NULL,
        source_date   TEXT,
        source_title  TEXT,
        article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        at            TEXT NOT NULL
      );
      CREATE INDEX learned_positions_story ON learned_positions (story, claim);

      CREATE TABLE learned_values (
        id            INTEGER PRIMARY KEY,
        story         TEXT NOT NULL,
        attribute     TEXT NOT NULL,
        claim         TEXT,
        value         TEXT NOT NULL,
        normalised    TEXT NOT NULL,
        evidence      TEXT NOT NULL,
        actor         TEXT,
        source_outlet TEXT NOT NULL,
        source_where  TEXT NOT NULL,
        source_date   TEXT,
        source_title  TEXT,
        article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        at            TEXT NOT NULL
      );
      CREATE INDEX learned_values_story ON learned_values (story, attribute);
    `,
  },
  {
    version: 3,
    name: 'alert events, outbox, threads and digests',
    sql: `
      CREATE TABLE events (
        event_key         TEXT PRIMARY KEY,
        story             TEXT NOT NULL,
        kind              TEXT NOT NULL,
        claim             TEXT,
        actor             TEXT,
        reason            TEXT NOT NULL,
        evidence          TEXT NOT NULL,
        alert             TEXT NOT NULL,
        first_article_url TEXT NOT NULL,
        created_at        TEXT NOT NULL
      );
      CREATE INDEX events_created_at ON events (created_at);

      -- No foreign key to events: a repeat may name an event another instance has not committed yet.
      CREATE TABLE event_sources (
        id          INTEGER PRIMARY KEY,
        event_key   TEXT NOT NULL,
        article_url TEXT NOT NULL,
        outlet      TEXT NOT NULL,
        title       TEXT NOT NULL,
        at          TEXT NOT NULL,
        UNIQUE (event_key, article_url)
      );

      CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL,
        sink            TEXT NOT NULL,
        channel         TEXT NOT NULL,
        event_key       TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        payload         TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT,
        lease_owner     TEXT,
        lease_until     TEXT,
        remote_id       TEXT,
        created_at      TEXT NOT NULL,
        delivered_at    TEXT
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

      CREATE TABLE threads (
        sink       TEXT NOT NULL,
        channel    TEXT NOT NULL,
        thread_key TEXT NOT NULL,
        remote_id  TEXT NOT NULL,
        PRIMARY KEY (sink, channel, thread_key)
      );

      CREATE TABLE digests (
        period_key TEXT NOT NULL,
        sink       TEXT NOT NULL,
        channel    TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        PRIMARY KEY (period_key, sink, channel)
      );
    `,
  },
  {
    version: 4,
    name: 'analysis leases on stored articles',
    sql: `
      -- Processes sharing the file share the analysis: a stored article is leased to one of them at a time.
      ALTER TABLE articles ADD COLUMN lease_owner TEXT;
      ALTER TABLE articles ADD COLUMN lease_until TEXT;
    `,
  },
  {
    version: 5,
    name: 'outbox lease count',
    sql: `
      -- How often an entry has been handed to a deliverer. An entry on its first lease has never reached a platform,
      -- so the Slack sink can skip its look-up for an earlier post. Entries touched before count as leased once.
      ALTER TABLE outbox ADD COLUMN leases INTEGER NOT NULL DEFAULT 0;
      UPDATE outbox SET leases = 1 WHERE lease_owner IS NOT NULL OR attempts > 0 OR status <> 'pending';
    `,
  },
  {
    version: 6,
    name: 'quiet backlog',
    sql: `
      -- A feed's first-poll backlog (without --backfill) is analysed into the history but never announced.
      ALTER TABLE articles ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 7,
    name: 'editors verdicts on alerts',
    sql: `
      -- What an editor said about an alert with its buttons (confirm, false alarm, wrong speaker): who, on which
      -- platform, when. One row per event of the message pressed; pressing the same button twice counts once.
      CREATE TABLE alert_feedback (
        id         INTEGER PRIMARY KEY,
        event_key  TEXT NOT NULL,
        claim      TEXT,
        verdict    TEXT NOT NULL,
        platform   TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        at         TEXT NOT NULL,
        UNIQUE (event_key, verdict, platform, user_id)
      );
      CREATE INDEX alert_feedback_claim ON alert_feedback (claim);
      CREATE INDEX alert_feedback_at ON alert_feedback (at);
    `,
  },
];
