import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployDiscordCommands, discordCommandPayload } from '../../src/chat/platforms/discord/register.js';
import { routesFor } from '../../src/chat/routing.js';
import { createDiscordRest } from '../../src/chat/platforms/discord/sink.js';
import { slackManifest } from '../../src/chat/platforms/slack/manifest.js';
import type { Command } from '../../src/chat/command.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { prepare, runCommand } from '../../src/chat/invoke.js';
import { replyToText } from '../../src/chat/render/reply.js';
import { alertDecision, claimSet, silentLog } from './fixtures.js';

describe('one command registry for both platforms', () => {
  const discord = discordCommandPayload(commands);
  const slack = slackManifest(commands, { requestUrl: 'https://bot.example.org/slack/events' });

  it('offers the same commands on Slack (as /claimwatch subcommands) and on Discord', () => {
    expect(discord.map((c) => c.name)).toEqual([
      'claims',
      'claim',
      'who',
      'sources',
      'digest',
      'feeds',
      'status',
      'help',
    ]);
    expect(slack.features.slash_commands[0]?.usage_hint).toBe(`${discord.map((c) => c.name).join('|')} …`);
  });

  it('shows Slack users the same options, in the same order, that Discord offers', async () => {
    const ctx = { claimSet: claimSet() };
    const prepared = prepare(commands, '/claimwatch', { text: 'help' }, ctx);
    if (prepared.kind !== 'run') throw new Error('help should run');
    const reply = await runCommand(
      prepared.command,
      {
        ...ctx,
        store: null as never,
        user: { id: 'U1', platform: 'slack' },
        admins: [],
        log: silentLog,
        checkFeedUrl: async () => ({ ok: true }),
      },
      prepared.args,
    );
    const help = replyToText(reply);
    for (const cmd of discord.filter((c) => c.name !== 'help')) {
      const fromDiscord = cmd.options.map((o) => {
        const label = o.choices ? o.choices.map((c) => c.value).join('|') : o.name;
        return o.required ? `<${label}>` : `[${label}]`;
      });
      expect(help).toContain(`${['/claimwatch', cmd.name, ...fromDiscord].join(' ')} — ${cmd.description}`);
    }
  });

  it('sends Slack commands to the Request URL given and asks only for the scopes the bot uses', () => {
    expect(slack.features.slash_commands.map((c) => c.url)).toEqual(['https://bot.example.org/slack/events']);
    expect(slack.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'files:write',
      'channels:history',
      'groups:history',
      'channels:read',
      'groups:read',
    ]);
    expect(slackManifest(commands, { socketMode: true }).settings.socket_mode_enabled).toBe(true);
  });

  it('offers claim-id suggestions on Discord for /claim and /sources', () => {
    expect(discord.find((c) => c.name === 'claim')?.options[0]).toMatchObject({
      name: 'id',
      required: true,
      autocomplete: true,
    });
    expect(discord.find((c) => c.name === 'feeds')?.options[0]?.choices?.map((c) => c.value)).toEqual([
      'list',
      'add',
      'remove',
    ]);
  });

  it('refuses a definition Discord would reject, naming the command', () => {
    const bad: Command = {
      definition: {
        name: 'bad',
        description: 'x',
        options: [
          { name: 'a', description: 'a', type: 'string', required: false },
          { name: 'b', description: 'b', type: 'string', required: true },
        ],
      },
      run: async () => ({ text: '' }),
    };
    expect(() => discordCommandPayload([bad])).toThrow('/bad: Discord needs required options before optional ones');
  });

  it('deploys to Discord as one bulk overwrite', async () => {
    const fake = await new FakeDiscordApi().start();
    try {
      const registered = await deployDiscordCommands({
        rest: createDiscordRest({ token: 't', apiUrl: fake.apiUrl }),
        applicationId: '1100000000000000001',
        registry: commands,
      });
      expect(fake.calls('/applications/1100000000000000001/commands', 'PUT')).toHaveLength(1);
      expect(fake.commandDeploys[0]).toEqual(discord);
      expect(registered.map((c) => c.name)).toEqual(discord.map((c) => c.name));
    } finally {
      await fake.close();
    }
  });
});

describe('where alerts go', () => {
  const config = {
    SLACK_BOT_TOKEN: 'xoxb',
    SLACK_ALERT_CHANNEL: 'C0DESK',
    SLACK_REVIEW_CHANNEL: 'C0REVIEW',
    SLACK_DIGEST_CHANNEL: undefined,
    DISCORD_TOKEN: 'tok',
    DISCORD_ALERT_CHANNEL: '2001',
    DISCORD_REVIEW_CHANNEL: undefined,
    DISCORD_DIGEST_CHANNEL: undefined,
  };

  it('sends denials and contradictions to the desk on every platform, and always to the console', () => {
    expect(routesFor(alertDecision({ kind: 'denial' }), config)).toEqual([
      { sink: 'console', channel: 'console' },
      { sink: 'slack', channel: 'C0DESK' },
      { sink: 'discord', channel: '2001' },
    ]);
  });

  it('sends new-claim candidates to the review channel, or the desk where there is none', () => {
    expect(routesFor(alertDecision({ kind: 'new-claim' }), config)).toEqual([
      { sink: 'console', channel: 'console' },
      { sink: 'slack', channel: 'C0REVIEW' },
      { sink: 'discord', channel: '2001' },
    ]);
  });

  it('leaves out a platform without its token', () => {
    expect(routesFor(alertDecision(), { ...config, SLACK_BOT_TOKEN: undefined, DISCORD_TOKEN: undefined })).toEqual([
      { sink: 'console', channel: 'console' },
    ]);
  });
});
