import { z } from 'zod';

/**
 * Slack's app-manifest schema for the parts a manifest of ours can contain, written from Slack's reference
 * (https://docs.slack.dev/reference/app-manifest) and the field notes in @slack/web-api's Manifest type. Every
 * object is strict: a misspelt or invented field fails here rather than when a newsroom pastes the manifest.
 */

/** Slack's own commands: an app command with one of these names is refused or never reached. */
export const SLACK_BUILT_IN_COMMANDS = [
  'active',
  'apps',
  'archive',
  'away',
  'call',
  'close',
  'collapse',
  'dm',
  'dnd',
  'expand',
  'feed',
  'giphy',
  'help',
  'invite',
  'invite_people',
  'join',
  'kick',
  'leave',
  'me',
  'msg',
  'mute',
  'open',
  'prefs',
  'remind',
  'remove',
  'rename',
  'search',
  'shortcuts',
  'shrug',
  'star',
  'status',
  'topic',
  'who',
];

const BOT_SCOPES = [
  'app_mentions:read',
  'bookmarks:read',
  'bookmarks:write',
  'calls:read',
  'calls:write',
  'channels:history',
  'channels:join',
  'channels:manage',
  'channels:read',
  'channels:write.invites',
  'channels:write.topic',
  'chat:write',
  'chat:write.customize',
  'chat:write.public',
  'commands',
  'dnd:read',
  'emoji:read',
  'files:read',
  'files:write',
  'groups:history',
  'groups:read',
  'groups:write',
  'im:history',
  'im:read',
  'im:write',
  'incoming-webhook',
  'links:read',
  'links:write',
  'metadata.message:read',
  'mpim:history',
  'mpim:read',
  'mpim:write',
  'pins:read',
  'pins:write',
  'reactions:read',
  'reactions:write',
  'team:read',
  'usergroups:read',
  'users:read',
  'users:read.email',
  'users:write',
] as const;

const httpsUrl = z
  .string()
  .url()
  .refine((u) => new URL(u).protocol === 'https:', 'Slack requires an https URL');

const slashCommand = z.strictObject({
  command: z
    .string()
    .max(32)
    .regex(/^\/[a-z0-9_-]+$/, 'a leading / then lower-case letters, digits, - or _')
    .refine((c) => !SLACK_BUILT_IN_COMMANDS.includes(c.slice(1)), 'a name Slack reserves for a built-in command'),
  description: z.string().min(1).max(2000),
  usage_hint: z.string().max(1000).optional(),
  should_escape: z.boolean().optional(),
  url: httpsUrl.optional(),
});

export const slackManifestSchema = z
  .strictObject({
    _metadata: z
      .strictObject({
        major_version: z.union([z.literal(1), z.literal(2)]).optional(),
        minor_version: z.number().int().min(0).optional(),
      })
      .optional(),
    display_information: z.strictObject({
      name: z.string().min(1).max(35),
      description: z.string().max(140).optional(),
      long_description: z.string().min(175).max(4000).optional(),
      background_color: z
        .string()
        .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)
        .optional(),
    }),
    features: z
      .strictObject({
        bot_user: z
          .strictObject({
            display_name: z
              .string()
              .min(1)
              .max(80)
              .regex(/^[a-z0-9._-]+$/),
            always_online: z.boolean().optional(),
          })
          .optional(),
        slash_commands: z.array(slashCommand).max(50).optional(),
      })
      .optional(),
    oauth_config: z
      .strictObject({
        redirect_urls: z.array(httpsUrl).max(1000).optional(),
        scopes: z.strictObject({ bot: z.array(z.enum(BOT_SCOPES)).max(255).optional() }).optional(),
      })
      .optional(),
    settings: z
      .strictObject({
        org_deploy_enabled: z.boolean().optional(),
        socket_mode_enabled: z.boolean().optional(),
        token_rotation_enabled: z.boolean().optional(),
        interactivity: z.strictObject({ is_enabled: z.boolean(), request_url: httpsUrl.optional() }).optional(),
      })
      .optional(),
  })
  .refine(
    (m) => m.settings?.socket_mode_enabled || (m.features?.slash_commands ?? []).every((c) => c.url),
    'outside Socket Mode every slash command needs its url',
  );

/** Slack's complaints, one per line, or [] when Slack would take the manifest. */
export function manifestProblems(manifest: unknown): string[] {
  const r = slackManifestSchema.safeParse(manifest);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || '(manifest)'}: ${i.message}`);
}
