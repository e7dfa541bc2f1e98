import { createHmac } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import { createSlackHandler } from '../../src/chat/platforms/slack/app.js';
import { commands } from '../../commands/index.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { contextFactory, serve } from './command-rig.js';
import { silentLog, tempStore } from './fixtures.js';

/** The Slack side of the command tests: a fake Slack API, a store, the signed HTTP endpoint, and a way to call it. */

export const SLACK_SECRET = 'test-signing-secret';

export interface SlackRig {
  slack: FakeSlackApi;
  db: Awaited<ReturnType<typeof tempStore>>;
  server: Awaited<ReturnType<typeof serve>>;
  /** A slash command as Slack sends it: form-encoded, signed with the app's signing secret. */
  slashCommand(
    command: string,
    text: string,
    opts?: { user?: string; ts?: number; secret?: string; headers?: boolean },
  ): { id: string; send: () => Promise<Response> };
}

/** Registers a fresh Slack endpoint before each test (editor: U0EDITOR) and tears it down after. */
export function slackRig(): SlackRig {
  let seq = 0;
  const rig = {
    slashCommand(
      command: string,
      text: string,
      opts: { user?: string; ts?: number; secret?: string; headers?: boolean } = {},
    ) {
      const id = String(++seq);
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: 'T0NEWS',
        channel_id: 'C0DESK',
        user_id: opts.user ?? 'U0REPORTER',
        user_name: 'reporter',
        command,
        text,
        response_url: rig.slack.responseUrl(id),
        trigger_id: `trigger-${id}`,
        api_app_id: 'A0CLAIMS',
      }).toString();
      const ts = opts.ts ?? Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', opts.secret ?? SLACK_SECRET)
        .update(`v0:${ts}:${body}`)
        .digest('hex')}`;
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
      if (opts.headers !== false)
        Object.assign(headers, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature });
      return { id, send: () => fetch(`${rig.server.url}/slack/events`, { method: 'POST', headers, body }) };
    },
  } as SlackRig;
  beforeEach(async () => {
    rig.slack = await new FakeSlackApi().start();
    rig.db = await tempStore();
    const { context } = contextFactory(rig.db.store, { admins: ['U0EDITOR'] });
    rig.server = await serve(
      createSlackHandler({
        botToken: 'xoxb-test',
        signingSecret: SLACK_SECRET,
        apiUrl: rig.slack.apiUrl,
        registry: commands,
        context,
        log: silentLog,
      }),
    );
  });
  afterEach(async () => {
    await rig.server.close();
    await rig.slack.close();
    await rig.db.cleanup();
  });
  return rig;
}
