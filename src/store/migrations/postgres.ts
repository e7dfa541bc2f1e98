import type { Migration } from './types.js';

/**
 * PostgreSQL schema, oldest first: the same tables and names as SQLite, with the native types
 * (timestamptz, boolean, jsonb). Applied under an advisory lock (postgres/db.ts).
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds and articles',
    sql: `
      CREATE TABLE feeds (
        id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url            text NOT NULL UNIQUE,
        title          text,
        etag           text,
        last_modified  text,
        failure_count  integer NOT NULL DEFAULT 0,
        last_error     text,
        last_polled_at timestamptz,
        last_ok_at     timestamptz,
        next_poll_at   timestamptz,
        initialised    boolean NOT NULL DEFAULT false,
        lease_owner    text,
        lease_until    timestamptz,
        added_at       timestamptz NOT NULL
      );
      CREATE INDEX feeds_next_poll ON feeds (next_poll_at);

      CREATE TABLE feed_failures (
        id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        feed_id integer REFERENCES feeds (id) ON DELETE SET NULL,
        url     text NOT NULL,
        error   text NOT NULL,
        at      timestamptz NOT NULL
      );
      CREATE INDEX feed_failures_at ON feed_failures (at);

      CREATE TABLE articles (
        id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        feed_id       integer REFERENCES feeds (id) ON DELETE SET NULL,
        url           text NOT NULL,
        canonical_url text NOT NULL UNIQUE,
        guid          text,
        content_hash  text NOT NULL UNIQUE,
        title         text NOT NULL,
        source        text NOT NULL,
        -- As the feed wrote it: not always a full instant.
        published     text,
        text          text NOT NULL,
        fetched_at    timestamptz NOT NULL,
        analysed_at   timestamptz,
        relevant      boolean
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
        id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        story      text NOT NULL,
        claim      text NOT NULL,
        claim_text text NOT NULL,
        stance     text NOT NULL,
        actor      text,
        evidence   text NOT NULL,
        confidence double precision NOT NULL,
        at         timestamptz NOT NULL
      );
      CREATE INDEX findings_article ON findings (article_id);

      CREATE TABLE learned_positions (
        id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        story         text NOT NULL,
        claim         text NOT NULL,
        actor         text NOT NULL,
        stance        text NOT NULL,
        evidence      text NOT NULL,
        source_outlet text NOT NULL,
        source_where  text NOT NULL,
        source_date   text,
        source_title  text,
        article_id    integer REFERENCES articles (id) ON DELETE SET NULL,
        at            timestamptz NOT NULL
      );
      CREATE INDEX learned_positions_story ON learned_positions (story, claim);

      CREATE TABLE learned_values (
        id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        story         text NOT NULL,
        attribute     text NOT NULL,
        claim         text,
        value         text NOT NULL,
        normalised    jsonb NOT NULL,
        evidence      text NOT NULL,
        actor         text,
        source_outlet text NOT NULL,
        source_where  text NOT NULL,
        source_date   text,
        source_title  text,
        article_id    integer REFERENCES articles (id) ON DELETE SET NULL,
        at            timestamptz NOT NULL
      );
      CREATE INDEX learned_values_story ON learned_values (story, attribute);
    `,
  },
  {
    version: 3,
    name: 'alert events, outbox, threads and digests',
    sql: `
      CREATE TABLE events (
        event_key         text PRIMARY KEY,
        story             text NOT NULL,
        kind              text NOT NULL,
        claim             text,
        actor             text,
        reason            text NOT NULL,
        evidence          text NOT NULL,
        alert             jsonb NOT NULL,
        first_article_url text NOT NULL,
        created_at        timestamptz NOT NULL
      );
      CREATE INDEX events_created_at ON events (created_at);

      -- No foreign key to events: a repeat may name an event another instance has not committed yet.
      CREATE TABLE event_sources (
        id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_key   text NOT NULL,
        article_url text NOT NULL,
        outlet      text NOT NULL,
        title       text NOT NULL,
        at          timestamptz NOT NULL,
        UNIQUE (event_key, article_url)
      );

      CREATE TABLE outbox (
        id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind            text NOT NULL,
        sink            text NOT NULL,
        channel         text NOT NULL,
        event_key       text NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        payload         jsonb NOT NULL,
        attempts        integer NOT NULL DEFAULT 0,
        status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        next_attempt_at timestamptz NOT NULL,
        last_error      text,
        lease_owner     text,
        lease_until     timestamptz,
        remote_id       text,
        created_at      timestamptz NOT NULL,
        delivered_at    timestamptz
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

      CREATE TABLE threads (
        sink       text NOT NULL,
        channel    text NOT NULL,
        thread_key text NOT NULL,
        remote_id  text NOT NULL,
        PRIMARY KEY (sink, channel, thread_key)
      );

      CREATE TABLE digests (
        period_key text NOT NULL,
        sink       text NOT NULL,
        channel    text NOT NULL,
        claimed_at timestamptz NOT NULL,
        PRIMARY KEY (period_key, sink, channel)
      );
    `,
  },
  {
    version: 4,
    name: 'analysis leases on stored articles',
    sql: `
      -- Instances share the analysis: a stored article is leased to one of them at a time (FOR UPDATE SKIP LOCKED),
      -- and a crashed instance's lease runs out so another one takes the article over.
      ALTER TABLE articles ADD COLUMN lease_owner text;
      ALTER TABLE articles ADD COLUMN lease_until timestamptz;
    `,
  },
  {
    version: 5,
    name: 'outbox lease count',
    sql: `
      -- How often an entry has been handed to a deliverer. An entry on its first lease has never reached a platform,
      -- so the Slack sink can skip its look-up for an earlier post. Entries touched before count as leased once.
      ALTER TABLE outbox ADD COLUMN leases integer NOT NULL DEFAULT 0;
      UPDATE outbox SET leases = 1 WHERE lease_owner IS NOT NULL OR attempts > 0 OR status <> 'pending';
    `,
  },
  {
    version: 6,
    name: 'quiet backlog',
    sql: `
      -- A feed's first-poll backlog (without --backfill) is analysed into the history but never announced.
      ALTER TABLE articles ADD COLUMN quiet boolean NOT NULL DEFAULT false;
    `,
  },
  {
    version: 7,
    name: 'history rows carry the transaction that wrote them',
    sql: `
      -- The engine's history is read again before every batch of articles. Each row records the transaction that
      -- wrote it, so an instance reads only what was committed since its last read: the rows its last snapshot did
      -- not see (postgres/history.ts). Needs PostgreSQL 13 or later (xid8).
      ALTER TABLE learned_positions ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
      ALTER TABLE learned_values ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
      ALTER TABLE events ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
      CREATE INDEX learned_positions_story_xid ON learned_positions (story, xid);
      CREATE INDEX learned_values_story_xid ON learned_values (story, xid);
      CREATE INDEX events_story_xid ON events (story, xid);
    `,
  },
  {
    version: 8,
    name: 'editors verdicts on alerts',
    sql: `
      -- What an editor said about an alert with its buttons (confirm, false alarm, wrong speaker): who, on which
      -- platform, when. One row per event of the message pressed; pressing the same button twice counts once.
      CREATE TABLE alert_feedback (
        id         bigserial PRIMARY KEY,
        event_key  text NOT NULL,
        claim      text,
        verdict    text NOT NULL,
        platform   text NOT NULL,
        user_id    text NOT NULL,
        at         timestamptz NOT NULL,
        UNIQUE (event_key, verdict, platform, user_id)
      );
      CREATE INDEX alert_feedback_claim ON alert_feedback (claim);
      CREATE INDEX alert_feedback_at ON alert_feedback (at);
    `,
  },
];
