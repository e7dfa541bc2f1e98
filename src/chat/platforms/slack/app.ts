import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  App,
  HTTPReceiver,
  SocketModeReceiver,
  type BlockAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { Command, CommandContext, CommandUser } from '../../command.js';
import { prepare, runCommand } from '../../invoke.js';
import { replyToSlack } from './reply.js';
import { SLACK_FEEDBACK_ACTION } from './render.js';
import { pressFeedback, type FeedbackDeps } from '../../feedback.js';
import { slackMrkdwn } from './escape.js';
import { slackLogger } from './sink.js';
import { isSignatureTimestampFresh } from '../../signed-timestamp.js';

/** Where Slack posts slash commands in HTTP mode (the Request URL in the app manifest). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppDeps {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string | undefined;
  /** Socket Mode when set (SLACK_APP_TOKEN, xapp-…): no public URL needed. */
  appToken?: string | undefined;
  /** SLACK_API_URL. */
  apiUrl?: string | undefined;
  registry: readonly Command[];
  /** The command context for one user (store, claim set, admins, feed check…). */
  context(user: CommandUser): CommandContext;
  log: Logger;
  /** The clock request timestamps are compared with (ms since the epoch); injected by tests. */
  now?: () => number;
  /** Where the alert buttons' presses are recorded; without it a press is acknowledged and ignored. */
  feedback?: FeedbackDeps | undefined;
}

export interface SlackApp {
  app: App;
  /** HTTP mode only: mount on our own server at POST /slack/events. */
  handler: ((req: IncomingMessage, res: ServerResponse) => void) | null;
  /** Socket Mode: connect. HTTP mode: nothing to do (our server is already listening). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Slack side of the bot, built on Bolt. In HTTP mode Bolt's own HTTPReceiver does the signature
 * check (HMAC with the signing secret; timestamps older than five minutes refused; missing headers
 * refused — all 401), and we only mount its request listener on our server. Every command is
 * acknowledged before any I/O, then answered through `respond()`.
 * https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const logger = slackLogger(deps.log);
  const clientOptions = deps.apiUrl
    ? { slackApiUrl: deps.apiUrl.endsWith('/') ? deps.apiUrl : `${deps.apiUrl}/` }
    : {};
  // Slash commands need no bot identity, so no auth.test call stands between a request and its ack.
  const authorize = async () => ({ botToken: deps.botToken });
  let receiver;
  if (deps.appToken) {
    receiver = new SocketModeReceiver({ appToken: deps.appToken, logger, installerOptions: { clientOptions } });
  } else {
    if (!deps.signingSecret)
      throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
    receiver = new HTTPReceiver({ signingSecret: deps.signingSecret, endpoints: SLACK_EVENTS_PATH, logger });
  }
  const app = new App({ receiver, authorize, logger, clientOptions });
  app.command(/.*/, (args) => answerCommand(deps, args));
  app.action({ type: 'block_actions', action_id: new RegExp(`^${SLACK_FEEDBACK_ACTION}`) }, (args) =>
    answerPress(deps, args),
  );
  app.error(async (err) => {
    deps.log.error({ err }, 'slack: unhandled error');
  });

  const http = receiver instanceof HTTPReceiver ? receiver : null;
  return {
    app,
    handler: http ? mountable(http.requestListener, deps.log, deps.now ?? Date.now) : null,
    async start() {
      if (!http) await app.start();
    },
    async stop() {
      if (!http) await app.stop();
    },
  };
}

/** Just the HTTP request listener, for the composition root's server. */
export function createSlackHandler(
  deps: Omit<SlackAppDeps, 'appToken'>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return createSlackApp({ ...deps, appToken: undefined }).handler!;
}

async function answerCommand(
  deps: SlackAppDeps,
  { command, ack, respond }: SlackCommandMiddlewareArgs,
): Promise<void> {
  const ctx = deps.context({ id: command.user_id, platform: 'slack' });
  const prepared = prepare(deps.registry, command.command, { text: command.text ?? '' }, ctx);
  if (prepared.kind === 'answer') {
    await ack(replyToSlack(prepared.reply));
    return;
  }
  await ack();
  const reply = await runCommand(prepared.command, ctx, prepared.args);
  try {
    await respond({ ...replyToSlack(reply), replace_original: false });
  } catch (err) {
    deps.log.warn({ err, command: command.command }, 'slack: could not deliver the answer to response_url');
  }
}

/**
 * A press of an alert button: acknowledged at once, recorded, and answered privately (`response_type: ephemeral`),
 * so the channel sees nothing and the alert stays as it was.
 * https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response
 */
async function answerPress(
  deps: SlackAppDeps,
  { ack, body, action, respond }: SlackActionMiddlewareArgs<BlockAction>,
): Promise<void> {
  await ack();
  if (!deps.feedback || action.type !== 'button') return;
  const result = await pressFeedback(deps.feedback, {
    platform: 'slack',
    userId: body.user.id,
    ref: action.value ?? '',
  });
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, text: slackMrkdwn(result.text) });
  } catch (err) {
    deps.log.warn({ err }, 'slack: could not answer a button press');
  }
}

/**
 * Bolt throws for paths it does not serve; on a shared server that is a plain 404. Bolt refuses timestamps more
 * than five minutes old but not ones from the future, so a request signed for an hour ahead stayed replayable
 * for an hour: here any skew over five minutes, either way, or a timestamp that is not a number, is a 401
 * before Bolt reads the body (it still checks the signature itself).
 */
function mountable(listener: (req: IncomingMessage, res: ServerResponse) => void, log: Logger, now: () => number) {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ts = req.headers['x-slack-request-timestamp'];
    if (req.method === 'POST' && !isSignatureTimestampFresh(Array.isArray(ts) ? ts[0] : ts, now())) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('stale or malformed request timestamp\n');
      return;
    }
    if (req.method === 'POST') {
      // Read here, handed to Bolt as its own buffered body (`rawBody`), so a body Bolt cannot read never reaches it.
      const raw = await readSlackBody(req);
      if (raw === null) return void res.writeHead(413, { 'content-type': 'text/plain' }).end('body too large\n');
      if (!isSlackBody(raw, req.headers['content-type']))
        return void res.writeHead(400, { 'content-type': 'text/plain' }).end('not a Slack request body\n');
      Object.assign(req, { rawBody: raw });
    }
    try {
      listener(req, res);
    } catch (err) {
      log.debug({ err, url: req.url }, 'slack: not a Slack request');
      if (!res.headersSent) res.writeHead(404).end();
    }
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      log.warn({ err }, 'slack: request failed');
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n');
    });
  };
}

/** Slack's own bodies are small; a slash command is a few hundred bytes. */
const MAX_SLACK_BODY = 256 * 1024;

async function readSlackBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_SLACK_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Read as Bolt reads it (a form, whose `payload` field is JSON when present, or JSON), the body must be an object:
 * a signed `payload=null` made Bolt throw outside any handler and end the process.
 */
function isSlackBody(raw: Buffer, contentType: string | undefined): boolean {
  try {
    const text = raw.toString();
    const body: unknown =
      contentType === 'application/x-www-form-urlencoded'
        ? ((form) => (typeof form.payload === 'string' ? JSON.parse(form.payload) : form))(
            Object.fromEntries(new URLSearchParams(text)),
          )
        : JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}
