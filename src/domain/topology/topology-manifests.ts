/**
 * One tuned deployment manifest per layer: the single-device export (manifest/export.ts) of the layer's effective
 * answers and estimate, then the hierarchy's settings as Microsoft's hierarchy article deploys them
 * (how-to-connect-downstream-iot-edge-device.md, "Deploy modules to top layer devices" and "…lower layer
 * devices"):
 * - a layer with IoT Edge children: the API proxy listens on 443 (NGINX_DEFAULT_PORT, port binding), edgeHub gives
 *   up its 443 binding (keeps 5671 and 8883), and the route is `FROM /messages/* INTO $upstream` so that the
 *   children's messages go up too;
 * - the top layer with the registry: the `registry` module on port 5000 with REGISTRY_PROXY_* placeholders, and
 *   the API proxy routes image pulls to it (DOCKER_REQUEST_ROUTE_ADDRESS = registry:5000);
 * - a lower layer: every image, the runtime's too, through the parent's API proxy (`$upstream:443/<repository>`,
 *   the registry host removed), and notes for its config.toml (parent_hostname, the edgeAgent image through the
 *   parent's FQDN or IP, since `$upstream` works only once edgeHub runs).
 * Pure.
 */
import { buildManifest, chunkCreateOptions, manifestToJson } from '../manifest/export.ts';
import { validateManifest, type DeploymentManifest } from '../manifest/schema.ts';
import { DOWNSTREAM_EDGE_SOURCE } from '../assumptions/topology.ts';
import { REGISTRY_MODULE, type LayerResult, type Topology } from './topology.ts';

