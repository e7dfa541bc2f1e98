import { HttpFake, type Fault, type RecordedRequest, type Reply } from './http-fake.js';

/**
 * A fake Slack Web API for WebClient (`slackApiUrl: fake.apiUrl`): chat.postMessage with the limits
 * Slack enforces (50 blocks, 150-character headers, 3,000-character sections), threads, message
 * metadata, conversations.history/replies, auth.test, and response_url endpoints for slash commands.
 */

export interface FakeSlackMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: any[];
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  unfurl_links?: unknown;
  unfurl_media?: unknown;
}

export class FakeSlackApi extends HttpFake {
  readonly messages: FakeSlackMessage[] = [];
  /** Files shared through files.uploadV2 (getUploadURLExternal → upload → completeUploadExternal). */
  readonly uploads: Array<{
    channel: string;
    thread_ts?: string;
    files: Array<{ id: string; title?: string }>;
    bytes: number;
  }> = [];
  readonly #uploaded = new Map<string, number>();
  #seq = 0;
  readonly #clock: () => number;

  /** Channels conversations.info knows (id → name); a channel not listed answers channel_not_found. */
  readonly channels = new Map<string, { name: string; is_member: boolean; is_private?: boolean }>([
    ['C0DESK', { name: 'alerts', is_member: true }],
  ]);
  readonly #token: string | undefined;
  readonly #scopes: string;

