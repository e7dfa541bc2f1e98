/**
 * Discord limits we render within. Each number links the page that states it, because these
 * limits are enforced by the platform with a hard 400, not by a warning.
 */
/** https://discord.com/developers/docs/resources/message#create-message — `content` up to 2,000 characters. */
export const DISCORD_CONTENT = 2000;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_EMBED = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer text and author name. */
  total: 6000,
} as const;
/**
 * Thread `name` 1-100 characters.
 * https://discord.com/developers/docs/resources/channel#start-thread-from-message
 */
export const DISCORD_THREAD_NAME = 100;
/**
 * `nonce` is an integer or a string of at most 25 characters.
 * https://discord.com/developers/docs/resources/message#create-message
 */
export const DISCORD_NONCE = 25;
