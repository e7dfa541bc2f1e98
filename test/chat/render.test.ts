import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/chat/platforms/console/render.js';
import { embedLength, renderDiscord, SUPPRESS_NOTIFICATIONS } from '../../src/chat/platforms/discord/render.js';
import { renderSlack } from '../../src/chat/platforms/slack/render.js';
import { alertPayload, hostile } from './fixtures.js';

const allText = (value: unknown) => JSON.stringify(value);

describe('an alert as the desk sees it on Slack', () => {
  const msg = renderSlack(alertPayload());

  it('says the kind, then the claim and its id, the quote, the conflicts, the reason and the article', () => {
    expect(msg.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🚫 New denial', emoji: true },
    });
    const texts = msg.blocks.map((b) =>
      b.type === 'section' ? b.text.text : b.type === 'context' ? b.elements[0]?.text : '',
    );
    expect(texts[1]).toBe('*Claim* `systems-returned`*:* Turkey will hand its S-400 systems back to Russia.');
    expect(texts[2]).toBe(
      '*Lev Sorokin* denies:\n>“No agreement to take the systems back exists, and none is being discussed.”',
    );
    expect(texts[3]).toBe('*Conflicts with:*\n• asserted by Harbour Herald — Harbour Herald, 2025-09-01');
    expect(texts[4]).toBe('Lev Sorokin denies a claim that Harbour Herald reported as settled.');
    expect(texts[5]).toBe(
      '*Article:* <https://news.example.org/2025/09/05/air-defence-talks|Spokesman rules out return of ' +
        'air-defence systems> · Example Wire, published 2025-09-05',
    );
    expect(texts[6]).toBe('Look up: `/claimwatch claim systems-returned`');
  });

  it('has a plain fallback text for notifications', () => {
    expect(msg.text).toContain('New denial: Lev Sorokin denies “No agreement');
  });

  it('labels contradictions and new claims differently', () => {
    expect(renderSlack(alertPayload({ alert: { kind: 'contradiction' } })).blocks[0]).toMatchObject({
      text: { text: '⚠️ Contradiction' },
    });
    expect(
      renderSlack(alertPayload({ alert: { kind: 'new-claim', claim: null, claimText: undefined } })).blocks[0],
    ).toMatchObject({ text: { text: '🆕 New claim for review' } });
  });

  it('adds a syndicated copy as one quiet line, not a new alert', () => {
    const source = renderSlack(
      alertPayload({ type: 'source', article: { source: 'Coast Courier', title: 'Systems stay, says ministry' } }),
    );
    expect(source.blocks).toHaveLength(1);
    expect(source.text).toBe(
      'Also reported by Coast Courier: <https://news.example.org/2025/09/05/air-defence-talks|Systems stay,' +
        ' says ministry>',
    );
  });
});

