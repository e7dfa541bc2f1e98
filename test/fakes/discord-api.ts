import { HttpFake, type Fault, type RecordedRequest, type Reply } from './http-fake.js';

/**
 * A fake Discord REST API (v10) for `@discordjs/rest` (`api: fake.apiUrl`): channel messages with
 * Discord's length limits and nonce enforcement, threads started from messages, bulk command
 * overwrite, and the interaction webhook endpoints used by follow-ups.
 */

export interface FakeDiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: any[];
  /** Action rows of buttons under the message. */
  components?: any[];
  flags: number;
  nonce?: string;
  /** Files uploaded with the message (multipart), by name and size. */
  files?: Array<{ field: string; filename: string; bytes: number }>;
  allowed_mentions?: { parse?: string[] };
}

export interface FakeThread {
  id: string;
  parent_id: string;
  name: string;
}

const BOT = { id: '1100000000000000001', username: 'claimwatch', bot: true };

export class FakeDiscordApi extends HttpFake {
  readonly messages: FakeDiscordMessage[] = [];
  readonly threads: FakeThread[] = [];
  /** Bodies of each bulk overwrite of application commands. */
  readonly commandDeploys: any[] = [];
  #snowflake = 1200000000000000000n;
  readonly #nonces = new Map<string, FakeDiscordMessage>();
  /** Channels GET /channels/{id} knows (id → name); another id answers 10003 Unknown Channel. */
  readonly channels = new Map<string, { name: string }>([['2001', { name: 'alerts' }]]);
  readonly #token: string | undefined;

  /** `token`: only this bot token is accepted (any `Bot …` otherwise). */
  constructor(opts: { token?: string } = {}) {
    super();
    this.#token = opts.token;
  }

  /** For REST's `api` option (REST adds /v10). */
  get apiUrl(): string {
    return `${this.origin}/api`;
  }

  inChannel(channelId: string): FakeDiscordMessage[] {
    return this.messages.filter((m) => m.channel_id === channelId);
  }

  protected faultBody(fault: Fault): unknown {
    return fault.status === 429
      ? { message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 1, global: false }
      : { message: '500: Internal Server Error', code: 0 };
  }

