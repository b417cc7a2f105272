'use client';

import { useRouter } from 'next/navigation';
import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { ChartMarker, ChartSeries } from '@/lib/timeline-chart';

export type ChartPoint = { asOf: string } & Record<string, number | string>;

type Props = { data: ChartPoint[]; series: ChartSeries[]; markers: ChartMarker[]; compareQuery: string; summary: string };

/**
 * Stacked step chart of applicability counts per month end. The table beside it is the accessible equivalent;
 * the three kinds of "no value" are hatched, so colour is not the only difference. Clicking a month opens /compare.
 */
export function ApplicabilityChart({ data, series, markers, compareQuery, summary }: Props) {
  const router = useRouter();
  return (
    <figure className="chart" data-series={JSON.stringify(data)} style={{ margin: 0 }}>
      <div role="img" aria-label={summary} style={{ width: '100%', height: 380 }}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            data={data}
            margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
            onClick={(state) => {
              const label = state?.activeLabel;
              if (typeof label === 'string') router.push(`/compare?asOf=${label}${compareQuery}`);
            }}
          >
            <defs>
              {series
                .filter((s) => s.pattern)
                .map((s) => (
                  <pattern key={s.key} id={`hatch-${s.key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#fff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="3" />
                  </pattern>
                ))}
            </defs>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="asOf" tickFormatter={(v: string) => v.slice(0, 4)} minTickGap={24} />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Legend itemSorter={null} />
            {markers.map((m) => (
              <ReferenceLine key={`${m.asOf}-${m.label}`} x={m.asOf} stroke="#444" strokeDasharray="4 2" label={{ value: m.label, position: 'top', fontSize: 11 }} />
            ))}
            {series.map((s) => (
              <Area
                key={s.key}
                type="stepAfter"
                dataKey={s.key}
                name={s.label}
                stackId="1"
                stroke={s.color}
                fill={s.pattern ? `url(#hatch-${s.key})` : s.color}
                fillOpacity={s.pattern ? 1 : 0.75}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
