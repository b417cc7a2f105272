import type { ChartSeries } from '@/lib/timeline/timeline-chart';

/** SVG fill for a band: solid colour, or a texture so the kinds of "no value" differ by more than colour. */
export function fillOf(s: ChartSeries, idPrefix: string): string {
  return s.texture === 'solid' ? s.color : `url(#${idPrefix}-${s.key})`;
}

/** The <pattern> definitions for the textured series; ids are prefixed so chart and legend never share one. */
export function TexturePatterns({ series, idPrefix }: { series: readonly ChartSeries[]; idPrefix: string }) {
  return (
    <>
      {series
        .filter((s) => s.texture !== 'solid')
        .map((s) => (
          <pattern
            key={s.key}
            id={`${idPrefix}-${s.key}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={s.texture === 'diagonal' ? 'rotate(45)' : undefined}
          >
            <rect width="6" height="6" fill="#fff" />
            {s.texture === 'dots' ? (
              <circle cx="3" cy="3" r="1.4" fill={s.color} />
            ) : s.texture === 'horizontal' ? (
              <line x1="0" y1="3" x2="6" y2="3" stroke={s.color} strokeWidth="1.5" />
            ) : (
              <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="3" />
            )}
          </pattern>
        ))}
    </>
  );
}

/** A legend key: the band's fill and outline, with the label in dark text beside it (never coloured text). */
export function Swatch({ series, idPrefix }: { series: ChartSeries; idPrefix: string }) {
  return (
    <svg width="18" height="14" aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle', marginRight: '0.35rem' }}>
      <rect x="0.5" y="0.5" width="17" height="13" fill={fillOf(series, idPrefix)} stroke={series.color} />
    </svg>
  );
}