  protected route(req: RecordedRequest): Reply | null {
    const p = req.path.replace(/^\/api\/v10/, '');
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/)))
      return this.#webhook(req, m[3] !== undefined);
    const auth = String(req.headers.authorization ?? '');
    if (!auth.startsWith('Bot ') || (this.#token && auth !== `Bot ${this.#token}`))
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (req.method === 'GET' && p === '/applications/@me')
      return { body: { id: BOT.id, name: 'claimwatch', bot: BOT } };
    if (req.method === 'GET' && p === '/users/@me') return { body: BOT };
    if (req.method === 'GET' && (m = p.match(/^\/channels\/(\d+)$/))) {
      const channel = this.channels.get(m[1]!);
      return channel
        ? { body: { id: m[1], type: 0, name: channel.name, guild_id: '1000000000000000001' } }
        : { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
    }
    if (
      req.method === 'PUT' &&
      (m = p.match(/^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/)) &&
      m[1] !== BOT.id
    ) {
      return { status: 403, body: { message: 'Missing Access', code: 50001 } };
    }
    if (req.method === 'POST' && (m = p.match(/^\/channels\/(\d+)\/messages$/))) return this.#post(m[1]!, req.body);
    if (req.method === 'POST' && (m = p.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)))
      return this.#thread(m[1]!, m[2]!, req.body);
    if (req.method === 'PUT' && (m = p.match(/^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/))) {
      this.commandDeploys.push(req.body);
      return {
        body: (req.body as any[]).map((c) => ({ ...c, id: this.#id(), application_id: m![1], version: this.#id() })),
      };
    }
    return null;
  }

  #id(): string {
    return String(++this.#snowflake);
  }

  #post(channelId: string, body: any): Reply {
    const problem = checkMessage(body);
    if (problem)
      return {
        status: 400,
        body: {
          code: 50035,
          message: 'Invalid Form Body',
          errors: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: problem }] },
        },
      };
    // enforce_nonce: the same author and nonce within a few minutes returns the first message.
    const seen = body.enforce_nonce && body.nonce ? this.#nonces.get(`${channelId}:${body.nonce}`) : undefined;
    if (seen) return { body: apiMessage(seen) };
    const message: FakeDiscordMessage = {
      id: this.#id(),
      channel_id: channelId,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      flags: body.flags ?? 0,
      ...(body.components ? { components: body.components } : {}),
      ...(body.nonce ? { nonce: body.nonce } : {}),
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions } : {}),
      ...(body.__files?.length ? { files: body.__files } : {}),
    };
    this.messages.push(message);
    if (body.enforce_nonce && body.nonce) this.#nonces.set(`${channelId}:${body.nonce}`, message);
    return { body: apiMessage(message) };
  }

  #thread(channelId: string, messageId: string, body: any): Reply {
    if (this.threads.some((t) => t.id === messageId))
      return { status: 400, body: { code: 160004, message: 'A thread has already been created for this message' } };
    if (!this.messages.some((m) => m.id === messageId && m.channel_id === channelId))
      return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (!body.name || body.name.length > 100)
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body' } };
    // A thread started from a message has the message's id.
    const thread: FakeThread = { id: messageId, parent_id: channelId, name: body.name };
    this.threads.push(thread);
    return {
      status: 201,
      body: { id: thread.id, type: 11, parent_id: channelId, name: thread.name, guild_id: '1000000000000000001' },
    };
  }

  #webhook(req: RecordedRequest, original: boolean): Reply {
    if (req.method === 'DELETE') return { status: 204 };
    const message = {
      id: original ? '@original' : this.#id(),
      channel_id: '0',
      content: req.body?.content ?? '',
      embeds: req.body?.embeds ?? [],
      flags: req.body?.flags ?? 0,
    };
    return { body: apiMessage(message) };
  }
}

function apiMessage(m: FakeDiscordMessage): unknown {
  return {
    type: 0,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    author: BOT,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...m,
  };
}

/** Discord's message limits. https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
function checkMessage(body: any): string | null {
  if ((body.content ?? '').length > 2000) return 'content: Must be 2000 or fewer in length.';
  if (body.nonce !== undefined && String(body.nonce).length > 25) return 'nonce: Must be 25 or fewer in length.';
  const embeds: any[] = body.embeds ?? [];
  if (embeds.length > 10) return 'embeds: Must be 10 or fewer in length.';
  let total = 0;
  for (const e of embeds) {
    if ((e.title ?? '').length > 256) return 'embeds.0.title: Must be 256 or fewer in length.';
    if ((e.description ?? '').length > 4096) return 'embeds.0.description: Must be 4096 or fewer in length.';
    if ((e.fields ?? []).length > 25) return 'embeds.0.fields: Must be 25 or fewer in length.';
    for (const f of e.fields ?? [])
      if (f.name.length > 256 || f.value.length > 1024)
        return 'embeds.0.fields.value: Must be 1024 or fewer in length.';
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length +
      (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
  }
  if (total > 6000) return 'embeds: Embed size exceeds maximum size of 6000';
  // https://discord.com/developers/docs/components/reference#action-row, #button
  const rows: any[] = body.components ?? [];
  if (rows.length > 5) return 'components: Must be 5 or fewer in length.';
  for (const row of rows) {
    if (row.type !== 1 || !Array.isArray(row.components) || row.components.length > 5)
      return 'components.0: an action row holds at most 5 buttons';
    for (const b of row.components) {
      if (b.type !== 2 || (b.label ?? '').length > 80) return 'components.0.components.0.label: Must be 80 or fewer';
      if (typeof b.custom_id !== 'string' || b.custom_id.length > 100)
        return 'components.0.components.0.custom_id: Must be 100 or fewer in length.';
    }
  }
  if (!body.content && !embeds.length) return 'Cannot send an empty message';
  return null;
}
