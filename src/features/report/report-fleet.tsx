/**
 * The printed report's fleet section (after the verdict page): the IoT Hub edition and units, the energy a year
 * and the cost over the service life, per device and for the fleet, with the chart and its table. Only when the
 * user plans a fleet (budget.planFleet).
 */
import { FleetCostFigure } from '../../components/charts/fleet-cost-figure.tsx';
import { FleetCostTable, FleetFacts, FleetHubTable } from '../../components/fleet-tables.tsx';
import type { Answers } from '../../domain/answers.ts';
import { buildFleetReport } from '../../domain/report/fleet-report.ts';
import type { Device, Estimate } from '../../domain/types.ts';
import '../../components/fleet.css';

/** Narrower and lower than the results' chart, so its table of the same numbers prints beside it (report.css). */
const FLEET_CHART_WIDTH = 420;
const FLEET_CHART_HEIGHT = 180;

export function ReportFleet({
  answers,
  estimate,
  catalog,
  chartWidth,
  chart = true,
}: {
  answers: Answers;
  estimate: Estimate;
  catalog: readonly Device[];
  chartWidth: number;
  /** False in the summary report: the tables alone. */
  chart?: boolean;
}) {
  const fleet = buildFleetReport(answers, estimate, catalog);
  if (!fleet) return null;
  return (
    <section className="report-section report-fleet" aria-labelledby="report-fleet">
      <h2 id="report-fleet">{fleet.title}</h2>
      <p>{fleet.summary}</p>
      <FleetFacts
        fleet={fleet}
        hub={
          <>
            (standard tier). {fleet.hub.why} {fleet.hub.priceSource}
          </>
        }
      />
      <FleetCostTable fleet={fleet} className="report-table" />
      {chart ? (
        <div className="report-chart">
          <FleetCostFigure
            fleet={fleet}
            width={Math.min(chartWidth, FLEET_CHART_WIDTH)}
            height={FLEET_CHART_HEIGHT}
            animate={false}
            tableMode="visible"
          />
        </div>
      ) : null}
      <FleetHubTable fleet={fleet} className="report-table" />
      <ul className="fleet-notes">
        {fleet.hub.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
