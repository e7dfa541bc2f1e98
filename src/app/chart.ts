import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { DigestDay, DigestModel } from '../core/digest/index.js';

/**
 * The digest's chart: bars per day for assertions, denials and contradictions, drawn as SVG and rasterised
 * by resvg (a native renderer shipped in the npm package, nothing fetched at run time). The font is DejaVu
 * Sans from the `dejavu-fonts-ttf` package and system fonts are never loaded, so CI and every desk get the
 * same pixels. DejaVu covers Latin, Turkish and Cyrillic, the story's languages.
 */

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 400;

/** Series in drawing order, with colours distinguishable in print and for common colour blindness. */
export const SERIES = [
  { key: 'assertions', label: 'Assertions', colour: '#2b6cb0' },
  { key: 'denials', label: 'Denials', colour: '#c53030' },
  { key: 'contradictions', label: 'Contradictions', colour: '#d69e2e' },
] as const satisfies ReadonlyArray<{ key: keyof DigestDay; label: string; colour: string }>;

const FONT = 'DejaVu Sans';
const PLOT = { left: 64, right: CHART_WIDTH - 24, top: 100, bottom: CHART_HEIGHT - 60 };

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" ${attrs}>${esc(s)}</text>`;
}

/** A round step for the y axis so there are at most about five gridlines. */
function yStep(max: number): number {
  const raw = Math.max(1, max) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
}

function axes(top: number): string[] {
  const step = yStep(top);
  const ceiling = Math.max(step, Math.ceil(top / step) * step);
  const y = (v: number) => PLOT.bottom - (v / ceiling) * (PLOT.bottom - PLOT.top);
  const out: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e8f0" stroke-width="1"/>`,
    );
    out.push(text(PLOT.left - 8, y(v) + 4, String(v), 'font-size="11" fill="#4a5568" text-anchor="end"'));
  }
  out.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" ` +
      'stroke="#4a5568" stroke-width="1.5"/>',
  );
  out.push(
    text(
      18,
      (PLOT.top + PLOT.bottom) / 2,
      'statements / alerts',
      `font-size="12" fill="#4a5568" text-anchor="middle" transform="rotate(-90 18 ${(PLOT.top + PLOT.bottom) / 2})"`,
    ),
  );
  return out;
}

function bars(days: readonly DigestDay[], top: number): string[] {
  const step = yStep(top);
  const ceiling = Math.max(step, Math.ceil(top / step) * step);
  const slot = (PLOT.right - PLOT.left) / Math.max(1, days.length);
  const barW = Math.min(28, (slot * 0.8) / SERIES.length);
  const labelEvery = Math.ceil(days.length / 14);
  const out: string[] = [];
  days.forEach((d, i) => {
    const x0 = PLOT.left + i * slot + (slot - barW * SERIES.length) / 2;
    SERIES.forEach((s, j) => {
      const v = d[s.key];
      const h = (v / ceiling) * (PLOT.bottom - PLOT.top);
      const x = x0 + j * barW;
      if (v > 0) {
        out.push(
          `<rect x="${x.toFixed(1)}" y="${(PLOT.bottom - h).toFixed(1)}" ` +
            `width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${s.colour}"/>`,
        );
        out.push(
          text(
            x + (barW - 2) / 2,
            PLOT.bottom - h - 4,
            String(v),
            'font-size="10" fill="#2d3748" text-anchor="middle"',
          ),
        );
      }
    });
    if (i % labelEvery === 0)
      out.push(
        text(
          PLOT.left + i * slot + slot / 2,
          PLOT.bottom + 18,
          d.label,
          'font-size="11" fill="#2d3748" text-anchor="middle"',
        ),
      );
  });
  return out;
}

function legend(): string[] {
  return SERIES.flatMap((s, i) => {
    const x = PLOT.left + i * 150;
    return [
      `<rect x="${x}" y="62" width="14" height="14" fill="${s.colour}"/>`,
      text(x + 20, 74, s.label, 'font-size="12" fill="#2d3748"'),
    ];
  });
}

/** The chart as an SVG document (exposed for the docs and for debugging layout). */
export function digestChartSvg(model: DigestModel): string {
  const top = Math.max(0, ...model.days.map((d) => Math.max(d.assertions, d.denials, d.contradictions)));
  const story = model.story && model.story.length > 100 ? `${model.story.slice(0, 99)}…` : model.story;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" ` +
      `viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(PLOT.left, 28, `Digest · ${model.period.label}`, 'font-size="16" font-weight="bold" fill="#1a202c"'),
    ...(story ? [text(PLOT.left, 48, story, 'font-size="12" fill="#4a5568"')] : []),
    ...legend(),
    text(
      (PLOT.left + PLOT.right) / 2,
      CHART_HEIGHT - 14,
      `day (${model.period.tz})`,
      'font-size="12" fill="#4a5568" text-anchor="middle"',
    ),
    ...axes(top),
    ...bars(model.days, top),
  ];
  if (top === 0)
    parts.push(
      text(
        (PLOT.left + PLOT.right) / 2,
        (PLOT.top + PLOT.bottom) / 2,
        'No statements or alerts in this period',
        'font-size="14" fill="#718096" text-anchor="middle"',
      ),
    );
  parts.push('</svg>');
  return parts.join('\n');
}

/** The chart as a PNG of CHART_WIDTH × CHART_HEIGHT pixels. */
export function renderDigestChart(model: DigestModel): Buffer {
  const resvg = new Resvg(digestChartSvg(model), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT, sansSerifFamily: FONT },
  });
  return resvg.render().asPng();
}
