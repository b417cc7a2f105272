'use client';

import { useMemo } from 'react';
import { useRouter } from 'next/navigation';
import { Area, AreaChart, CartesianGrid, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BandLabel, ChartMarker, ChartPoint, ChartSeries } from '@/lib/timeline/timeline-chart';
import styles from './charts.module.css';
import { fillOf, Swatch, TexturePatterns } from './texture-pattern';
import { fillMonthEnds } from '@/lib/timeline/step-rows';
import { compareWith } from '@/lib/url/hrefs';
import { type CompareFilters } from '@/lib/url/timeline-params';

type Props = {
  /** The months where a count moved (and the first and latest); the chart fills in the months between. */
  steps: ChartPoint[];
  series: ChartSeries[];
  markers: ChartMarker[];
  ticks: string[];
  labels: BandLabel[];
  compareFilters: CompareFilters;
  summary: string;
};

/**
 * Stacked step chart of applicability counts per month end. The table below is the accessible equivalent; the legend
 * lists the bands top to bottom in stacking order with their latest counts, and the kinds of "no value" are textured,
 * so colour is never the only cue. Clicking a month opens /compare as of that month end with the same filters.
 * `data-series` carries the rows as sent (the table's rows), for tests and anyone scripting the page.
 */
export function ApplicabilityChart({ steps, series, markers, ticks, labels, compareFilters, summary }: Props) {
  const router = useRouter();
  const data = useMemo(() => fillMonthEnds(steps), [steps]);
  const last = data[data.length - 1];
  return (
    <figure className={`chart ${styles.figure}`} data-series={JSON.stringify(steps)}>
      <div role="img" aria-label={summary} className={styles.plot} style={{ height: 380 }}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            data={data}
            margin={{ top: 24, right: 104, bottom: 8, left: 0 }}
            accessibilityLayer={false}
            style={{ cursor: 'pointer' }}
            onClick={(state) => {
              const i = state?.activeTooltipIndex;
              const asOf = typeof i === 'number' ? data[i]?.asOf : typeof state?.activeLabel === 'string' ? state.activeLabel : undefined;
              if (asOf) router.push(compareWith({ asOf, ...compareFilters }));
            }}
          >
            <defs>
              <TexturePatterns series={series} idPrefix="band" />
            </defs>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="asOf" ticks={ticks} tickFormatter={(v: string) => v.slice(0, 4)} minTickGap={12} />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip
              labelFormatter={(label) => `End of ${String(label).slice(0, 7)} (click to compare)`}
              itemSorter={(item) => -series.findIndex((s) => s.key === item.dataKey)}
            />
            {markers.map((m) => (
              <ReferenceLine
                key={`${m.asOf}-${m.label}`}
                x={m.asOf}
                stroke="#333"
                strokeDasharray="4 2"
                label={{ value: m.label, position: 'top', fontSize: 11, fill: '#222' }}
              />
            ))}
            {/* Direct labels right of the last month (dark text on white, ≥ 4.5:1), so bands never differ by hue alone. */}
            {labels.map((l) => (
              <ReferenceDot
                key={l.key}
                x={l.asOf}
                y={l.y}
                r={0}
                stroke="none"
                ifOverflow="visible"
                label={{ value: l.text, position: 'right', fontSize: 11, fill: '#1b1f24' }}
              />
            ))}
            {series.map((s) => (
              <Area
                key={s.key}
                type="stepAfter"
                dataKey={s.key}
                name={s.label}
                stackId="1"
                stroke={s.color}
                fill={fillOf(s, 'band')}
                fillOpacity={s.texture === 'solid' ? 0.85 : 1}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <figcaption className={styles.legend}>
        <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
          <defs>
            <TexturePatterns series={series} idPrefix="key" />
          </defs>
        </svg>
        <p className={styles.legendTitle}>Top band first, actors at {last?.asOf}:</p>
        <ul>
          {[...series].reverse().map((s) => (
            <li key={s.key}>
              <Swatch series={s} idPrefix="key" />
              {s.label}: {last?.[s.key] ?? 0}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