describe('an alert as the desk sees it on Discord', () => {
  const msg = renderDiscord(alertPayload({ alert: { kind: 'contradiction' } }));
  const embed = msg.embeds?.[0];

  it('is one embed with the kind and claim in the title, linked to the article, in the kind colour', () => {
    expect(embed?.title).toBe('⚠️ Contradiction: Turkey will hand its S-400 systems back to Russia.');
    expect(embed?.url).toBe('https://news.example.org/2025/09/05/air-defence-talks');
    expect(embed?.color).toBe(0xe67e22);
    expect(embed?.description).toBe(
      '**Lev Sorokin** says:\n> “No agreement to take the systems back exists, and none is being discussed.”',
    );
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Conflicts with', 'Article', 'Why this alert', 'Look up']);
    expect(embed?.fields?.[3]?.value).toBe('`/claim systems-returned`');
    expect(embed?.fields?.[1]?.value).toBe(
      (
        '[Spokesman rules out return of air\\-defence' +
        ' systems](https://news.example.org/2025/09/05/air-defence-talks)' +
        '\nExample Wire, published 2025\\-09\\-05'
      ).replace(/\\-/g, '-'),
    );
    expect(embed?.timestamp).toBe('2025-09-05T08:30:00.000Z');
  });

  it('never allows a mention, whatever the text', () => {
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });

  it('posts a syndicated copy silently, without a preview', () => {
    const source = renderDiscord(alertPayload({ type: 'source' }));
    expect(source.embeds).toBeUndefined();
    expect(source.content).toMatch(/^Also reported by \*\*Example Wire\*\*: \[Spokesman/);
    expect((source.flags ?? 0) & SUPPRESS_NOTIFICATIONS).toBeTruthy();
  });
});

describe('an alert on the operator console', () => {
  it('is one readable block without terminal control characters', () => {
    const text = renderConsole(alertPayload({ article: { title: 'Title \u001b[2Jwith an escape' } }));
    expect(text).toContain('── NEW DENIAL · s400-turkey · claim systems-returned ──');
    expect(text).toContain('Look up:  /claimwatch claim systems-returned');
    expect(text).toContain('(Example Wire, published 2025-09-05)');
    expect(text).toContain('Lev Sorokin denies: “No agreement');
    expect(text).toContain('  • asserted by Harbour Herald — Harbour Herald, 2025-09-01');
    expect(text).not.toContain('\u001b');
  });
});

describe('feed text that tries to ping everyone or break the layout', () => {
  const nasty = hostile(10_000);
  const payload = alertPayload({
    alert: {
      actor: nasty,
      evidence: nasty,
      claimText: nasty,
      reason: nasty,
      conflictsWith: Array.from({ length: 40 }, () => ({ value: nasty, source: nasty })),
    },
    article: { title: nasty, source: nasty },
  });

  it('pings nobody on Slack and keeps every block within Slack limits', () => {
    const msg = renderSlack(payload);
    const text = allText(msg);
    for (const ping of ['<!channel>', '<!here>', '<@123>', '<@U0ADMIN>', '<!subteam', '<#789>'])
      expect(text).not.toContain(ping);
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    for (const b of msg.blocks) {
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    }
    // The only unescaped < in the message opens our own article link.
    expect(
      msg.blocks
        .flatMap((b) => (b.type === 'section' ? [b.text.text] : []))
        .join('')
        .match(/<(?!https:\/\/news\.example\.org)/g),
    ).toBeNull();
  });

  it('pings nobody on Discord and keeps the embed within Discord limits', () => {
    const msg = renderDiscord(payload);
    const text = allText(msg);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<@!?\d+>|<@&\d+>|<#\d+>/);
    // A masked link from the feed stays visible text: its bracket is escaped.
    const embedTexts = [
      msg.embeds![0]!.title,
      msg.embeds![0]!.description,
      ...msg.embeds![0]!.fields!.map((f) => f.value),
    ].join('\n');
    expect(embedTexts).toContain('\\[click](https://evil.example)');
    expect(embedTexts).not.toMatch(/(^|[^\\])\[click\]\(/);
    const embed = msg.embeds![0]!;
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.fields!.length).toBeLessThanOrEqual(25);
    for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    expect((msg.content ?? '').length).toBeLessThanOrEqual(2000);
  });

  it('cuts long text at a word with an ellipsis', () => {
    const desc = renderDiscord(payload).embeds![0]!.description!;
    expect(desc.endsWith('…”')).toBe(true);
  });
});

describe('the weekly digest', () => {
  const text = Array.from(
    { length: 400 },
    (_, i) => `Paragraph ${i}: ${'@everyone <!channel> lots of words '.repeat(3)}`,
  ).join('\n\n');
  const payload = { type: 'digest' as const, periodKey: '2025-W36', text, model: null };

  it('fits Slack’s block limits however long it is, and pings nobody', () => {
    const msg = renderSlack(payload);
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    for (const b of msg.blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(allText(msg)).not.toContain('<!channel>');
  });

  it('fits one Discord embed and pings nobody', () => {
    const msg = renderDiscord(payload);
    expect(msg.embeds?.[0]?.description?.length).toBeLessThanOrEqual(4096);
    expect(allText(msg)).not.toMatch(/@everyone/);
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('feed text that tries to pass one site off as another', () => {
  const spoof = alertPayload({
    article: { title: 'https://www.reuters.com/world/turkey-returns-s400', url: 'https://evil.example/story' },
    alert: {
      evidence: 'The minister said \u202Emoc.sretuer\u202C and n\u200Bo more.',
      actor: 'Lev\u2066 Sorokin\u2069',
    },
  });

  it('never shows reuters.com as the label of a link to another site, on Slack', () => {
    const text = allText(renderSlack(spoof).blocks);
    expect(text).not.toMatch(/\|[^>]*reuters\.com[^>]*>/);
    expect(text).toContain('(<https://evil.example/story|evil.example>)');
  });

  it('never shows reuters.com as the label of a link to another site, on Discord', () => {
    const msg = renderDiscord(spoof);
    const text = allText(msg);
    expect(text).not.toMatch(/\[[^[\]]*reuters\.com[^[\]]*\]\(/);
    expect(text).toContain('([evil.example](https://evil.example/story))');
    const quiet = renderDiscord(
      alertPayload({
        type: 'source',
        article: { title: 'https://www.reuters.com/world/turkey-returns-s400', url: 'https://evil.example/story' },
      }),
    );
    expect(quiet.content).not.toMatch(/\[[^[\]]*reuters\.com[^[\]]*\]\(/);
  });

  it('strips right-to-left overrides and zero-width characters from what reaches Slack and Discord', () => {
    for (const rendered of [renderSlack(spoof), renderDiscord(spoof)]) {
      const text = JSON.stringify(rendered).replace(/\\u200b/gi, '\u200B');
      // eslint-disable-next-line no-misleading-character-class -- a set of single code points, not a sequence
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200C\u200D\u2060\uFEFF]/);
      expect(text).toContain('Lev Sorokin');
    }
  });
});
