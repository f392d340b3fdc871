import { downloadText } from '../../lib/download-text.ts';
import { useId, useMemo } from 'react';
import { layerManifests } from '../../domain/topology/topology-manifests.ts';
import type { LayerResult, Topology } from '../../domain/topology/topology.ts';

/** One tuned deployment manifest per layer, with what to set outside it. */
export function LayerManifests(props: {
  topology: Topology;
  layers: readonly LayerResult[];
  onDone: (status: string) => void;
}) {
  const id = useId();
  const manifests = useMemo(
    () => layerManifests(props.topology, props.layers),
    [props.topology, props.layers],
  );
  return (
    <section aria-labelledby={`${id}-h`} className="topology-manifests no-print">
      <h4 id={`${id}-h`}>Deployment manifests per layer</h4>
      <p className="topology-hint">
        Each is the tuned export of the layer’s sizing, with the hierarchy’s settings: the API proxy on every
        layer with children, the registry on the top layer, and images through the parent ($upstream:443)
        below it.
      </p>
      <ul className="topology-manifests__list">
        {manifests.map((m) => (
          <li key={m.index}>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                downloadText(m.fileName, m.json, 'application/json');
                props.onDone(`Downloaded ${m.fileName}.`);
              }}
            >
              {`Download the manifest of layer ${m.index + 1} (${m.name})`}
            </button>
            {m.valid ? null : (
              <span className="topology-error"> Does not pass the manifest shape check.</span>
            )}
            <ul className="topology-hint">
              {m.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
