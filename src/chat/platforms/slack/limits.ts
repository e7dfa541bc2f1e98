/**
 * Slack limits we render within. Each number links the page that states it, because these
 * limits are enforced by the platform with a hard 400, not by a warning.
 */

/** https://docs.slack.dev/reference/block-kit/blocks — "maximum of 50 blocks" per message. */
export const SLACK_MAX_BLOCKS = 50;
/** https://docs.slack.dev/reference/block-kit/blocks/section-block — section `text`: max 3,000 characters. */
export const SLACK_SECTION_TEXT = 3000;
/** https://docs.slack.dev/reference/block-kit/blocks/header-block — header `text`: max 150 characters. */
export const SLACK_HEADER_TEXT = 150;
/** https://docs.slack.dev/reference/block-kit/blocks/context-block — up to 10 elements, each a text object. */
export const SLACK_CONTEXT_TEXT = 3000;
/**
 * https://docs.slack.dev/reference/methods/chat.postMessage — `text` is truncated past 40,000 characters;
 * it is the notification and accessibility fallback, so we keep it far shorter.
 */
export const SLACK_FALLBACK_TEXT = 3000;
