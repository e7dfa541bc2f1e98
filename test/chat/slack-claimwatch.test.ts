import { describe, expect, it } from 'vitest';
import { eventually } from './command-rig.js';
import { slackRig } from './slack-rig.js';

const rig = slackRig();

/** `/claimwatch <text>` as Slack sends it: form-encoded and signed. */
function claimwatch(text: string, user = 'U0REPORTER') {
  const { id, send } = rig.slashCommand('/claimwatch', text, { user });
  return {
    id,
    send: async () => {
      const res = await send();
      const raw = await res.text();
      return { status: res.status, body: raw ? JSON.parse(raw) : null };
    },
  };
}

describe('/claimwatch on Slack', () => {
  it('answers /claimwatch claim <id> with the claim’s timeline', async () => {
    const cmd = claimwatch('claim systems-returned');
    expect((await cmd.send()).status).toBe(200);
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
    expect(JSON.stringify(answer.body.blocks)).toContain('Lev Sorokin denies');
  });

  it('lists the subcommands with /claimwatch alone, in Slack’s words', async () => {
    const cmd = claimwatch('');
    await cmd.send();
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
    expect(answer.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(answer.body.blocks);
    expect(text).toContain('/claimwatch claim &lt;id&gt; — One claim’s timeline');
    expect(text).toContain('/claimwatch feeds [list|add|remove] [url]');
    expect(text).not.toMatch(/(^|[^/\w])\/claims /);
  });

  it('names the subcommands it knows when given one it does not', async () => {
    const { body } = await claimwatch('clams').send();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe(
      '/claimwatch has no “clams” subcommand. It knows claims, claim, who, sources, digest, feeds, status, ' +
        'help; /claimwatch help says what each does.',
    );
  });

  it('points to /claimwatch commands, not Discord’s names, in its hints', async () => {
    const { body } = await claimwatch('claim no-such-claim').send();
    expect(body.text).toContain('/claimwatch claims lists every claim with its id');
    const extra = await claimwatch('status everything please').send();
    expect(extra.body.text).toContain('/claimwatch status takes no options');
  });

  it('lets an admin add a feed with /claimwatch feeds add', async () => {
    const cmd = claimwatch('feeds add <https://feeds.example.org/rss>', 'U0EDITOR');
    await cmd.send();
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
    expect(answer.body.text).toContain('Added “A Test Feed”');
    expect((await rig.db.store.listFeeds()).map((f) => f.url)).toEqual(['https://feeds.example.org/rss']);
  });
});
