'use client';

import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelineEntry } from '@/lib/timeline/actor-timeline';

function PointDetails({ active, payload }: { active?: boolean; payload?: readonly { payload?: TimelineEntry }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div style={{ background: '#fff', border: '1px solid #888', padding: '0.4rem 0.6rem', maxWidth: '24rem' }}>
      <strong>{p.date}</strong> — {p.type}
      <div>{p.title}</div>
      {p.changes.length > 0 ? <div>Changed: {p.changes.map((c) => c.text).join('; ')}</div> : <div>{p.coded ? 'No coded value changed' : 'Not yet coded'}</div>}
    </div>
  );
}

/** A five-pointed star, larger than the plain dots, so a change stands out by shape as well as colour. */
function Star(props: unknown) {
  const { cx = 0, cy = 0, fill } = props as { cx?: number; cy?: number; fill?: string };
  const pts = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 10 : 4.5;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
  });
  return <polygon points={pts.join(' ')} fill={fill} stroke="#000" strokeWidth={0.75} />;
}

/** An actor's documents on a time axis, one row per document type; documents that changed a coded value are stars. */
export function ActorTimelineChart({ points, summary }: { points: TimelineEntry[]; summary: string }) {
  const changed = points.filter((p) => p.changes.length > 0);
  const unchanged = points.filter((p) => p.changes.length === 0);
  const years = points.map((p) => new Date(p.t).getUTCFullYear());
  const ticks: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years) + 1; y++) ticks.push(Date.UTC(y, 0, 1));
  const types = [...new Set(points.map((p) => p.type))];
  return (
    <figure className="chart" data-series={JSON.stringify(points)} style={{ margin: 0 }}>
      <div role="img" aria-label={summary} style={{ width: '100%', height: 120 + 40 * types.length }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="t"
              domain={[ticks[0]!, ticks[ticks.length - 1]!]}
              ticks={ticks}
              tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
              name="Date"
            />
            <YAxis type="category" dataKey="type" width={140} name="Type" allowDuplicatedCategory={false} interval={0} />
            <Tooltip content={<PointDetails />} />
            <Legend formatter={(value: string) => <span style={{ color: '#222' }}>{value}</span>} />
            <Scatter name="Document (no coded value changed)" data={unchanged} fill="#4f5862" shape="circle" isAnimationActive={false} />
            <Scatter name="Document that changed a coded value (star)" data={changed} fill="#c2410c" shape={Star} legendType="star" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">
        Each document sits on the day it takes effect: one dated only by year or month counts from the last day of that period.
      </figcaption>
    </figure>
  );
}
