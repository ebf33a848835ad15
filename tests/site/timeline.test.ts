import { describe, expect, it } from 'vitest';
import { histogramSvg, monthRange, sparklineSvg } from '../../src/site/svg.ts';
import { buildTimeline } from '../../src/site/timeline.ts';
import { article } from './records.ts';

describe('buildTimeline', () => {
  const t = buildTimeline(
    [
      article('d1', { date: '2020-03-05' }),
      article('d2', { date: '2020-01-20' }),
      article('d3', { date: '2020-01-02' }),
      article('y1', { date: '2019' }),
      article('e1', { date: { date: '2018-06', precision: 'month', estimated: true } }),
      article('u1'),
    ],
    (a) => a.id,
  );

  it('groups years then months, newest first; year-only dates get their own group', () => {
    expect(t.years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.articles])])).toEqual([
      ['2020', 3, [['2020-03', ['d1']], ['2020-01', ['d2', 'd3']]]],
      ['2019', 1, [['2019-00', ['y1']]]],
    ]);
    expect(t.years[1]!.months[0]!.label).toBe('2019, month unknown');
  });

  it('lists undated and estimated articles as undated, with the estimate and its rule', () => {
    expect(t.undated).toEqual([{ link: 'e1', estimate: 'June 2018', rule: 'test-rule' }, { link: 'u1' }]);
  });

  it('counts months over the whole span, gaps as 0 (year-only dates are not placed in a month)', () => {
    expect(t.series).toEqual([
      { month: '2020-01', count: 2 },
      { month: '2020-02', count: 0 },
      { month: '2020-03', count: 1 },
    ]);
  });
});

describe('svg charts', () => {
  it.each([
    ['2019-11', '2020-02', ['2019-11', '2019-12', '2020-01', '2020-02']],
    ['2020-05', '2020-05', ['2020-05']],
  ])('monthRange(%s, %s)', (a, b, expected) => {
    expect(monthRange(a, b)).toEqual(expected);
  });

  it('draws with classes only (no style attributes) and escapes labels', () => {
    const series = [
      { month: '2020-01', count: 2 },
      { month: '2020-02', count: 0 },
    ];
    for (const svg of [histogramSvg(series, 'a <b> & "c"'), sparklineSvg(series, 'a <b>')]) {
      expect(svg).not.toMatch(/style=|<script/);
      expect(svg).toContain('role="img"');
      expect(svg).not.toContain('<b>');
    }
    expect(histogramSvg(series, 'x').match(/class="bar"/g)).toHaveLength(1);
    expect(histogramSvg([], 'x')).toBe('');
  });
});
