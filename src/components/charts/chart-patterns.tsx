import type { PatternKind, SeriesStyle } from './palette.ts';

// Okabe–Ito hues on which white texture lines read better than black.
const DARK = new Set(['#0072B2', '#000000', '#D55E00', '#009E73']);

/** Colour of the texture lines drawn over a fill, chosen to contrast with it. */
function inkFor(color: string): string {
  return DARK.has(color.toUpperCase()) ? '#ffffff' : '#000000';
}

function marks(pattern: PatternKind, ink: string) {
  const line = { stroke: ink, strokeWidth: 1.5, strokeOpacity: 0.75 };
  switch (pattern) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case 'reverse-diagonal':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case 'horizontal':
      return <path d="M0,4 h8" {...line} />;
    case 'vertical':
      return <path d="M4,0 v8" {...line} />;
    case 'crosshatch':
      return <path d="M0,0 l8,8 M8,0 l-8,8" {...line} />;
    case 'grid':
      return <path d="M0,4 h8 M4,0 v8" {...line} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill={ink} fillOpacity={0.8} />;
  }
}

/** An SVG <pattern> that fills with the series colour and overlays its texture. Put it inside <defs>. */
export function PatternDef({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={style.color} />
      {marks(style.pattern, inkFor(style.color))}
    </pattern>
  );
}

/** A small legend swatch with the same colour and texture as the series. Decorative: the label carries the name. */
export function Swatch({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="chart-swatch">
      <defs>
        <PatternDef id={id} style={style} />
      </defs>
      <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${id})`} stroke="#1a1a1a" />
    </svg>
  );
}
