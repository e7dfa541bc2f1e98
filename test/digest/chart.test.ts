import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { CHART_HEIGHT, CHART_WIDTH, SERIES, digestChartSvg, renderDigestChart } from '../../src/app/chart.js';
import { buildDigest, startOfLocalDay, type DigestInput, type DigestPosition } from '../../src/core/digest/index.js';

/** The chart attached to the digest post: a real PNG, the promised size, with bars in the series colours. */

const TZ = 'Europe/Istanbul';
const WEEK = { since: startOfLocalDay('2025-10-20', TZ), until: startOfLocalDay('2025-10-27', TZ), tz: TZ };

function aWeek(positions: DigestPosition[], contradictionsAt: string[] = []): DigestInput {
  return {
    period: WEEK,
    story: 'Turkey’s S-400s — Türkiye, Турция',
    claims: [],
    values: [],
    feedFailures: [],
    counts: { articles: 4, relevant: 4, outlets: { Wire: 4 } },
    positions,
    events: contradictionsAt.map((at, i) => ({
      eventKey: `value:c:${i}`,
      kind: 'contradiction' as const,
      claim: null,
      actor: null,
      reason: 'r',
      evidence: 'e',
      firstArticleUrl: 'https://wire.example/x',
      createdAt: at,
      sources: 1,
    })),
  };
}

const said = (stance: DigestPosition['stance'], at: string): DigestPosition => ({
  claim: 'c',
  actor: 'A',
  stance,
  evidence: 'e',
  source: { outlet: 'Wire', where: 'https://wire.example/x', date: null },
  at,
});

function decode(buf: Buffer): PNG {
  return PNG.sync.read(buf);
}

function hex(png: PNG, x: number, y: number): string {
  const i = (png.width * y + x) * 4;
  const channels = [png.data[i], png.data[i + 1], png.data[i + 2]];
  return `#${channels.map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** Distinct colours in a region, and how often each appears. */
function coloursIn(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }): Map<string, number> {
  const seen = new Map<string, number>();
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const c = hex(png, x, y);
      seen.set(c, (seen.get(c) ?? 0) + 1);
    }
  return seen;
}

const PLOT_AREA = { x0: 64, y0: 100, x1: CHART_WIDTH - 24, y1: CHART_HEIGHT - 60 };

describe('the digest chart', () => {
  const busy = buildDigest(
    aWeek(
      [
        said('supports', '2025-10-20T09:00:00Z'),
        said('supports', '2025-10-20T10:00:00Z'),
        said('denies', '2025-10-21T09:00:00Z'),
        said('supports', '2025-10-23T09:00:00Z'),
        said('denies', '2025-10-23T12:00:00Z'),
      ],
      ['2025-10-22T09:00:00Z', '2025-10-26T20:00:00Z'],
    ),
  );

  it('is a valid PNG of the expected size', () => {
    const buf = renderDigestChart(busy);
    expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const png = decode(buf);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });

  it('draws bars in the three series colours in the plot area', () => {
    const colours = coloursIn(decode(renderDigestChart(busy)), PLOT_AREA);
    for (const s of SERIES) expect(colours.get(s.colour), `${s.label} bars`).toBeGreaterThan(200);
    expect(colours.size).toBeGreaterThan(5);
  });

  it('draws the title and the day labels as text, not blank space', () => {
    const png = decode(renderDigestChart(busy));
    const titleInk = [...coloursIn(png, { x0: 64, y0: 10, x1: 600, y1: 34 }).entries()]
      .filter(([c]) => c !== '#ffffff')
      .reduce((n, [, k]) => n + k, 0);
    const labelInk = [
      ...coloursIn(png, { x0: 64, y0: CHART_HEIGHT - 55, x1: CHART_WIDTH - 24, y1: CHART_HEIGHT - 35 }).entries(),
    ]
      .filter(([c]) => c !== '#ffffff')
      .reduce((n, [, k]) => n + k, 0);
    expect(titleInk).toBeGreaterThan(500);
    expect(labelInk).toBeGreaterThan(500);
    const svg = digestChartSvg(busy);
    expect(svg).toContain('Digest · Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Istanbul)');
    expect(svg).toContain('>Sun 26 Oct<');
    expect(svg).toContain('>Contradictions<');
  });

  it('renders the same bytes every time, whatever fonts the machine has', () => {
    expect(renderDigestChart(busy).equals(renderDigestChart(busy))).toBe(true);
  });

  it('still draws axes and a note for a week with nothing in it', () => {
    const png = decode(renderDigestChart(buildDigest(aWeek([]))));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const colours = coloursIn(png, PLOT_AREA);
    for (const s of SERIES) expect(colours.has(s.colour)).toBe(false);
    expect(colours.size).toBeGreaterThan(2);
  });
});
