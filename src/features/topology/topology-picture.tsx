import { useId } from 'react';
import type { LayerSummary } from '../../domain/topology/topology-export.ts';
import { formatNumber } from '../../domain/vocabulary/format.ts';

const BOX_W = 420;
const BOX_H = 64;
const GAP = 44;
const CLOUD_H = 40;
const WIDTH = 520;

/**
 * The topology as a picture: IoT Hub on top, one box per layer below it (its name, how many devices, the
 * recommended device), an arrow from each layer to its parent. The same facts are in the table that follows it
 * (TopologyTable), so the picture is one image with a short name for screen readers.
 */
export function TopologyPicture({ layers }: { layers: readonly LayerSummary[] }) {
  const id = useId();
  const height = CLOUD_H + GAP + layers.length * (BOX_H + GAP);
  const x = (WIDTH - BOX_W) / 2;
  const yOf = (i: number) => CLOUD_H + GAP + i * (BOX_H + GAP);
  return (
    <figure className="topology-picture">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="topology-picture__svg"
      >
        <title id={`${id}-title`}>
          {`IoT Hub above ${layers.length} ${layers.length === 1 ? 'layer' : 'layers'} of IoT Edge devices; each layer sends to the one above it. The table below lists the same.`}
        </title>
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="topology-picture__arrowhead" />
          </marker>
        </defs>
        <rect
          x={(WIDTH - 200) / 2}
          y={0}
          width={200}
          height={CLOUD_H}
          rx={20}
          className="topology-picture__cloud"
        />
        <text x={WIDTH / 2} y={CLOUD_H / 2 + 5} textAnchor="middle" className="topology-picture__title">
          IoT Hub (cloud)
        </text>
        {layers.map((l, i) => {
          const y = yOf(i);
          const parentBottom = i === 0 ? CLOUD_H : yOf(i - 1) + BOX_H;
          return (
            <g key={i}>
              <line
                x1={WIDTH / 2}
                y1={y}
                x2={WIDTH / 2}
                y2={parentBottom + 2}
                className="topology-picture__link"
                markerEnd={`url(#${id}-arrow)`}
              />
              <text x={WIDTH / 2 + 8} y={y - GAP / 2 + 4} className="topology-picture__note">
                {i === 0 ? 'to IoT Hub' : `${formatNumber(l.devicesPerParent)} per parent`}
              </text>
              <rect
                x={x}
                y={y}
                width={BOX_W}
                height={BOX_H}
                rx={6}
                className={`topology-picture__box${l.device ? '' : ' topology-picture__box--none'}`}
              />
              <text x={x + 12} y={y + 24} className="topology-picture__title">
                {`Layer ${i + 1}: ${truncate(l.name, 34)} × ${formatNumber(l.deviceCount)}`}
              </text>
              <text x={x + 12} y={y + 46} className="topology-picture__device">
                {truncate(l.device ? l.device.name : l.deviceText, 52)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The picture's facts as a table (the text alternative). */
export function TopologyTable({ layers }: { layers: readonly LayerSummary[] }) {
  return (
    <table className="topology-table">
      <caption>The topology as a table: each layer, its devices and the device recommended for it</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">Reaches</th>
          <th scope="col">Devices per parent</th>
          <th scope="col">Devices in the layer</th>
          <th scope="col">Messages/s routed per device (avg)</th>
          <th scope="col">Recommended device</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((l) => (
          <tr key={l.index}>
            <th scope="row">{`${l.index + 1}. ${l.name}`}</th>
            <td>{l.reaches}</td>
            <td className="num">{formatNumber(l.devicesPerParent)}</td>
            <td className="num">{formatNumber(l.deviceCount)}</td>
            <td className="num">{formatNumber(l.routed.avg)}</td>
            <td>{l.deviceText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
