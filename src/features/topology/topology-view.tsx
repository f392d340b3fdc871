import { downloadText } from '../../lib/download-text.ts';
import { LinkProblem } from '../../components/ui/link-problem.tsx';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Answers } from '../../domain/answers.ts';
import {
  estimateTopology,
  DEVICES_PER_PARENT,
  LAYER_NAME_LENGTH,
  MAX_LAYERS,
  type Layer,
  type Topology,
} from '../../domain/topology/topology.ts';
import {
  RESOURCE_LABELS,
  summarizeLayers,
  topologyCsv,
  topologyFileName,
  topologyMarkdown,
  type LayerSummary,
} from '../../domain/topology/topology-export.ts';
import { RESOURCES } from '../../domain/types.ts';
import { SEVERITY_LABELS } from '../../domain/vocabulary/labels.ts';
import { formatNumber } from '../../domain/vocabulary/format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { TopologyPicture, TopologyTable } from './topology-picture.tsx';
import {
  configureTopology,
  dismissLinkMessage,
  type TopologyDeps,
  layerFrom,
  loadTopology,
  setTopology,
  syncTopologyUrl,
  topologyUrl,
  useTopologyStore,
} from './topology-store.ts';
import { LayerManifests } from './topology-manifests.tsx';
import './topology.css';

const CURRENT = 'current';

/**
 * #/topology: build a layered IoT Edge topology (1–5 layers, each a scenario), see each layer's requirements,
 * recommended device and findings, a picture with a table of the same facts, share it as a link, print it, and
 * download it as CSV, Markdown or one deployment manifest per layer. Opt-in: the single-device wizard is unchanged.
 */
