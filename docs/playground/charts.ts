// The drawings: a timeline of deadlines (milestones, action plan rows) with a line for today, and a
// line chart of a report set's series. Plain SVG with a <title>, text labels beside every mark and a
// shape per state, so nothing is told by colour alone.
import type { Locale } from "samhandling";
import { formatNumber, word } from "./labels.js";

const SVG = "http://www.w3.org/2000/svg";

/** One mark on a timeline: a milestone or a row, due on a day. */
export interface TimelineItem {
  readonly id: string;
  readonly label: string;
  readonly due: string;
  /** The status token, kept on the mark as `data-status`. */
  readonly status: string;
  /** The status in words of the locale. */
  readonly state: string;
  readonly overdue: boolean;
}

function element(tag: string, attributes: Readonly<Record<string, string | number>>, ...children: (Node | string)[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** A text cut to `length` characters, with an ellipsis where it was cut; the whole text is in the <title>. */
function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function shape(item: TimelineItem, x: number, y: number): SVGElement {
  if (item.overdue) return element("polygon", { points: `${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`, class: "mark overdue" });
  if (item.status === "done") return element("circle", { cx: x, cy: y, r: 6, class: "mark done" });
  if (item.status === "cancelled") return element("path", { d: `M${x - 5},${y - 5}L${x + 5},${y + 5}M${x + 5},${y - 5}L${x - 5},${y + 5}`, class: "mark cancelled" });
  return element("rect", { x: x - 5, y: y - 5, width: 10, height: 10, class: "mark open" });
}

/**
 * A timeline: one row per item at its due day, a vertical line at `today`; overdue items drawn as
 * triangles and labelled as overdue.
 */
export function timeline(title: string, items: readonly TimelineItem[], today: string, locale: Locale): SVGElement {
  const rowHeight = 24;
  const left = 250;
  const width = 760;
  const top = 56;
  const height = top + items.length * rowHeight + 30;
  const days = [...items.map((item) => dayOf(item.due)), dayOf(today)];
  const first = Math.min(...days) - 15;
  const last = Math.max(...days) + 15;
  const x = (date: string): number => left + ((dayOf(date) - first) / (last - first)) * (width - left - 190);
  const svg = element(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, role: "img", class: "timeline", "data-today": today },
    element("title", {}, title),
    element("text", { x: 8, y: 16, class: "heading" }, clip(title, 100)),
  );
  const axisY = height - 24;
  svg.append(element("line", { x1: left, y1: axisY, x2: width - 10, y2: axisY, class: "axis" }));
  const firstYear = Number(new Date(first * 86_400_000).toISOString().slice(0, 4));
  const lastYear = Number(new Date(last * 86_400_000).toISOString().slice(0, 4));
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const start = `${year}-01-01`;
    if (dayOf(start) < first || dayOf(start) > last) continue;
    svg.append(
      element("line", { x1: x(start), y1: top - 10, x2: x(start), y2: axisY, class: "grid" }),
      element("text", { x: x(start), y: axisY + 16, "text-anchor": "middle", class: "tick" }, String(year)),
    );
  }
  items.forEach((item, index) => {
    const y = top + index * rowHeight;
    const state = item.overdue ? `${item.state}, ${word("overdueMark", locale)}` : item.state;
    const group = element(
      "g",
      { class: "item", "data-id": item.id, "data-due": item.due, "data-status": item.status, "data-overdue": String(item.overdue) },
      element("title", {}, `${item.label}: ${item.due} (${state})`),
      element("text", { x: 8, y: y + 4, class: "label" }, clip(item.label, 34)),
      element("line", { x1: left, y1: y, x2: x(item.due), y2: y, class: "stem" }),
      shape(item, x(item.due), y),
      element("text", { x: x(item.due) + 10, y: y + 4, class: item.overdue ? "state overdue" : "state" }, `${item.due} ${state}`),
    );
    svg.append(group);
  });
  svg.append(
    element(
      "g",
      { class: "today" },
      element("line", { x1: x(today), y1: top - 20, x2: x(today), y2: axisY, class: "today-line" }),
      element("text", { x: x(today), y: top - 24, "text-anchor": "middle" }, `${word("todayLine", locale)} ${today}`),
    ),
  );
  return svg;
}

/** One line of a line chart: a group's values by year. */
export interface ChartSeries {
  readonly key: string;
  readonly name: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
}

const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 5", "10 4"];
const MARKERS = ["circle", "square", "diamond"] as const;

function marker(kind: (typeof MARKERS)[number], x: number, y: number): SVGElement {
  if (kind === "circle") return element("circle", { cx: x, cy: y, r: 4 });
  if (kind === "square") return element("rect", { x: x - 4, y: y - 4, width: 8, height: 8 });
  return element("polygon", { points: `${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}` });
}

/** A line chart: one line per series, years along, values up; each line named at its end. */
export function lineChart(title: string, series: readonly ChartSeries[], locale: Locale): SVGElement {
  const width = 760;
  const height = 340;
  const left = 60;
  const right = 220;
  const top = 44;
  const bottom = 40;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const firstYear = years[0] ?? 0;
  const span = Math.max(1, (years.at(-1) ?? 0) - firstYear);
  const x = (year: number): number => left + ((year - firstYear) / span) * (width - left - right);
  const y = (value: number): number => top + (1 - value / max) * (height - top - bottom);
  const svg = element(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, role: "img", class: "line-chart" },
    element("title", {}, title),
    element("text", { x: 8, y: 16, class: "heading" }, clip(title, 100)),
  );
  svg.append(
    element("line", { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, class: "axis" }),
    element("line", { x1: left, y1: top, x2: left, y2: height - bottom, class: "axis" }),
    element("text", { x: 4, y: top - 14, class: "tick" }, word("fte", locale)),
  );
  for (const fraction of [0, 0.5, 1]) {
    svg.append(element("text", { x: left - 6, y: y(max * fraction) + 4, "text-anchor": "end", class: "tick" }, formatNumber(max * fraction, locale)));
  }
  for (const year of years) {
    svg.append(element("text", { x: x(year), y: height - bottom + 18, "text-anchor": "middle", class: "tick" }, String(year)));
  }
  series.forEach((s, index) => {
    const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join("");
    const lastPoint = s.points.at(-1);
    const kind = MARKERS[index % MARKERS.length] ?? "circle";
    const values = s.points.map((p) => `${p.year}: ${formatNumber(p.value, locale)}`).join(", ");
    const group = element(
      "g",
      { class: `series series-${index % 6}`, "data-key": s.key },
      element("title", {}, `${s.name}: ${values}`),
      element("path", { d, class: "line", "stroke-dasharray": DASHES[index % DASHES.length] ?? "" }),
      ...s.points.map((p) => marker(kind, x(p.year), y(p.value))),
    );
    if (lastPoint !== undefined) {
      group.append(element("text", { x: x(lastPoint.year) + 8, y: y(lastPoint.value) + 4, class: "series-label" }, `${s.name} ${formatNumber(lastPoint.value, locale)}`));
    }
    svg.append(group);
  });
  return svg;
}
