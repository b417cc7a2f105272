import type { MapStyle } from '@/lib/map/map-styles';

/** `fill` for a style: plain colour for solid/plain, else the <pattern> defined by MapPatternDefs. */
export function mapFill(style: MapStyle, prefix: string): string {
  return style.pattern === 'solid' || style.pattern === 'plain' ? style.color : `url(#${prefix}-${style.key})`;
}

const TILE = 6;

/** The marks drawn in one pattern tile. Substantive values sit on a tint of their colour, "no value" kinds on white. */
function Tile({ style }: { style: MapStyle }) {
  const c = style.color;
  switch (style.pattern) {
    case 'crosshatch':
      return <path d="M0,0 L6,6 M6,0 L0,6" stroke={c} strokeWidth="1.3" />;
    case 'vertical':
      return <rect x="0" y="0" width="3" height="6" fill={c} />;
    case 'checker':
      return <path d="M0,0 h3 v3 h-3 z M3,3 h3 v3 h-3 z" fill={c} />;
    case 'rings':
      return <circle cx="3" cy="3" r="1.8" fill="none" stroke={c} strokeWidth="1.1" />;
    case 'grid':
      return <path d="M0,0.6 H6 M0.6,0 V6" stroke={c} strokeWidth="1.2" />;
    case 'bricks':
      return <path d="M0,0.6 H6 M0,3.6 H6 M1.5,0 V3 M4.5,3 V6" stroke={c} strokeWidth="1" />;
    case 'triangles':
      return <path d="M0,6 L3,1 L6,6 z" fill={c} />;
    case 'diagonal':
      return <path d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" stroke={c} strokeWidth="1.2" />;
    case 'dots':
      return <circle cx="3" cy="3" r="1.1" fill={c} />;
    case 'horizontal':
      return <path d="M0,3 H6" stroke={c} strokeWidth="1" />;
    default:
      return null;
  }
}

/** One set of <pattern>s per page (ids are document-wide), used by the map and by the legend's swatches. */
export function MapPatternDefs({ styles, prefix }: { styles: readonly MapStyle[]; prefix: string }) {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        {styles
          .filter((s) => s.pattern !== 'solid' && s.pattern !== 'plain')
          .map((s) => {
            const tint = s.key === 'not_coded' || s.key === 'no_document' || s.pattern === 'diagonal';
            return (
              <pattern key={s.key} id={`${prefix}-${s.key}`} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
                <rect width={TILE} height={TILE} fill={tint ? '#ffffff' : `${s.color}33`} />
                <Tile style={s} />
              </pattern>
            );
          })}
      </defs>
    </svg>
  );
}

/** A legend key: the pattern as a swatch, optionally with the dashed outline that marks low confidence. */
export function MapSwatch({ style, prefix, dashed = false }: { style: MapStyle | null; prefix: string; dashed?: boolean }) {
  return (
    <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true" focusable="false" className="map-swatch">
      <rect
        x="1"
        y="1"
        width="24"
        height="16"
        fill={style ? mapFill(style, prefix) : '#ffffff'}
        stroke={dashed ? '#111827' : '#6b7280'}
        strokeWidth={dashed ? 2 : 1}
        strokeDasharray={dashed ? '3 2' : undefined}
      />
    </svg>
  );
}
