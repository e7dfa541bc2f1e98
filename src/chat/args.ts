import { userError, type CommandArgs, type CommandDefinition, type Reply } from './command.js';

/**
 * Turning what a platform sends into a command's arguments, and refusing what the command does
 * not take with a message that shows the right form.
 */

export type ArgsResult = { ok: true; args: CommandArgs } | { ok: false; reply: Reply };

/** "/feeds add <url>" style usage line. */
export function usage(def: CommandDefinition): string {
  const opts = def.options.map((o) => {
    const label = o.choices ? o.choices.join('|') : o.name;
    return o.required ? `<${label}>` : `[${label}]`;
  });
  return [`/${def.name}`, ...opts].join(' ');
}

/** Check named arguments (Discord options, or parsed Slack text) against the definition. */
export function checkArgs(def: CommandDefinition, raw: Readonly<Record<string, string | undefined>>): ArgsResult {
  const known = new Set(def.options.map((o) => o.name));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) {
    const takes = def.options.length
      ? `It takes: ${def.options.map((o) => o.name).join(', ')}.`
      : 'It takes no options.';
    return fail(
      `/${def.name} does not know the option ${unknown.map((u) => `“${u}”`).join(', ')}. ` +
        `${takes} Usage: ${usage(def)}`,
    );
  }
  const args: Record<string, string | undefined> = {};
  for (const o of def.options) {
    const value = raw[o.name]?.trim() || undefined;
    if (!value && o.required) return fail(`/${def.name} needs ${o.name} (${o.description}). Usage: ${usage(def)}`);
    if (value && o.choices && !o.choices.includes(value.toLowerCase())) {
      return fail(`/${def.name}: “${value}” is not one of ${o.choices.join(', ')}. Usage: ${usage(def)}`);
    }
    args[o.name] = value && o.choices ? value.toLowerCase() : value;
  }
  return { ok: true, args };
}

/**
 * Slack sends everything after the command as one string: options are positional, and the last
 * one takes the rest of the text (so `/claims s-400 return` searches for both words). Slack wraps
 * links as `<https://…|label>` and escapes `&<>`; both are undone here.
 */
export function slackTextToArgs(def: CommandDefinition, text: string): ArgsResult {
  const clean = unslack(text).trim();
  if (!def.options.length) {
    return clean
      ? fail(`/${def.name} takes no options (got “${clean}”). Usage: ${usage(def)}`)
      : { ok: true, args: {} };
  }
  const raw: Record<string, string> = {};
  let rest = clean;
  def.options.forEach((o, i) => {
    if (!rest) return;
    if (i === def.options.length - 1) {
      raw[o.name] = rest;
      rest = '';
      return;
    }
    const [first = '', ...more] = rest.split(/\s+/);
    raw[o.name] = first;
    rest = more.join(' ');
  });
  return checkArgs(def, raw);
}

function unslack(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function fail(text: string): ArgsResult {
  return { ok: false, reply: userError(text) };
}
