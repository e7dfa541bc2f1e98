export { slackPlatform } from './platform.js';
export { slackKeys, slackShape, type SlackConfig } from './config.js';
export { createSlackApp, createSlackHandler, SLACK_EVENTS_PATH, type SlackApp, type SlackAppDeps } from './app.js';
export { slackManifest, checkRequestUrl, SLACK_BOT_SCOPES } from './manifest.js';
export {
  createSlackClient,
  createSlackSink,
  slackLogger,
  SLACK_EVENT_TYPE,
  type SlackClientOptions,
} from './sink.js';
export { renderSlack, SLACK_FEEDBACK_ACTION, type SlackBlock, type SlackMessage, type SlackText } from './render.js';
export { replyToSlack, type SlackReply } from './reply.js';
export { fromSlackError } from './errors.js';
export { slackDoctor, slackReport, slackAppTokenCheck } from './doctor.js';