  /**
   * `clock` stamps message ts; pass the test's clock so "posted since" lookups agree with it. `token`: only this
   * bot token is accepted (any xox… token otherwise); `scopes`: what the token was granted (x-oauth-scopes).
   */
  constructor(opts: { clock?: () => number; token?: string; scopes?: readonly string[] } = {}) {
    super();
    this.#clock = opts.clock ?? Date.now;
    this.#token = opts.token;
    this.#scopes = (
      opts.scopes ?? [
        'commands',
        'chat:write',
        'files:write',
        'channels:history',
        'groups:history',
        'channels:read',
        'groups:read',
      ]
    ).join(',');
  }

  /** For WebClient: ends with '/', as SLACK_API_URL must. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url to put in a slash-command payload; answers land in `responses(id)`. */
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  responses(id: string): RecordedRequest[] {
    return this.calls(`/response/${id}`, 'POST');
  }

  /** Top-level posts and thread replies in a channel, in posting order. */
  inChannel(channel: string): FakeSlackMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  protected faultBody(fault: Fault): unknown {
    return fault.status === 429 ? { ok: false, error: 'ratelimited' } : 'upstream connect error';
  }

  protected route(req: RecordedRequest): Reply | null {
    if (req.path.startsWith('/response/')) return { body: { ok: true } };
    if (req.path.startsWith('/upload/')) {
      this.#uploaded.set(req.path.slice('/upload/'.length), req.raw.length);
      return { body: 'OK' };
    }
    if (!req.path.startsWith('/api/')) return null;
    const auth = String(req.headers.authorization ?? '');
    // Socket Mode: an app-level token (xapp-…) asks for a websocket address; the fake hands one out and stops there.
    if (req.path === '/api/apps.connections.open') {
      return ok(
        auth.startsWith('Bearer xapp-')
          ? { ok: true, url: 'wss://wss.example.invalid/link' }
          : { ok: false, error: 'not_allowed_token_type' },
      );
    }
    if (!auth.startsWith('Bearer xox')) return ok({ ok: false, error: 'not_authed' });
    if (this.#token && auth !== `Bearer ${this.#token}`) return ok({ ok: false, error: 'invalid_auth' });
    const method = req.path.slice('/api/'.length);
    switch (method) {
      case 'auth.test':
        return {
          status: 200,
          headers: { 'x-oauth-scopes': this.#scopes },
          body: {
            ok: true,
            url: 'https://newsroom.example.slack.com/',
            team: 'Newsroom',
            user: 'claimwatch',
            team_id: 'T0NEWS',
            user_id: 'U0BOT',
            bot_id: 'B0BOT',
          },
        };
      case 'conversations.info': {
        const channel = this.channels.get(String(req.body.channel));
        if (!channel) return ok({ ok: false, error: 'channel_not_found' });
        return ok({
          ok: true,
          channel: {
            id: req.body.channel,
            name: channel.name,
            is_channel: true,
            is_private: channel.is_private ?? false,
            is_member: channel.is_member,
          },
        });
      }
      case 'chat.postMessage':
        return this.#post(req.body);
      case 'files.getUploadURLExternal': {
        const id = `F${++this.#seq}`;
        return ok({ ok: true, upload_url: `${this.origin}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(req.body.files) ? req.body.files : []) as Array<{ id: string; title?: string }>;
        if (!files.every((f) => this.#uploaded.has(f.id))) return ok({ ok: false, error: 'file_not_found' });
        this.uploads.push({
          channel: req.body.channel_id,
          ...(req.body.thread_ts ? { thread_ts: req.body.thread_ts } : {}),
          files,
          bytes: files.reduce((n, f) => n + (this.#uploaded.get(f.id) ?? 0), 0),
        });
        return ok({ ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) });
      }
      case 'conversations.history':
        return this.#history(req.body, (m) => !m.thread_ts || m.thread_ts === m.ts);
      case 'conversations.replies':
        return this.#history(req.body, (m) => m.ts === req.body.ts || m.thread_ts === req.body.ts);
      default:
        return ok({ ok: false, error: 'unknown_method' });
    }
  }

  #post(body: any): Reply {
    const problem = checkBlocks(body.blocks);
    if (problem) return ok({ ok: false, error: 'invalid_blocks', errors: [problem] });
    if (!body.text && !body.blocks) return ok({ ok: false, error: 'no_text' });
    const ms = this.#clock();
    const ts = `${Math.floor(ms / 1000)}.${String(++this.#seq).padStart(6, '0')}`;
    const message: FakeSlackMessage = {
      channel: body.channel,
      ts,
      text: body.text ?? '',
      blocks: body.blocks ?? [],
      ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
      unfurl_links: body.unfurl_links,
      unfurl_media: body.unfurl_media,
    };
    this.messages.push(message);
    return ok({
      ok: true,
      channel: body.channel,
      ts,
      message: { type: 'message', text: message.text, ts, bot_id: 'B0BOT' },
    });
  }

  #history(body: any, keep: (m: FakeSlackMessage) => boolean): Reply {
    const oldest = Number(body.oldest ?? 0);
    const withMeta = String(body.include_all_metadata) === 'true';
    const found = this.messages
      .filter((m) => m.channel === body.channel && keep(m) && Number(m.ts) >= oldest)
      .map(({ ts, text, thread_ts, metadata }) => ({
        type: 'message',
        ts,
        text,
        ...(thread_ts ? { thread_ts } : {}),
        ...(withMeta && metadata ? { metadata } : {}),
      }))
      .reverse();
    return ok({ ok: true, messages: found, has_more: false });
  }
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

/** The Block Kit limits Slack rejects with invalid_blocks. https://docs.slack.dev/reference/block-kit/blocks */
function checkBlocks(blocks: unknown): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > 50) return 'no more than 50 items allowed [json-pointer:/blocks]';
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'header' && (b.text?.type !== 'plain_text' || b.text.text.length > 150))
      return `header text over 150 [json-pointer:/blocks/${i}]`;
    if (b.type === 'section' && (b.text?.text?.length ?? 0) > 3000)
      return `section text over 3000 [json-pointer:/blocks/${i}/text]`;
    if (b.type === 'context' && (b.elements.length > 10 || b.elements.some((e: any) => e.text.length > 3000)))
      return `context too long [json-pointer:/blocks/${i}]`;
    // https://docs.slack.dev/reference/block-kit/blocks/actions-block, .../block-elements/button-element
    if (b.type === 'actions') {
      if (!Array.isArray(b.elements) || b.elements.length > 25)
        return `too many elements [json-pointer:/blocks/${i}]`;
      for (const e of b.elements)
        if (
          (e.type === 'button' && (e.text?.type !== 'plain_text' || e.text.text.length > 75)) ||
          String(e.action_id ?? '').length > 255 ||
          String(e.value ?? '').length > 2000
        )
          return `invalid button [json-pointer:/blocks/${i}/elements]`;
      if (new Set(b.elements.map((e: any) => e.action_id)).size !== b.elements.length)
        return `action_id must be unique in a block [json-pointer:/blocks/${i}]`;
    }
  }
  return null;
}
