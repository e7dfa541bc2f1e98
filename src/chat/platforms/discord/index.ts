export { discordPlatform, DISCORD_INTERACTIONS_PATH } from './platform.js';
export { discordKeys, discordShape, type DiscordConfig } from './config.js';
export { discordDoctor, discordReport } from './doctor.js';
export {
  createDiscordInteractionsHandler,
  type DiscordInteractionsDeps,
  type InteractionsHandler,
} from './interactions.js';
export { createDiscordGateway, type DiscordGateway, type DiscordGatewayDeps } from './gateway.js';
export { discordCommandPayload, deployDiscordCommands } from './register.js';
export { createDiscordRest, createDiscordSink, discordNonce, type DiscordRestOptions } from './sink.js';
export {
  renderDiscord,
  embedLength,
  SUPPRESS_EMBEDS,
  SUPPRESS_NOTIFICATIONS,
  type DiscordMessage,
} from './render.js';
export { replyToDiscord, EPHEMERAL, type DiscordReply } from './reply.js';
export { fromDiscordError } from './errors.js';
