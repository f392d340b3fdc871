/**
 * Version of the sizing model: its formulas and the constants in the assumptions register.
 *
 * It exists so that a number can always be traced to the model that produced it. Share links and the
 * printed report carry it; when a link made with an older model is opened, the app can say that the
 * figures were recomputed with a newer model instead of silently showing different numbers.
 * Format: YYYY.MM.N, where N counts releases of the model within a month. Bump it whenever a formula
 * or an assumption's value changes.
 *
 * - 2026.11.1: the first model.
 * - 2026.11.2: a module that runs a well-known server application (InfluxDB, Grafana, Azure SQL Edge, SQL Server)
 *   is never sized below its vendor's memory figure (assumptions app.min-ram.*).
 * - 2026.12.1: grades mean their words. Per resource (CPU, RAM, storage, accelerator): fit = the typical need
 *   with headroom fits and so does the high estimate (before headroom); tight = only the typical need before
 *   headroom fits; insufficient = not even that (was: tight = fits at the low estimate). See ADR 006.
 *   In the same release: edgeHub and edgeAgent are counted at no less than the maintainers' 300 / 100 MB at typical
 *   and high, the same figures the manifest export limits them to (Azure/iotedge#6983, #4545); the inference runtime
 *   is counted in the module that runs it; modules recognised in the catalog of known modules are sized by their
 *   published needs (RAM, CPU, disk, GPU, architecture); edgeHub CPU per routed message 1 → 1.5 ms (0.75–3,
 *   calibrated on Azure/iotedge#6578) and CPU marked low confidence; storage wear (bytes written per day, storage
 *   life); EFLOW VM disk floor 29 GB and the Windows host's 1 GB RAM + 10 GB disk kept free; the update room follows
 *   deployments per month (7-day image cleanup); devices are ruled out by host OS and TPM; dated catalog prices.
 * - 2026.12.2: the budget is a state beside the grade ("over budget by $N", never "insufficient"); the verdict (why
 *   this device, one step up, one step down, the closest devices when nothing fits); VM hosting is sized as a VM
 *   (vCPU, RAM, disk, and the hypervisor's overhead) and an Azure VM against Azure sizes with a monthly budget;
 *   every breakdown row cites exactly the assumptions it reads (three rows cited wrong ones); a peak below the
 *   average is taken as the average, with a finding.
 * - 2026.12.3: the catalog grows from 22 to 36 classes (fanless Arm and x86 gateways, Windows x86 boxes, x86 PCs
 *   with an NVIDIA GPU, Jetson industrial boxes, edge servers with A2 / T4 / L4), so verdicts may name other
 *   devices; the fleet plan (IoT Hub edition and units from 4 KB-metered messages a day, energy, cost over the
 *   service life) is new; the estimate's numbers are unchanged by the speed work (explanations written when read).
 * - 2026.12.4: a device can be a gateway: downstream devices (data.downstreamDevices, their protocol and messages
 *   per minute) load edgeHub (RAM per connection, an estimate; routing CPU; their upstream share joins the offline
 *   queue, the uplink and flash wear), with the MaxConnectedClients finding above 100 clients; a layered topology
 *   (1–5 layers) sizes each layer with the traffic of every layer below it, the API proxy on each layer with
 *   children and a registry on the top layer. With no downstream devices every estimate is unchanged.
 */
export const MODEL_VERSION = '2026.12.4';
