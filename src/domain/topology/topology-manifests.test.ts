import { describe, expect, it } from 'vitest';
import { createAnswers } from '../../testing/builders.ts';
import { estimateTopology, type Topology } from './topology.ts';
import { layerManifests, throughParent } from './topology-manifests.ts';

type Obj = Record<string, unknown>;

const opc = {
  name: 'opcpublisher',
  image: 'myacr.azurecr.io/iotedge/opc-publisher:2.9',
  language: 'dotnet' as const,
};
const plant: Topology = {
  registry: true,
  layers: [
    { name: 'Enterprise', devicesPerParent: 1, answers: createAnswers() },
    { name: 'Site', devicesPerParent: 2, answers: createAnswers() },
    {
      name: 'Line',
      devicesPerParent: 20,
      answers: createAnswers({ workload: { mode: 'list', modules: [opc] } }),
    },
  ],
};

function manifests(t: Topology) {
  const result = estimateTopology(t);
  if (!result.ok) throw new Error(result.error);
  return layerManifests(t, result.layers);
}

const agentOf = (m: ReturnType<typeof manifests>[number]) =>
  m.manifest.modulesContent.$edgeAgent['properties.desired'] as unknown as Obj;
const modulesOf = (m: ReturnType<typeof manifests>[number]) => agentOf(m)['modules'] as Record<string, Obj>;
const imageOf = (module: Obj) => (module['settings'] as Obj)['image'];
const optionsOf = (settings: Obj) =>
  JSON.parse(
    Object.keys(settings)
      .filter((k) => k.startsWith('createOptions'))
      .sort()
      .map((k) => String(settings[k]))
      .join(''),
  ) as { HostConfig: { PortBindings?: Obj } };

describe('one manifest per layer', () => {
  it.each([
    ['mcr.microsoft.com/azureiotedge-agent:1.6', '$upstream:443/azureiotedge-agent:1.6'],
    ['mcr.microsoft.com/azureiotedge-api-proxy:1.1', '$upstream:443/azureiotedge-api-proxy:1.1'],
    ['myacr.azurecr.io/iotedge/opc-publisher:2.9', '$upstream:443/iotedge/opc-publisher:2.9'],
    ['localhost:5000/x:1', '$upstream:443/x:1'],
    ['registry:latest', '$upstream:443/registry:latest'],
    ['library/nginx', '$upstream:443/library/nginx'],
    ['$upstream:443/already', '$upstream:443/already'],
    ['${MODULES.filter}', '${MODULES.filter}'],
  ])('%s is pulled through the parent as %s', (image, expected) => {
    expect(throughParent(image)).toBe(expected);
  });

  it('every manifest passes the documented deployment shape', () => {
    const all = manifests(plant);
    expect(all).toHaveLength(3);
    for (const m of all) expect(m.valid, m.name).toBe(true);
    expect(all.map((m) => m.fileName)).toEqual([
      'deployment.layer-1-enterprise.json',
      'deployment.layer-2-site.json',
      'deployment.layer-3-line.json',
    ]);
  });

  it('the top layer: API proxy on 443 routing image pulls to the registry on 5000; edgeHub gives up 443', () => {
    const [top] = manifests(plant);
    const modules = modulesOf(top!);
    const proxy = modules['IoTEdgeAPIProxy']!;
    expect(imageOf(proxy)).toBe('mcr.microsoft.com/azureiotedge-api-proxy:1.1');
    expect(proxy['env']).toMatchObject({
      NGINX_DEFAULT_PORT: { value: '443' },
      DOCKER_REQUEST_ROUTE_ADDRESS: { value: 'registry:5000' },
    });
    expect(optionsOf(proxy['settings'] as Obj).HostConfig.PortBindings).toHaveProperty('443/tcp');
    const registry = modules['registry']!;
    expect(imageOf(registry)).toBe('registry:latest');
    expect(Object.keys(registry['env'] as Obj)).toEqual([
      'REGISTRY_PROXY_REMOTEURL',
      'REGISTRY_PROXY_USERNAME',
      'REGISTRY_PROXY_PASSWORD',
    ]);
    expect(optionsOf(registry['settings'] as Obj).HostConfig.PortBindings).toHaveProperty('5000/tcp');
    const hub = (agentOf(top!)['systemModules'] as Record<string, Obj>)['edgeHub']!;
    const bindings = optionsOf(hub['settings'] as Obj).HostConfig.PortBindings!;
    expect(Object.keys(bindings).sort()).toEqual(['5671/tcp', '8883/tcp']);
    expect(imageOf(hub)).toMatch(/^mcr\.microsoft\.com\//);
    const routes = (top!.manifest.modulesContent.$edgeHub['properties.desired'] as unknown as Obj)['routes'];
    expect(routes).toEqual({ upstream: 'FROM /messages/* INTO $upstream' });
  });

  it('a middle layer: its own API proxy (no registry route), images through its parent', () => {
    const [, site] = manifests(plant);
    const modules = modulesOf(site!);
    expect(modules['registry']).toBeUndefined();
    const proxy = modules['IoTEdgeAPIProxy']!;
    expect(imageOf(proxy)).toBe('$upstream:443/azureiotedge-api-proxy:1.1');
    expect(proxy['env']).toEqual({ NGINX_DEFAULT_PORT: { value: '443' } });
    const system = agentOf(site!)['systemModules'] as Record<string, Obj>;
    expect(imageOf(system['edgeAgent']!)).toMatch(/^\$upstream:443\/azureiotedge-agent:/);
    expect(imageOf(system['edgeHub']!)).toMatch(/^\$upstream:443\/azureiotedge-hub:/);
    expect(site!.notes.join(' ')).toMatch(/parent_hostname = "<FQDN or IP of its parent in layer 1>"/);
  });

  it('the bottom layer: no API proxy, every image through its parent, its modules’ route to $upstream', () => {
    const [, , line] = manifests(plant);
    const modules = modulesOf(line!);
    expect(Object.keys(modules)).toEqual(['opcpublisher']);
    expect(imageOf(modules['opcpublisher']!)).toBe('$upstream:443/iotedge/opc-publisher:2.9');
    const hub = (agentOf(line!)['systemModules'] as Record<string, Obj>)['edgeHub']!;
    expect(Object.keys(optionsOf(hub['settings'] as Obj).HostConfig.PortBindings!)).toContain('443/tcp');
    const routes = (line!.manifest.modulesContent.$edgeHub['properties.desired'] as unknown as Obj)['routes'];
    expect(routes).toEqual({ upstream: 'FROM /messages/modules/* INTO $upstream' });
  });

  it('without the registry, lower layers are told how else to get their images', () => {
    const [top, site] = manifests({ ...plant, registry: false });
    expect(modulesOf(top!)['registry']).toBeUndefined();
    expect(
      (modulesOf(top!)['IoTEdgeAPIProxy']!['env'] as Obj)['DOCKER_REQUEST_ROUTE_ADDRESS'],
    ).toBeUndefined();
    expect(site!.notes.join(' ')).toMatch(/imagePullPolicy to never/);
  });
});
