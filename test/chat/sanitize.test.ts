import { describe, expect, it } from 'vitest';
import { discordEscape, discordLink } from '../../src/chat/platforms/discord/escape.js';
import { fitEscaped, truncate } from '../../src/chat/sanitize.js';
import { slackEscape, slackLink, slackMrkdwn } from '../../src/chat/platforms/slack/escape.js';

describe('cutting long feed text', () => {
  it('ends at a word with an ellipsis and stays within the limit', () => {
    const cut = truncate('Officials said the systems would remain in storage for now', 30);
    expect(cut).toBe('Officials said the systems…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('leaves short text alone', () => {
    expect(truncate('Short', 30)).toBe('Short');
  });

  it('never splits an emoji in half', () => {
    const cut = truncate(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
  });

  it('fits text whose escaped form is longer than the raw text', () => {
    const escaped = fitEscaped('<&>'.repeat(100), 50, slackEscape);
    expect(escaped.length).toBeLessThanOrEqual(50);
    expect(escaped).not.toMatch(/&[a-z]*…/); // no entity cut in half
  });
});

describe('Slack text from a feed', () => {
  it('turns channel, here and user mentions into plain text', () => {
    expect(slackEscape('<!channel> <!here> <@U123> <#C1> & co')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1&gt; &amp; co',
    );
  });

  it('keeps the words of *bold* and _italic_ but stops them formatting', () => {
    const out = slackMrkdwn('*bold* _it_');
    expect(out.replace(/\u200B/g, '')).toBe('*bold* _it_');
    expect(out).not.toMatch(/(^|\s)\*[^\s\u200B]/);
  });

  it('links only to web addresses', () => {
    expect(slackLink('https://example.org/a|b', 'Title')).toBe('<https://example.org/a%7Cb|Title>');
    expect(slackLink('javascript:alert(1)', 'Title')).toBe('Title');
  });
});

describe('Discord text from a feed', () => {
  it('breaks @everyone, @here and every mention form', () => {
    const out = discordEscape('@everyone @here <@123> <@!123> <@&456> <#789>');
    expect(out).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>/);
    expect(out.replace(/\u200B/g, '')).toBe('@everyone @here <@123> <@!123> <@&456> <#789>');
  });

  it('escapes markdown, headings, quotes, subtext and every masked link', () => {
    expect(discordEscape('**b** [a](https://x.example) [c](https://y.example)')).toBe(
      '\\*\\*b\\*\\* \\[a](https://x.example) \\[c](https://y.example)',
    );
    expect(discordEscape('# Big\n> quote\n-# small')).toBe('\\# Big\n\\> quote\n\\-# small');
  });

  it('links only to web addresses', () => {
    expect(discordLink('https://example.org/a_(b)', 'T')).toBe('[T](https://example.org/a_%28b%29)');
    expect(discordLink('ftp://example.org', 'T')).toBe('T');
  });
});

describe('text that pretends', () => {
  it('breaks plain @here, @channel and @everyone in Slack text, whatever the text object', () => {
    const out = slackEscape('Heads up @here and @channel, @everyone');
    expect(out).not.toMatch(/@(here|channel|everyone)/);
    expect(out.replace(/\u200B/g, '')).toBe('Heads up @here and @channel, @everyone');
  });

  it('removes bidi overrides, isolates and zero-width characters before escaping', () => {
    const raw = 'Lev\u202E nikoroS\u202C said\u2066 x\u2069 n\u200Bo\u200D\uFEFF\u2060';
    for (const out of [slackMrkdwn(raw), discordEscape(raw)]) expect(out).toBe('Lev nikoroS said x no');
  });

  it('keeps a title that names its own site as the link text', () => {
    expect(slackLink('https://www.reuters.com/world/x', 'reuters.com: talks resume')).toBe(
      '<https://www.reuters.com/world/x|reuters.com: talks resume>',
    );
    expect(discordLink('https://reuters.com/x', 'www.reuters.com reports')).toBe(
      '[www.reuters.com reports](https://reuters.com/x)',
    );
  });

  it.each([
    'https://www.reuters.com/world/x',
    'www.reuters.com/world/x',
    'reuters\uFF0Ecom world',
    'reuters\u3002com',
    'apnews.com.evil.example',
  ])('does not let the label %s stand for a link to another host', (label) => {
    expect(slackLink('https://evil.example/a', label)).toMatch(/ \(<https:\/\/evil\.example\/a\|evil\.example>\)$/);
    expect(discordLink('https://evil.example/a', label)).toMatch(
      / \(\[evil\.example\]\(https:\/\/evil\.example\/a\)\)$/,
    );
  });
});
