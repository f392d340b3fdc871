/** The lifecycle timeline's bars, from the report model's support windows (dates as days since the epoch). */
import type { LifecycleRow } from '../../domain/report/report-model.ts';

export interface LifecycleBar {
  name: string;
  start: number;
  end: number;
  endLabel: string;
  /** The window has no published end: the bar runs to the axis end. */
  open: boolean;
}

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Bars, axis domain and yearly ticks covering today, every window and the planned retirement. */
export function lifecycleBars(
  windows: LifecycleRow[],
  today: string,
  retirement: string,
): { bars: LifecycleBar[]; domain: [number, number]; ticks: number[] } {
  const years = [today, retirement, ...windows.flatMap((w) => [w.from, w.endsOn ?? today])].map((d) =>
    Number(d.slice(0, 4)),
  );
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const domain: [number, number] = [dayOf(`${first}-01-01`), dayOf(`${last}-01-01`)];
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => dayOf(`${first + i}-01-01`));
  const bars = windows.map((w) => ({
    name: w.label,
    start: Math.max(domain[0], dayOf(w.from)),
    end: w.endsOn === null ? domain[1] : dayOf(w.endsOn),
    endLabel: w.endsOn === null ? 'no end date known' : `ends ${w.endsOn}`,
    open: w.endsOn === null,
  }));
  return { bars, domain, ticks };
}
