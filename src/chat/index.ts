/**
 * The chat edge: rendering (pure), sinks, the outbox delivery worker, routing, the command runtime
 * and the Slack and Discord transports. The composition root (src/app) wires these together.
 */
export {
  createDelivery,
  startDeliveryLoop,
  threadKeysFor,
  type Delivery,
  type DeliveryDeps,
  type DeliveryReport,
} from './delivery.js';
export { exponentialBackoff, type BackoffOptions, type RetryPolicy } from './backoff.js';
export { routesFor, digestRoutes, CONSOLE_ROUTE, type RoutingConfig } from './routing.js';
export {
  sinksFromConfig,
  createConsoleSink,
  createDryRunSink,
  createSlackSink,
  createSlackClient,
  createDiscordSink,
  createDiscordRest,
  type Sink,
  type SinkMessage,
  type SendResult,
  type SinkName,
  type SinkConfig,
  type TextWriter,
} from './sinks/index.js';
export { renderSlack, renderDiscord, renderConsole } from './render/index.js';
export { replyToSlack, replyToDiscord, replyToText } from './render/reply.js';
export { prepare, runCommand, type Prepared, type RawArgs } from './invoke.js';
export { claimStatus, findClaims, findActor, statusLine, type ClaimStatus } from './claim-status.js';
export { isAdmin, userError } from './command.js';
export {
  FEEDBACK_BUTTONS,
  feedbackRef,
  parseFeedbackRef,
  pressFeedback,
  type FeedbackDeps,
  type Press,
} from './feedback.js';
export type {
  Command,
  CommandContext,
  CommandDefinition,
  CommandOption,
  CommandUser,
  CommandArgs,
  Reply,
  ReplySection,
  Line,
  Link,
  FeedCheck,
  Choice,
} from './command.js';
export {
  createSlackApp,
  createSlackHandler,
  SLACK_EVENTS_PATH,
  type SlackApp,
  type SlackAppDeps,
} from './slack/app.js';
export { slackManifest, SLACK_BOT_SCOPES } from './slack/manifest.js';
export {
  createDiscordInteractionsHandler,
  type DiscordInteractionsDeps,
  type InteractionsHandler,
} from './discord/interactions.js';
export { createDiscordGateway, type DiscordGateway, type DiscordGatewayDeps } from './discord/gateway.js';
export { discordCommandPayload, deployDiscordCommands } from './discord/register.js';
