/**
 * The chat edge: the outbox delivery worker, routing, the command runtime, platform-neutral rendering, and the
 * platforms (platforms/<name>/: each its sink, transport, renderer and capabilities, registered in
 * platforms/index.ts). The composition root (src/app) wires these together.
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
export { postingKeys, sinksFromConfig, type SinkConfig } from './sinks.js';
export { createDryRunSink, type Sink, type SinkMessage, type SendResult, type SinkName } from './sink.js';
export {
  PLATFORMS,
  platforms,
  platformsShape,
  type PlatformsConfig,
  type PlatformsShape,
} from './platforms/index.js';
export type {
  Capabilities,
  Channels,
  HttpHandler,
  Platform,
  PlatformKeys,
  PlatformState,
  SinkDeps,
  Transport,
  TransportDeps,
} from './platforms/index.js';
export { channelKeys, fail, firstLine, off, ok, type Check, type PlatformReport } from './doctor-check.js';
export { alertView, KIND_STYLE, type AlertView, type KindStyle } from './render/alert-view.js';
export { replyToText } from './render/reply.js';
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
// Each platform's own exports (its transport, sink, renderer), for the composition root, the setup commands and tests.
export { consolePlatform, createConsoleSink, renderConsole, type TextWriter } from './platforms/console/index.js';
export {
  slackPlatform,
  createSlackApp,
  createSlackHandler,
  createSlackClient,
  createSlackSink,
  renderSlack,
  replyToSlack,
  slackManifest,
  checkRequestUrl,
  SLACK_BOT_SCOPES,
  SLACK_EVENTS_PATH,
  type SlackApp,
  type SlackAppDeps,
  type SlackConfig,
} from './platforms/slack/index.js';
export {
  discordPlatform,
  createDiscordGateway,
  createDiscordInteractionsHandler,
  createDiscordRest,
  createDiscordSink,
  renderDiscord,
  replyToDiscord,
  discordCommandPayload,
  deployDiscordCommands,
  DISCORD_INTERACTIONS_PATH,
  type DiscordConfig,
  type DiscordGateway,
  type DiscordGatewayDeps,
  type DiscordInteractionsDeps,
  type InteractionsHandler,
} from './platforms/discord/index.js';
