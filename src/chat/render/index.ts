export { renderSlack, type SlackBlock, type SlackMessage, type SlackText } from './slack.js';
export {
  renderDiscord,
  embedLength,
  SUPPRESS_EMBEDS,
  SUPPRESS_NOTIFICATIONS,
  type DiscordMessage,
} from './discord.js';
export { renderConsole } from './console.js';
export { alertView, KIND_STYLE, type AlertView, type KindStyle } from './alert-view.js';
export { fitLines, chunkText } from './fit.js';
