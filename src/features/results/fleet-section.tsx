/**
 * "Fleet and cost over N years": the IoT Hub edition and units for the fleet's messages, the energy a year and the
 * cost over the service life, with a stacked chart and a table of the same numbers. Lazy-loaded by the results
 * panel, and only when the user plans a fleet (budget.planFleet).
 */
import { FleetCostFigure } from '../../components/charts/fleet-cost-figure.tsx';
import { FleetCostTable, FleetFacts, FleetHubTable, FleetSource } from '../../components/fleet-tables.tsx';
import { Disclosure } from '../../components/ui/disclosure.tsx';
import type { FleetReport } from '../../domain/report/fleet-report.ts';
import '../../components/fleet.css';

export interface FleetSectionProps {
  fleet: FleetReport;
  headingId: string;
}

export function FleetSection({ fleet, headingId }: FleetSectionProps) {
  return (
    <section className="results-section fleet-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{fleet.title}</h3>
      <p className="fleet-summary">{fleet.summary}</p>
      <FleetFacts fleet={fleet} hub={<>(standard tier; price per unit {fleet.hub.price})</>} />
      <FleetCostTable fleet={fleet} />
      <FleetCostFigure fleet={fleet} deferUntilVisible />
      <Disclosure
        className="why"
        summary={<>Why {fleet.hub.headline}? Every IoT Hub edition for this volume</>}
      >
        {() => (
          <>
            <p>{fleet.hub.why}</p>
            <FleetHubTable fleet={fleet} />
            <ul className="fleet-notes">
              {fleet.hub.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
              <li>{fleet.hub.priceSource}</li>
            </ul>
            <p className="section-note">
              Quotas checked on {fleet.hub.checked}:{' '}
              <FleetSource source="https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-hub/iot-hub-scaling.md" />
              ;{' '}
              <FleetSource source="https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-hub/iot-hub-devguide-quotas-throttling.md" />
              .
            </p>
          </>
        )}
      </Disclosure>
    </section>
  );
}
