/**
 * The VM size as a table: each resource, the needs it holds (typical with headroom, and high) and what the VM is
 * given. One table for the results and the report (src/domain/report/hosting-rows.ts has the words).
 */
import type { ReactNode } from 'react';
import type { VmRow } from '../domain/report/hosting-rows.ts';

export function VmSizeTable(props: {
  rows: readonly VmRow[];
  className: string;
  caption: ReactNode;
  /** How the "Give the VM" figure is shown (the results set it in bold). */
  given?: (text: string) => ReactNode;
}) {
  const given = props.given ?? ((text: string) => text);
  return (
    <table className={props.className}>
      {props.caption}
      <thead>
        <tr>
          <th scope="col">Resource</th>
          <th scope="col">Typical with headroom</th>
          <th scope="col">High (before headroom)</th>
          <th scope="col">Give the VM</th>
          <th scope="col">How</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.resource}>
            <th scope="row">{r.resource}</th>
            <td>{r.typical}</td>
            <td>{r.high}</td>
            <td>{given(r.given)}</td>
            <td>{r.how}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
