/**
 * Charts drawn at build time as inline SVG: a coverage histogram (one bar per month) and a
 * sparkline. No style attributes: every colour comes from classes in style.css.
 */

export interface MonthCount {
  /** 'YYYY-MM' */
  month: string;
  count: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM' -> 'Feb 2020'. */
export function monthName(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_SHORT[Number(m) - 1] ?? ''} ${y}`.trim();
}

/** Every month from `first` to `last` inclusive ('YYYY-MM'). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** A bar per month, with a year label under each January (and the first month). */
export function histogramSvg(series: readonly MonthCount[], label: string): string {
  if (series.length === 0) return '';
  const bar = 8;
  const gap = 2;
  const h = 80;
  const w = series.length * (bar + gap);
  const max = Math.max(1, ...series.map((s) => s.count));
  const parts = series.map((s, i) => {
    const bh = s.count ? Math.max(2, Math.round((s.count / max) * h)) : 0;
    const x = i * (bar + gap);
    const title = `<title>${esc(monthName(s.month))}: ${s.count} article${s.count === 1 ? '' : 's'}</title>`;
    const tick = i === 0 || s.month.endsWith('-01') ? `<text class="tick" x="${x}" y="${h + 14}">${esc(s.month.slice(0, 4))}</text>` : '';
    return `<rect class="${s.count ? 'bar' : 'bar empty'}" x="${x}" y="${h - bh}" width="${bar}" height="${bh || 1}">${title}</rect>${tick}`;
  });
  return `<svg class="histogram" viewBox="0 0 ${Math.max(w, 240)} ${h + 18}" role="img" aria-label="${esc(label)}" preserveAspectRatio="xMinYMid meet">${parts.join('')}</svg>`;
}

/** A small line of monthly counts (same month axis for every entity, so lines compare). */
export function sparklineSvg(series: readonly MonthCount[], label: string): string {
  if (series.length === 0) return '';
  const w = 160;
  const h = 32;
  const max = Math.max(1, ...series.map((s) => s.count));
  const step = series.length > 1 ? w / (series.length - 1) : 0;
  const points = series.map((s, i) => `${Math.round(i * step * 10) / 10},${Math.round((h - 2 - (s.count / max) * (h - 4)) * 10) / 10}`);
  if (series.length === 1) points.push(`${w},${points[0]!.split(',')[1]}`);
  return `<svg class="sparkline" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(label)}"><polyline class="spark" points="${points.join(' ')}"/></svg>`;
}