export interface LayerManifest {
  index: number;
  name: string;
  fileName: string;
  manifest: DeploymentManifest;
  json: string;
  /** What to set outside the manifest, and why. */
  notes: string[];
  /** Whether it passes the documented deployment shape (manifest/schema.ts). */
  valid: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An image pulled through the parent's API proxy: `$upstream:443/` + the repository without its registry host. */
export function throughParent(image: string): string {
  if (image === '' || image.startsWith('$upstream') || image.startsWith('${')) return image;
  const [first, ...rest] = image.split('/');
  const hasHost = rest.length > 0 && (first!.includes('.') || first!.includes(':') || first === 'localhost');
  return `$upstream:443/${hasHost ? rest.join('/') : image}`;
}

/** Read the joined createOptions of a settings object, change it, and write it back in chunks. */
function editCreateOptions(settings: Obj, change: (options: Obj) => void): void {
  const keys = Object.keys(settings)
    .filter((k) => /^createOptions(\d{2})?$/.test(k))
    .sort();
  let options: Obj = {};
  try {
    const parsed: unknown = JSON.parse(keys.map((k) => String(settings[k])).join('') || '{}');
    if (isObj(parsed)) options = parsed;
  } catch {
    return;
  }
  change(options);
  for (const k of keys) delete settings[k];
  Object.assign(settings, chunkCreateOptions(JSON.stringify(options)));
}

function hostConfig(options: Obj): Obj {
  if (!isObj(options['HostConfig'])) options['HostConfig'] = {};
  return options['HostConfig'] as Obj;
}

function bindPort(options: Obj, port: string): void {
  const host = hostConfig(options);
  const bindings = isObj(host['PortBindings']) ? (host['PortBindings'] as Obj) : {};
  bindings[`${port}/tcp`] = [{ HostPort: port }];
  host['PortBindings'] = bindings;
}

/** The manifests of every layer, top first. */
export function layerManifests(t: Topology, layers: readonly LayerResult[]): LayerManifest[] {
  return layers.map((l) => {
    const exported = buildManifest(l.answers, l.estimate);
    const manifest = JSON.parse(JSON.stringify(exported.manifest)) as DeploymentManifest;
    const agent = manifest.modulesContent.$edgeAgent['properties.desired'] as unknown as Obj;
    const hub = manifest.modulesContent.$edgeHub['properties.desired'] as unknown as Obj;
    const system = agent['systemModules'] as Obj;
    const modules = (isObj(agent['modules']) ? agent['modules'] : {}) as Obj;
    const hasChildren = l.childrenPerDevice > 0;
    const registry = l.index === 0 && l.addedModules.includes(REGISTRY_MODULE.name);
    const notes: string[] = [];

    if (hasChildren) {
      const edgeHub = system['edgeHub'] as Obj;
      editCreateOptions(edgeHub['settings'] as Obj, (options) => {
        const bindings = hostConfig(options)['PortBindings'];
        if (isObj(bindings)) delete bindings['443/tcp'];
      });
      hub['routes'] = { upstream: 'FROM /messages/* INTO $upstream' };
      notes.push(
        'edgeHub no longer binds port 443: the API proxy listens there and passes edgeHub traffic on. The route FROM /messages/* INTO $upstream sends the children’s messages up with this device’s own.',
      );
    }
    for (const [name, raw] of Object.entries(modules)) {
      if (!isObj(raw)) continue;
      const settings = raw['settings'] as Obj;
      const image = String(settings['image'] ?? '');
      if (image.includes('azureiotedge-api-proxy')) {
        raw['env'] = {
          ...(isObj(raw['env']) ? raw['env'] : {}),
          NGINX_DEFAULT_PORT: { value: '443' },
          ...(registry ? { DOCKER_REQUEST_ROUTE_ADDRESS: { value: `${REGISTRY_MODULE.name}:5000` } } : {}),
        };
        editCreateOptions(settings, (options) => bindPort(options, '443'));
        notes.push(
          `${name}: the API proxy listens on 443 (NGINX_DEFAULT_PORT)${registry ? ' and sends image pulls to the registry module (registry:5000)' : ''}.`,
        );
      } else if (registry && name === REGISTRY_MODULE.name) {
        raw['env'] = {
          REGISTRY_PROXY_REMOTEURL: { value: 'https://<your-registry>.azurecr.io' },
          REGISTRY_PROXY_USERNAME: { value: '<user name for that registry>' },
          REGISTRY_PROXY_PASSWORD: { value: '<password for that registry>' },
        };
        editCreateOptions(settings, (options) => bindPort(options, '5000'));
        notes.push(
          'registry: set REGISTRY_PROXY_REMOTEURL, _USERNAME and _PASSWORD to your container registry. It maps to one registry only, so keep every image the lower layers pull, Microsoft’s too, in it.',
        );
      }
      if (l.index > 0) settings['image'] = throughParent(String(settings['image'] ?? ''));
    }
    if (l.index > 0) {
      for (const name of ['edgeAgent', 'edgeHub']) {
        const settings = (system[name] as Obj)['settings'] as Obj;
        settings['image'] = throughParent(String(settings['image']));
      }
      const version = l.answers.platform.iotEdgeVersion;
      notes.push(
        `Every image is pulled through the parent’s API proxy ($upstream:443/…)${t.registry ? ', which the top layer’s registry serves' : ': the top layer has no registry module, so run a local registry or load the images onto the device and set imagePullPolicy to never'}.`,
        `In config.toml: parent_hostname = "<FQDN or IP of its parent in layer ${l.index}>", and under [agent.config] image = "<parent FQDN or IP>:443/azureiotedge-agent:${version}" ($upstream is not available before edgeHub starts).`,
        `Open ports 443 and 5671 (or 8883) from this device to its parent only.`,
      );
    }
    notes.push(`Source: ${DOWNSTREAM_EDGE_SOURCE}`);
    const valid = validateManifest(manifest).ok;
    const slug =
      l.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'layer';
    return {
      index: l.index,
      name: l.name,
      fileName: `deployment.layer-${l.index + 1}-${slug}.json`,
      manifest,
      json: manifestToJson(manifest),
      notes,
      valid,
    };
  });
}