export function TopologyView({ deps }: { deps: TopologyDeps }) {
  configureTopology(deps);
  const current = useAppStore((s) => s.answers);
  const topology = useTopologyStore((s) => s.topology);
  const linkMessage = useTopologyStore((s) => s.linkMessage);

  useEffect(() => {
    loadTopology(useAppStore.getState().answers);
    syncTopologyUrl();
    // A topology link pasted into the address bar while the view is open.
    const onHash = () => {
      if (useAppStore.getState().view === 'topology') loadTopology(useAppStore.getState().answers);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (topology === null) return <p role="status">Opening the topology…</p>;
  return (
    <div className="topology-view">
      <h2>Layered topology</h2>
      <p className="topology-view__intro no-print">
        Size every layer of a nested (ISA-95) IoT Edge hierarchy: the top layer reaches IoT Hub, each layer
        below reaches only its parent. Each layer is a scenario of its own; upper layers carry all the traffic
        below them, run the API proxy, and the top layer can run the registry that serves the images the lower
        layers pull.
      </p>
      {linkMessage ? (
        <LinkProblem
          error={linkMessage.error}
          problems={linkMessage.problems}
          onDismiss={dismissLinkMessage}
        />
      ) : null}
      <TopologyEditor topology={topology} current={current} useScenarios={deps.useScenarios} />
      <TopologyResults topology={topology} />
    </div>
  );
}

function TopologyEditor({
  topology,
  current,
  useScenarios,
}: {
  topology: Topology;
  current: Answers;
  useScenarios: TopologyDeps['useScenarios'];
}) {
  const id = useId();
  const update = (i: number, change: Partial<Layer>) =>
    setTopology({ ...topology, layers: topology.layers.map((l, k) => (k === i ? { ...l, ...change } : l)) });
  const move = (i: number, by: -1 | 1) => {
    const layers = [...topology.layers];
    const [taken] = layers.splice(i, 1);
    layers.splice(i + by, 0, taken!);
    setTopology({ ...topology, layers });
  };
  const full = topology.layers.length >= MAX_LAYERS;
  return (
    <section aria-labelledby={`${id}-h`} className="topology-editor no-print">
      <h3 id={`${id}-h`}>Layers</h3>
      <p className="topology-hint">
        Layer 1 is the top layer: it reaches the cloud. Move a layer up or down to change which one does.
      </p>
      <ol className="topology-layers">
        {topology.layers.map((layer, i) => (
          <li key={i}>
            <LayerEditor
              layer={layer}
              index={i}
              count={topology.layers.length}
              current={current}
              useScenarios={useScenarios}
              onChange={(change) => update(i, change)}
              onMove={(by) => move(i, by)}
              onRemove={() => setTopology({ ...topology, layers: topology.layers.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </ol>
      <div className="topology-editor__actions">
        <button
          type="button"
          className="button"
          aria-describedby={full ? `${id}-full` : undefined}
          disabled={full}
          onClick={() =>
            setTopology({
              ...topology,
              layers: [...topology.layers, layerFrom(current, `Layer ${topology.layers.length + 1}`, 10)],
            })
          }
        >
          Add a layer below
        </button>
        {full ? (
          <span id={`${id}-full`} className="topology-hint">
            {`A nested hierarchy is at most ${MAX_LAYERS} layers deep (Microsoft's limit).`}
          </span>
        ) : null}
        <label className="topology-check">
          <input
            type="checkbox"
            checked={topology.registry}
            onChange={(event) => setTopology({ ...topology, registry: event.target.checked })}
          />
          The top layer runs a registry module that serves images to the layers below
        </label>
      </div>
    </section>
  );
}

function LayerEditor(props: {
  layer: Layer;
  index: number;
  count: number;
  current: Answers;
  useScenarios: TopologyDeps['useScenarios'];
  onChange: (change: Partial<Layer>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { layer, index, count, current, onChange } = props;
  const id = useId();
  const scenarios = props.useScenarios();
  // A draft only while the text typed is not a valid value; the field shows the layer's value otherwise.
  const [countText, setCountDraft] = useState<string | null>(null);
  const [nameText, setNameDraft] = useState<string | null>(null);
  const countDraft = countText ?? String(layer.devicesPerParent);
  const nameDraft = nameText ?? layer.name;
  const [source, setSource] = useState(CURRENT);
  const [said, setSaid] = useState('');
  const countValue = Number(countDraft);
  const countOk =
    countDraft.trim() !== '' &&
    Number.isInteger(countValue) &&
    countValue >= DEVICES_PER_PARENT.min &&
    countValue <= DEVICES_PER_PARENT.max;
  const nameOk = nameDraft.trim() !== '';
  const label = `Layer ${index + 1}`;
  const modules =
    layer.answers.workload.mode === 'list'
      ? layer.answers.workload.modules.length
      : layer.answers.workload.moduleCount;
  return (
    <fieldset className="topology-layer">
      <legend>{`${label}${index === 0 ? ' (reaches the cloud)' : ''}: ${layer.name}`}</legend>
      <div className="topology-layer__fields">
        <div className="topology-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={nameDraft}
            maxLength={LAYER_NAME_LENGTH}
            aria-invalid={!nameOk}
            aria-describedby={nameOk ? undefined : `${id}-name-error`}
            onChange={(event) => {
              const text = event.target.value;
              if (text.trim() === '') setNameDraft(text);
              else {
                setNameDraft(text === text.trim() ? null : text);
                onChange({ name: text.trim() });
              }
            }}
          />
          {nameOk ? null : (
            <p id={`${id}-name-error`} className="topology-error">
              Give the layer a name.
            </p>
          )}
        </div>
        <div className="topology-field">
          <label htmlFor={`${id}-count`}>
            {index === 0 ? 'Devices in this layer' : 'Devices per parent'}
          </label>
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={DEVICES_PER_PARENT.min}
            max={DEVICES_PER_PARENT.max}
            step={1}
            value={countDraft}
            aria-invalid={!countOk}
            aria-describedby={countOk ? undefined : `${id}-count-error`}
            onChange={(event) => {
              const text = event.target.value;
              const value = Number(text);
              if (
                text.trim() !== '' &&
                Number.isInteger(value) &&
                value >= DEVICES_PER_PARENT.min &&
                value <= DEVICES_PER_PARENT.max
              ) {
                setCountDraft(null);
                onChange({ devicesPerParent: value });
              } else setCountDraft(text);
            }}
          />
          {countOk ? null : (
            <p id={`${id}-count-error`} className="topology-error">
              {`Enter a whole number from ${DEVICES_PER_PARENT.min} to ${DEVICES_PER_PARENT.max.toLocaleString('en-US')}; the sizing keeps ${formatNumber(layer.devicesPerParent)} until then.`}
            </p>
          )}
        </div>
        <div className="topology-field">
          <label htmlFor={`${id}-source`}>Scenario for this layer</label>
          <div className="topology-field__row">
            <select id={`${id}-source`} value={source} onChange={(event) => setSource(event.target.value)}>
              <option value={CURRENT}>{`The wizard's current scenario (${current.scenarioName})`}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>{`Saved: ${s.name}`}</option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const chosen = source === CURRENT ? current : scenarios.find((s) => s.id === source)?.answers;
                if (!chosen) return;
                onChange({ answers: chosen });
                setSaid(`${label} now uses “${chosen.scenarioName}”.`);
              }}
            >
              Use for this layer
            </button>
          </div>
          <p className="topology-hint">
            {`Sized from “${layer.answers.scenarioName}”: ${modules} ${modules === 1 ? 'module' : 'modules'}, ${formatNumber(layer.answers.data.messagesPerSecondAvg)} messages/s of its own.`}
          </p>
          <p role="status" className="topology-hint">
            {said}
          </p>
        </div>
      </div>
      <div className="topology-layer__actions">
        <button
          type="button"
          className="button button--small"
          disabled={index === 0}
          onClick={() => props.onMove(-1)}
        >
          {`Move ${label} up`}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={index === count - 1}
          onClick={() => props.onMove(1)}
        >
          {`Move ${label} down`}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={count === 1}
          onClick={props.onRemove}
        >
          {`Remove ${label}`}
        </button>
      </div>
    </fieldset>
  );
}

function TopologyResults({ topology }: { topology: Topology }) {
  const id = useId();
  const result = useMemo(() => estimateTopology(topology), [topology]);
  const summaries = useMemo(() => (result.ok ? summarizeLayers(result.layers) : []), [result]);
  const link = useMemo(() => topologyUrl(topology, null), [topology]);
  const [status, setStatus] = useState('');
  if (!result.ok) {
    return (
      <p role="alert" className="link-problem">
        {result.error}
      </p>
    );
  }
  const total = result.totalDevices;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Topology link copied.');
    } catch {
      setStatus('The browser did not allow copying: select the link and copy it.');
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="topology-results">
      <h3 id={`${id}-h`}>Every layer sized</h3>
      <p role="status" className="topology-summary" data-testid="topology-summary">
        {`Sized ${summaries.length} ${summaries.length === 1 ? 'layer' : 'layers'}, ${formatNumber(total)} IoT Edge ${total === 1 ? 'device' : 'devices'} in all.`}
      </p>
      <TopologyPicture layers={summaries} />
      <TopologyTable layers={summaries} />
      <div className="topology-share no-print">
        <label htmlFor={`${id}-link`}>Topology link</label>
        <div className="topology-field__row">
          <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className="button button--small" onClick={() => void copy()}>
            Copy topology link
          </button>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const name = topologyFileName(topology, 'csv');
              downloadText(name, topologyCsv(topology, result.layers), 'text/csv');
              setStatus(`Downloaded ${name}.`);
            }}
          >
            Download CSV
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const name = topologyFileName(topology, 'md');
              downloadText(name, topologyMarkdown(topology, result.layers, { link }), 'text/markdown');
              setStatus(`Downloaded ${name}.`);
            }}
          >
            Download Markdown
          </button>
        </div>
        <p role="status" className="topology-hint">
          {status}
        </p>
      </div>
      <p className="print-only topology-print-link">{`Open this topology: ${link}`}</p>
      {summaries.map((s, i) => (
        <LayerResultView key={i} summary={s} />
      ))}
      <LayerManifests topology={topology} layers={result.layers} onDone={setStatus} />
    </section>
  );
}

function LayerResultView({ summary: s }: { summary: LayerSummary }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="topology-layer-result">
      <h4 id={`${id}-h`}>{`Layer ${s.index + 1}: ${s.name}`}</h4>
      <p>
        {`${formatNumber(s.deviceCount)} ${s.deviceCount === 1 ? 'device' : 'devices'}, reaching ${s.reaches}. Each routes ${formatNumber(s.routed.avg)} messages/s on average (${formatNumber(s.routed.peak)} at peak)`}
        {s.childrenPerDevice > 0
          ? ` and serves ${formatNumber(s.childrenPerDevice)} IoT Edge ${s.childrenPerDevice === 1 ? 'child' : 'children'} (${formatNumber(s.incomingConnections)} incoming connections).`
          : '.'}
        {s.addedModules.length > 0 ? ` Added by the topology: ${s.addedModules.join(', ')}.` : ''}
        {s.registryCacheMb !== null
          ? ` The registry caches ${formatNumber(s.registryCacheMb)} MB of images for the layers below.`
          : ''}
      </p>
      <p className="topology-device">
        <strong>Recommended device: </strong>
        <span data-testid="layer-device">{s.deviceText}</span>
      </p>
      <table className="topology-table">
        <caption>{`Layer ${s.index + 1} requirements per device`}</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Typical</th>
            <th scope="col">Range (low–high)</th>
          </tr>
        </thead>
        <tbody>
          {RESOURCES.map((r) => {
            const req = s.requirements[r];
            return (
              <tr key={r}>
                <th scope="row">{RESOURCE_LABELS[r]}</th>
                <td className="num">{req.typicalText}</td>
                <td>{req.text.slice(req.typicalText.length + 1).replace(/^\(|\)$/g, '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {s.findings.length > 0 ? (
        <>
          <h5>{`Findings (${s.findings.length})`}</h5>
          <ul className="topology-findings">
            {s.findings.map((f, i) => (
              <li key={`${f.id}-${i}`} className={`topology-finding topology-finding--${f.severity}`}>
                <strong>{`${SEVERITY_LABELS[f.severity]}: ${f.title}`}</strong>
                <span>{` ${f.message} `}</span>
                <span>{`What to do: ${f.remedy}`}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
