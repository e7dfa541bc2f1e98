import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { DiscordReply } from './reply.js';
import {
  answerCommand,
  autocompleteChoices,
  type CommandCall,
  type InteractionDeps,
  type InteractionResponder,
} from './respond.js';
import { isFeedbackRef, pressFeedback, type FeedbackDeps } from '../../feedback.js';

export interface DiscordGatewayDeps extends InteractionDeps {
  token: string;
  /** DISCORD_API_URL for the client's REST calls. */
  apiUrl?: string | undefined;
  /** Where the alert buttons' presses are recorded. */
  feedback?: FeedbackDeps | undefined;
}

export interface DiscordGateway {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The default Discord transport: a gateway connection (discord.js Client) that receives slash
 * commands as `interactionCreate` events. Only the Guilds intent: the bot reads no messages.
 */
export function createDiscordGateway(deps: DiscordGatewayDeps): DiscordGateway {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(deps.apiUrl ? { rest: { api: deps.apiUrl.replace(/\/+$/, '') } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(deps, interaction).catch((err: unknown) =>
      deps.log.error({ err }, 'discord: interaction failed'),
    );
  });
  client.once(Events.ClientReady, (c) => deps.log.info({ user: c.user.tag }, 'discord: connected to the gateway'));
  return {
    client,
    async start() {
      await client.login(deps.token);
    },
    async stop() {
      await client.destroy();
    },
  };
}

async function onInteraction(deps: DiscordGatewayDeps, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    const call = toCall(interaction.commandName, interaction.options.data, interaction.user.id);
    await interaction.respond(autocompleteChoices(deps, call, { name: focused.name, value: String(focused.value) }));
    return;
  }
  if (interaction.isButton() && deps.feedback && isFeedbackRef(interaction.customId)) {
    const ref = interaction.customId;
    const result = await pressFeedback(deps.feedback, { platform: 'discord', userId: interaction.user.id, ref });
    await interaction.reply({ content: result.text, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const call = toCall(interaction.commandName, interaction.options.data, interaction.user.id);
  await answerCommand(deps, call, gatewayResponder(interaction));
}

function toCall(name: string, data: ReadonlyArray<{ name: string; value?: unknown }>, userId: string): CommandCall {
  return {
    name,
    options: Object.fromEntries(data.map((o) => [o.name, o.value === undefined ? undefined : String(o.value)])),
    user: { id: userId, platform: 'discord' },
  };
}

/** discord.js takes camelCase `allowedMentions`; our rendered replies use the API's snake_case. */
function options(message: DiscordReply) {
  return { content: message.content, embeds: message.embeds, allowedMentions: { parse: [] } };
}

function gatewayResponder(interaction: ChatInputCommandInteraction): InteractionResponder {
  return {
    async answer(message) {
      await interaction.reply({ ...options(message), ...(message.flags ? { flags: MessageFlags.Ephemeral } : {}) });
    },
    async defer(ephemeral) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async edit(message) {
      await interaction.editReply(options(message));
    },
    async privately(message) {
      await interaction.deleteReply();
      await interaction.followUp({ ...options(message), flags: MessageFlags.Ephemeral });
    },
  };
}
