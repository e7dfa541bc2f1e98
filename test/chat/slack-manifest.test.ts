import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { checkRequestUrl, slackManifest } from '../../src/chat/platforms/slack/manifest.js';
import { manifestProblems } from './slack-manifest-schema.js';

const URL_OK = 'https://bot.example.org/slack/events';

describe('the Slack app manifest', () => {
  it('passes every field of Slack’s documented manifest schema, in HTTP mode and in Socket Mode', () => {
    expect(manifestProblems(slackManifest(commands, { requestUrl: URL_OK }))).toEqual([]);
    expect(manifestProblems(slackManifest(commands, { socketMode: true }))).toEqual([]);
  });

  it('registers one /claimwatch command, never a name Slack keeps for itself such as /status or /who', () => {
    const m = slackManifest(commands, { requestUrl: URL_OK });
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(['/claimwatch']);
    expect(m.features.slash_commands[0]?.usage_hint).toBe('claims|claim|who|sources|digest|feeds|status|help …');
    // What the manifest had before this change, refused by the schema check:
    const old = {
      ...m,
      features: { ...m.features, slash_commands: [{ command: '/status', description: 'Bot health', url: URL_OK }] },
    };
    expect(manifestProblems(old)).toEqual([
      'features.slash_commands.0.command: a name Slack reserves for a built-in command',
    ]);
  });

  it('switches on interactivity, so the alert buttons reach the same signed endpoint as the command', () => {
    expect(slackManifest(commands, { requestUrl: URL_OK }).settings.interactivity).toEqual({
      is_enabled: true,
      request_url: URL_OK,
    });
    expect(slackManifest(commands, { socketMode: true }).settings.interactivity).toEqual({ is_enabled: true });
  });

  it('asks for files:write, so the digest chart can be attached', () => {
    expect(slackManifest(commands, { socketMode: true }).oauth_config.scopes.bot).toContain('files:write');
  });

  it('catches a field Slack does not know, an over-long name and a non-https URL', () => {
    const m = slackManifest(commands, { requestUrl: URL_OK });
    expect(manifestProblems({ ...m, display_information: { ...m.display_information, colour: '#fff' } })[0]).toMatch(
      /display_information.*colour/,
    );
    expect(
      manifestProblems({ ...m, display_information: { ...m.display_information, name: 'x'.repeat(36) } })[0],
    ).toMatch(/display_information\.name/);
    expect(
      manifestProblems({
        ...m,
        features: {
          ...m.features,
          slash_commands: [{ ...m.features.slash_commands[0], url: 'http://bot.example.org/slack/events' }],
        },
      }),
    ).toEqual(['features.slash_commands.0.url: Slack requires an https URL']);
  });
});

describe('the Request URL given with --url', () => {
  it('is taken as given when it is https with a path', () => {
    expect(checkRequestUrl('https://bot.example.org/claimwatch/slack/events')).toBe(
      'https://bot.example.org/claimwatch/slack/events',
    );
  });

  it('is refused without https, naming the fix', () => {
    expect(() => checkRequestUrl('http://bot.example.org/slack/events')).toThrow(/must start with https:\/\//);
  });

  it('is refused without a path, suggesting /slack/events', () => {
    try {
      checkRequestUrl('https://bot.example.org');
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('has no path');
      expect((err as { remedy: string }).remedy).toBe(
        'add the path the bot serves Slack on: https://bot.example.org/slack/events',
      );
    }
  });

  it('is refused when it is not an address at all', () => {
    expect(() => checkRequestUrl('bot.example.org')).toThrow(/not a web address/);
  });
});
