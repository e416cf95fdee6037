/**
 * The charts of the site as data for the `site-chart` partial: horizontal bars computed here, at
 * build time, so that an SVG reads without any script. Every chart carries its text alternative
 * (a title, a description and the same numbers as a table); the template escapes every text.
 */

export interface ChartSeries {
  /** The legend and the table header of this series. */
  label: string;
  /** A CSS class of the bars (`series-0`, `series-1`…), coloured by the site's style. */
  className: string;
  /** The fill of the bars, so that the chart keeps its colours without the style sheet. */
  fill: string;
}

export interface ChartRow {
  label: string;
  /** One value per series. */
  values: readonly number[];
  /** A page of the site the row is about (relative link), if any. */
  href?: string | null;
}

export interface ChartInput {
  /** Unique on the page: the ids of the title and description derive from it. */
  id: string;
  title: string;
  description: string;
  /** The header of the first column of the data table. */
  rowHeader: string;
  series: readonly { label: string }[];
  rows: readonly ChartRow[];
  /** Said instead of a chart when there are no rows. */
  empty: string;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  className: string;
  fill: string;
  /** Where the value is written, just after the bar. */
  textX: number;
  textY: number;
}

export interface ChartLine {
  label: string;
  /** The label as drawn (long labels are shortened; the table keeps them whole). */
  shown: string;
  /** The right end of the label, just left of the bars. */
  labelX: number;
  labelY: number;
  bars: ChartBar[];
}

export interface Chart {
  id: string;
  titleId: string;
  descId: string;
  title: string;
  description: string;
  rowHeader: string;
  series: ChartSeries[];
  /** More than one series: the legend is drawn. */
  legend: boolean;
  width: number;
  height: number;
  lines: ChartLine[];
  /** The value axis: a line under the bars and its ticks. */
  axisY: number;
  ticks: { x: number; label: string }[];
  table: { label: string; href: string | null; values: number[] }[];
  empty: string | null;
}

const WIDTH = 780;
const LABEL_WIDTH = 310;
const VALUE_ROOM = 44;
const BAR_HEIGHT = 16;
const BAR_GAP = 3;
const ROW_GAP = 10;
const TOP = 12;
const AXIS_ROOM = 28;
const MAX_LABEL = 44;
/** Colours that keep a contrast of at least 3:1 on white (WCAG 1.4.11). */
const FILLS = ['#0b4f8a', '#b3261e', '#6b4e00', '#2e6b30'];

export function buildChart(input: ChartInput): Chart {
  const series = input.series.map((s, i) => ({
    label: s.label,
    className: `series-${i}`,
    fill: FILLS[i % FILLS.length] ?? '#0b4f8a',
  }));
  const max = Math.max(1, ...input.rows.flatMap((r) => r.values));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const scale = plot / top;
  const rowHeight = series.length * BAR_HEIGHT + (series.length - 1) * BAR_GAP;
  let y = TOP;
  const lines: ChartLine[] = input.rows.map((row) => {
    const bars = series.map((s, i) => {
      const value = row.values[i] ?? 0;
      const barY = y + i * (BAR_HEIGHT + BAR_GAP);
      const width = round(value * scale);
      return {
        x: LABEL_WIDTH,
        y: barY,
        width,
        height: BAR_HEIGHT,
        value,
        className: s.className,
        fill: s.fill,
        textX: round(LABEL_WIDTH + width + 6),
        textY: round(barY + BAR_HEIGHT - 4),
      };
    });
    const line = {
      label: row.label,
      shown: shorten(row.label),
      labelX: LABEL_WIDTH - 6,
      labelY: round(y + rowHeight / 2 + 5),
      bars,
    };
    y += rowHeight + ROW_GAP;
    return line;
  });
  const axisY = y;
  const ticks: { x: number; label: string }[] = [];
  for (let v = 0; v <= top; v += step)
    ticks.push({ x: round(LABEL_WIDTH + v * scale), label: String(v) });
  return {
    id: input.id,
    titleId: `${input.id}-title`,
    descId: `${input.id}-desc`,
    title: input.title,
    description: input.description,
    rowHeader: input.rowHeader,
    series,
    legend: series.length > 1,
    width: WIDTH,
    height: axisY + AXIS_ROOM,
    lines,
    axisY,
    ticks,
    table: input.rows.map((r) => ({ label: r.label, href: r.href ?? null, values: [...r.values] })),
    empty: input.rows.length === 0 ? input.empty : null,
  };
}

/** 1, 2 or 5 times a power of ten, so that the axis has at most about five ticks. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}

function shorten(label: string): string {
  const graphemes = Array.from(new Intl.Segmenter().segment(label), (s) => s.segment);
  return graphemes.length <= MAX_LABEL
    ? label
    : `${graphemes
        .slice(0, MAX_LABEL - 1)
        .join('')
        .trimEnd()}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
