import { describe, expect, it } from 'vitest';
import { groupByKind, speakerRoles } from '../../src/core/alert-groups.js';
import { renderConsole } from '../../src/chat/platforms/console/render.js';
import { renderDiscord } from '../../src/chat/platforms/discord/render.js';
import { renderSlack } from '../../src/chat/platforms/slack/render.js';
import type { OutboundPayload } from '../../src/store/store.js';
import { alertDecision, article } from './fixtures.js';

/** One article in which a ministry and its spokesperson both deny the same claim, with one on-record conflict each. */
const onRecord = [
  { value: 'the return was agreed', source: 'Harbour Post, 2025-09-01 (https://harbour.example.org/agreed)' },
  { value: 'talks are under way', source: 'Steppe Daily, 2025-08-20 (seeds/002_steppe.txt)' },
];
const ministry = alertDecision({
  actor: 'Defence ministry',
  evidence: 'The defence ministry rejected reports that the systems are going back.',
  conflictsWith: onRecord,
  reason: 'First denial on record from Defence ministry.',
  eventKey: 'denial:systems-returned:ministry',
});
const spokesman = alertDecision({
  conflictsWith: onRecord,
  reason: 'First denial on record from Lev Sorokin.',
  eventKey: 'denial:systems-returned:lev-sorokin',
});
const twoDenials: OutboundPayload = {
  type: 'alert',
  alert: ministry,
  alerts: [ministry, spokesman],
  roles: { 'Lev Sorokin': 'Ministry spokesperson' },
  article: article(),
  story: 's400-turkey',
};

describe('the alerts of one article, grouped', () => {
  it('travel as one group per kind, each event once, in the order they came', () => {
    const odd = alertDecision({ kind: 'contradiction', eventKey: 'conflict:x' });
    const groups = groupByKind([ministry, odd, spokesman, ministry]);
    expect(groups.map((g) => g.map((a) => a.eventKey))).toEqual([
      [ministry.eventKey, spokesman.eventKey],
      [odd.eventKey],
    ]);
  });

  it('carry the claim set’s role for the speakers it knows, and nothing for those it does not', () => {
    const actors = new Map([
      [
        'lev',
        { id: 'lev', name: 'Lev Sorokin', role: 'Ministry spokesperson', kind: 'person', affiliation: undefined },
      ],
    ]);
    expect(speakerRoles([ministry, spokesman], { actors })).toEqual({ 'Lev Sorokin': 'Ministry spokesperson' });
  });
});

describe('two denials of one claim from one article, as the desk sees them', () => {
  it('are one console block: a header, the claim once, both speakers, each conflict once, with its source', () => {
    const text = renderConsole(twoDenials);
    expect(text.match(/NEW DENIAL/g)).toHaveLength(1);
    expect(text.match(/Turkey will hand its S-400 systems back to Russia/g)).toHaveLength(1);
    expect(text).toContain('Defence ministry denies: “The defence ministry rejected');
    expect(text).toContain('Lev Sorokin (Ministry spokesperson) denies: “No agreement');
    expect(text.match(/the return was agreed/g)).toHaveLength(1);
    expect(text).toContain('— Harbour Post, 2025-09-01 https://harbour.example.org/agreed');
    expect(text).toContain('— Steppe Daily, 2025-08-20 (seed file seeds/002_steppe.txt)');
    expect(text).toContain('Look up:  /claimwatch claim systems-returned');
  });

  it('are one Slack message with the claim id, the role, and the record’s article linked', () => {
    const msg = renderSlack(twoDenials);
    expect(msg.blocks.filter((b) => b.type === 'header')).toHaveLength(1);
    const all = JSON.stringify(msg.blocks);
    expect(all).toContain('`systems-returned`');
    expect(all).toContain('*Lev Sorokin* (Ministry spokesperson) denies');
    expect(all).toContain('<https://harbour.example.org/agreed|Harbour Post, 2025-09-01>');
    expect(all).toContain('Steppe Daily, 2025-08-20 (seed file `seeds/002_steppe.txt`)');
    expect(all.match(/the return was agreed/g)).toHaveLength(1);
    expect(msg.text).toContain('Defence ministry and 1 more denies');
  });

  it('are one Discord embed quoting both speakers, the record’s article linked, the claim to look up', () => {
    const embed = renderDiscord(twoDenials).embeds![0]!;
    expect(embed.description).toContain('**Defence ministry** denies');
    expect(embed.description).toContain('**Lev Sorokin** (Ministry spokesperson) denies');
    const conflicts = embed.fields!.find((f) => f.name === 'Conflicts with')!.value;
    expect(conflicts).toContain(
      '[Harbour Post, 2025\\-09\\-01](https://harbour.example.org/agreed)'.replace(/\\-/g, '-'),
    );
    expect(conflicts.match(/the return was agreed/g)).toHaveLength(1);
    expect(embed.fields!.find((f) => f.name === 'Look up')?.value).toBe('`/claim systems-returned`');
  });

  it('a copy of it on the console, which has no threads, names the alert it belongs to, once', () => {
    const copy = renderConsole({ ...twoDenials, type: 'source', article: article({ source: 'Coast Courier' }) });
    expect(copy.match(/Also reported by/g)).toHaveLength(1);
    expect(copy).toContain('Also reported by Coast Courier (new denial, claim systems-returned): ');
  });

  it('one statement raising two claims is quoted once, and pointed back to under the second claim', () => {
    const other = alertDecision({ claim: 'battery-count', claimText: 'How many batteries Turkey bought.' });
    const payload: OutboundPayload = { ...twoDenials, alert: spokesman, alerts: [spokesman, other] };
    const text = renderConsole(payload);
    expect(text.match(/No agreement to take the systems back/g)).toHaveLength(1);
    expect(text).toContain('Lev Sorokin (Ministry spokesperson), in the statement quoted above.');
    expect(text).toContain('claim systems-returned, battery-count');
    expect(JSON.stringify(renderSlack(payload)).match(/No agreement to take the systems back/g)).toHaveLength(2);
  });
});
