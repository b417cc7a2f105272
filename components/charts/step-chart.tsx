'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StepLevel, StepPoint } from '@/lib/timeline/position-steps';

/** One line: its points, and the stroke, dash and marker that tell it apart without colour. */
export type StepSeries = { key: string; label: string; points: StepPoint[] };

const STYLES = [
  { stroke: '#0b4f8a', dash: undefined, marker: 'circle' },
  { stroke: '#a3480b', dash: '7 4', marker: 'square' },
  { stroke: '#1b6b3a', dash: '2 3', marker: 'triangle' },
  { stroke: '#5b4bb7', dash: '10 3 2 3', marker: 'diamond' },
] as const;
export const stepStyleOf = (i: number) => STYLES[i % STYLES.length]!;

function Marker({ cx = 0, cy = 0, shape, stroke }: { cx?: number; cy?: number; shape: string; stroke: string }) {
  if (shape === 'square') return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={stroke} />;
  if (shape === 'triangle') return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`} fill={stroke} />;
  if (shape === 'diamond') return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`} fill={stroke} />;
  return <circle cx={cx} cy={cy} r={4} fill={stroke} />;
}

/**
 * Positions over time as step lines on an axis of outcomes (only those drawn, bottom to top). Several lines at one
 * level are drawn a little apart so none hides another; each has its own dash and marker, named in the legend. The
 * table after the chart is its twin (components/timeline/position-step-table.tsx); `data-series` carries the points.
 */
export function StepChart({ title, levels, series, summary }: { title: string; levels: StepLevel[]; series: StepSeries[]; summary: string }) {
  const spread = (i: number) => (series.length > 1 ? (i - (series.length - 1) / 2) * 0.12 : 0);
  const ts = series.flatMap((s) => s.points.map((p) => p.t));
  const [min, max] = [Math.min(...ts), Math.max(...ts)];
  const years: number[] = [];
  for (let y = new Date(min).getUTCFullYear(); y <= new Date(max).getUTCFullYear() + 1; y++) years.push(Date.UTC(y, 0, 1));
  return (
    <figure className="chart" data-series={JSON.stringify(series)} style={{ margin: '0 0 1rem' }}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div role="img" aria-label={summary} style={{ width: '100%', height: 60 + 34 * levels.length }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="t"
              domain={[years[0]!, years[years.length - 1]!]}
              ticks={years}
              tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
              allowDuplicatedCategory={false}
            />
            <YAxis
              type="number"
              domain={[-0.5, levels.length - 0.5]}
              ticks={levels.map((_, i) => i)}
              tickFormatter={(i: number) => levels[i]?.label ?? ''}
              width={150}
              interval={0}
              tick={{ fontSize: 12, fill: '#1b1f24' }}
            />
            <Tooltip
              formatter={(_v, _n, item) => [(item.payload as StepPoint).label, series.find((s) => s.points.includes(item.payload as StepPoint))?.label ?? '']}
              labelFormatter={(t) => `From ${new Date(Number(t)).toISOString().slice(0, 10)}`}
            />
            {series.map((s, i) => {
              const style = stepStyleOf(i);
              return (
                <Line
                  key={s.key}
                  name={s.label}
                  data={s.points.map((p) => ({ ...p, y: p.y + spread(i) }))}
                  dataKey="y"
                  type="stepAfter"
                  stroke={style.stroke}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                  dot={(props: { cx?: number; cy?: number; index?: number }) => (
                    <Marker key={`${s.key}-${props.index}`} cx={props.cx} cy={props.cy} shape={style.marker} stroke={style.stroke} />
                  )}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {series.length > 1 && (
        <ul className="step-legend" aria-label="Lines">
          {series.map((s, i) => (
            <li key={s.key}>
              <svg width="36" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="36" y2="6" stroke={stepStyleOf(i).stroke} strokeWidth="2.5" strokeDasharray={stepStyleOf(i).dash} />
                <Marker cx={18} cy={6} shape={stepStyleOf(i).marker} stroke={stepStyleOf(i).stroke} />
              </svg>{' '}
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
