/**
 * Compatibility checks: what in the chosen platform (and the accelerator choice) IoT Edge supports today, with a
 * severity and a remedy for each finding. Rules come from the support data in ./os-support.ts (each row cites its
 * primary source) and are evaluated against IoT Edge 1.6 LTS, the only supported line on REFERENCE_DATE.
 *
 * Finding ids are stable (the UI, the report and tests key on them) and unique within one result.
 */
import type { Answers, Hosting } from '../answers.ts';
import type { Finding, Severity } from '../types.ts';
import {
  CONTAINER_ENGINE_SUPPORT,
  EFLOW_END_OF_SUPPORT,
  EFLOW_ISSUE_319,
  EFLOW_NESTED_VIRTUALIZATION_SOURCE,
  EFLOW_SOURCE,
  EFLOW_VERSION_HISTORY,
  EFLOW_VM_DEFAULTS,
  IOT_EDGE_RELEASES,
  isReleaseSupported,
  OS_SUPPORT,
  osTier,
  PI_OS_TRIXIE_SOURCE,
  SUPPORT_DATA_CHECKED,
  SUPPORT_MD_2023,
} from './os-support.ts';

const COMPATIBILITY_SCRIPT =
  'https://github.com/Azure/iotedge/blob/9a2d22c2575e2a0e4756455244da1d04b41ef9b6/platform-validation/scripts/aziot-compatibility.sh';
const WINDOWS_CONTAINERS_ENDED =
  'https://github.com/LuBu0505/mc-docs.zh-cn/blob/47683c77e3352db3cb66e26be50baedb68826ca9/articles/iot-edge/support.md ; (secondary: a fork of Microsoft’s Chinese docs with the support page’s 2021 text; no primary copy found)';
const SUPPORT_MD_2020 =
  'https://github.com/MicrosoftDocs/azure-docs/blob/0010dc2/articles/iot-edge/support.md';
const BUILD_MATRIX = 'https://github.com/Azure/iotedge/blob/main/builds/misc/templates/build-packages.yaml';

const HOSTING_LABEL: Record<Hosting, string> = {
  'bare-metal': 'bare metal',
  'hyper-v': 'Hyper-V',
  vsphere: 'VMware vSphere',
  kvm: 'KVM',
  'azure-vm': 'an Azure VM',
  'other-vm': 'a virtual machine',
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function versionFindings(answers: Answers): Finding[] {
  const version = answers.platform.iotEdgeVersion;
  const release = IOT_EDGE_RELEASES[version];
  const current = IOT_EDGE_RELEASES['1.6'];
  if (isReleaseSupported(version)) {
    return [
      {
        id: 'version-supported',
        severity: 'info',
        title: `${release.label} is supported`,
        message: `${release.label} (${release.dotnet}) is serviced until ${release.endOfSupport} (Microsoft's lifecycle as checked on ${SUPPORT_DATA_CHECKED}).`,
        remedy: 'None needed. Plan the move to the next LTS about six months before this one ends.',
        field: 'platform.iotEdgeVersion',
        source: release.source,
      },
    ];
  }
  return [
    {
      id: 'version-end-of-support',
      severity: 'error',
      title: `${release.label} is past end of support`,
      message:
        `${release.label} reached end of support on ${release.endOfSupport} (Microsoft's lifecycle as checked on ${SUPPORT_DATA_CHECKED}): ` +
        'it gets no security fixes and Microsoft support will not help with it.',
      remedy: `Upgrade to ${current.label}, supported until ${current.endOfSupport}.`,
      field: 'platform.iotEdgeVersion',
      source: release.source,
    },
  ];
}

function osFindings(answers: Answers): Finding[] {
  const { hostOs, architecture } = answers.platform;
  const os = OS_SUPPORT[hostOs];
  // Windows hosts are covered by the EFLOW findings; armv6 by the architecture error.
  if (os.family === 'windows' || architecture === 'armv6') return [];
  const field = 'platform.hostOs';

  if (hostOs === 'rhel-8' || hostOs === 'rhel-9') {
    if (architecture !== 'amd64') {
      return [
        {
          id: 'os-rhel-arm',
          severity: 'error',
          title: `${os.label} on ${architecture} is not supported`,
          message: `IoT Edge packages for ${os.label} exist for amd64 only.`,
          remedy: `Use amd64 hardware for ${os.label}, or run Ubuntu 24.04 or Debian 12 on ${architecture}.`,
          field,
          source: os.source,
        },
      ];
    }
  }

  if (os.removedIn !== null) {
    return [
      {
        id: 'os-removed',
        severity: 'error',
        title: `${os.label} is no longer supported`,
        message: `${os.label} was removed in IoT Edge ${os.removedIn}. ${os.notes}`,
        remedy: 'Move to Debian 12 or Ubuntu 24.04 (tier 1 on amd64 and arm64).',
        field,
        source: os.source,
      },
    ];
  }

  if (hostOs === 'debian-13' || hostOs === 'raspberry-pi-os-trixie') {
    return [
      {
        id: 'os-debian-13',
        severity: 'warning',
        title: `${os.label}: not listed by Microsoft, no IoT Edge 1.6 packages`,
        message:
          `${os.notes} Microsoft does not list Debian 13 or Raspberry Pi OS Trixie for IoT Edge 1.6; installing the ` +
          `Debian 12 packages on it is untested. Support data checked on ${SUPPORT_DATA_CHECKED}.`,
        remedy:
          'Use Debian 12 (tier 1 on amd64, arm64 and arm32v7), a Bookworm-based Raspberry Pi OS image, or Ubuntu Server 24.04 arm64 (tier 1).',
        field,
        source: `${BUILD_MATRIX} ; ${PI_OS_TRIXIE_SOURCE}`,
      },
    ];
  }

  const tier = osTier(hostOs, architecture);
  if (tier === 'tier1') {
    return [
      {
        id: 'os-tier-1',
        severity: 'info',
        title: `${os.label} on ${architecture} is tier 1`,
        message: `Microsoft tests IoT Edge 1.6 on ${os.label} ${architecture} and ships packages for it. ${os.notes}`,
        remedy: 'None needed.',
        field,
        source: os.source,
      },
    ];
  }
  if (tier === 'not-listed') {
    return [
      {
        id: 'os-not-listed',
        severity: 'warning',
        title: `${os.label} on ${architecture} is not listed by Microsoft`,
        message: `${os.notes} Support data checked on ${SUPPORT_DATA_CHECKED}.`,
        remedy:
          architecture === 'arm32v7'
            ? 'For a listed OS on 32-bit ARM use Debian 12 (tier 1); better, use arm64 with Debian 12 or Ubuntu 24.04.'
            : hostOs === 'raspberry-pi-os-bookworm'
              ? 'It is Debian 12 based and the Debian 12 packages install on it; for an OS Microsoft lists by name, use Ubuntu Server 24.04 arm64 (tier 1; runs on Raspberry Pi 3, 4 and 5) or Debian 12.'
              : 'For a listed (tier 1) OS use Debian 12, Ubuntu 22.04/24.04, Ubuntu Core, Azure Linux 3 or (amd64) RHEL 8/9.',
        field,
        source: os.source,
      },
    ];
  }
  if (tier === 'tier2') {
    return [
      {
        id: 'os-tier-2',
        severity: 'warning',
        title: `${os.label} on ${architecture} is tier 2`,
        message: `Tier 2 means compatible but not tested by Microsoft; packages for other platforms may work. ${os.notes}`,
        remedy:
          architecture === 'arm32v7'
            ? 'For tier 1 on 32-bit ARM use Debian 12 (or a Bookworm-based Raspberry Pi OS); better, use arm64.'
            : 'For tier 1 use Debian 12, Ubuntu 22.04/24.04, Ubuntu Core, Azure Linux 3 or (amd64) RHEL 8/9.',
        field,
        source: os.source,
      },
    ];
  }
  return [
    {
      id: 'os-unsupported',
      severity: 'error',
      title: `${os.label} on ${architecture} is not supported`,
      message: `There are no IoT Edge 1.6 packages for ${os.label} on ${architecture}. ${os.notes}`,
      remedy: 'Pick an OS with packages for this architecture: Debian 12 covers amd64, arm64 and arm32v7.',
      field,
      source: os.source,
    },
  ];
}

function engineFindings(answers: Answers): Finding[] {
  const { hostOs, containerEngine } = answers.platform;
  const engine = CONTAINER_ENGINE_SUPPORT[containerEngine];
  const field = 'platform.containerEngine';
  if (OS_SUPPORT[hostOs].family === 'windows') {
    return [
      {
        id: 'engine-eflow',
        severity: 'info',
        title: 'EFLOW brings its own container engine',
        message:
          'On Windows, IoT Edge runs in the EFLOW Linux VM, which ships Moby inside the VM; the engine choice does not apply to the Windows host.',
        remedy: 'None needed.',
        field,
        source: EFLOW_SOURCE,
      },
    ];
  }
  if (hostOs === 'ubuntu-core') {
    if (containerEngine === 'docker-snap') {
      return [
        {
          id: 'engine-docker-snap',
          severity: 'info',
          title: 'Docker snap on Ubuntu Core is supported for production',
          message: engine.notes,
          remedy: 'None needed.',
          field,
          source: engine.source,
        },
      ];
    }
    return [
      {
        id: 'engine-ubuntu-core-needs-snap',
        severity: 'warning',
        title: `${engine.label} is not the Ubuntu Core engine`,
        message:
          'On Ubuntu Core, the IoT Edge snaps use the Docker snap, which Canonical services for production.',
        remedy: 'Use the Docker snap on Ubuntu Core.',
        field,
        source: CONTAINER_ENGINE_SUPPORT['docker-snap'].source,
      },
    ];
  }
  if (containerEngine === 'moby') {
    return [
      {
        id: 'engine-moby',
        severity: 'info',
        title: 'Moby is the recommended engine',
        message: engine.notes,
        remedy: 'None needed.',
        field,
        source: engine.source,
      },
    ];
  }
  if (containerEngine === 'docker-snap') {
    return [
      {
        id: 'engine-docker-snap-outside-ubuntu-core',
        severity: 'warning',
        title: 'Docker snap outside Ubuntu Core',
        message:
          'The Docker snap is supported for production only as part of Ubuntu Core; on other systems it is not a documented IoT Edge engine.',
        remedy: 'Install moby-engine from packages.microsoft.com, or move to Ubuntu Core.',
        field,
        source: engine.source,
      },
    ];
  }
  return [
    {
      id: 'engine-docker-best-effort',
      severity: 'warning',
      title: `${engine.label} gets best-effort support only`,
      message: engine.notes,
      // IoT Edge 1.6 calls the engine at Docker Engine API v1.41 (Docker 20.10, Debian 12's dockerd):
      // https://github.com/Azure/iotedge/pull/7510 (CHANGELOG 1.6.0).
      remedy:
        'Use moby-engine in production, as Microsoft recommends. If you keep Docker, it must be Engine 20.10 or newer: IoT Edge 1.6 talks to it at API v1.41.',
      field,
      source: engine.source,
    },
  ];
}

function containerOsFindings(answers: Answers): Finding[] {
  const { hostOs, containerOs, architecture } = answers.platform;
  const family = OS_SUPPORT[hostOs].family;
  const findings: Finding[] = [];
  if (containerOs === 'windows') {
    findings.push({
      id: 'container-os-windows',
      severity: 'error',
      title: 'Windows containers are no longer supported',
      message:
        'The old rule was: Windows containers on Windows hosts, with process isolation only. IoT Edge 1.1 LTS was the ' +
        'last release with Windows containers, and it ended on 2022-12-13; from 1.2 on, Windows containers are not supported.',
      remedy:
        'Build the modules as Linux containers. On a Windows host, run them with IoT Edge for Linux on Windows (EFLOW), a Linux VM.',
      field: 'platform.containerOs',
      source: WINDOWS_CONTAINERS_ENDED,
    });
    if (family === 'linux') {
      findings.push({
        id: 'host-container-family-mismatch',
        severity: 'error',
        title: 'Host and container OS families differ',
        message:
          'The container OS family must match the host OS family: a Linux host runs Linux containers only.',
        remedy: 'Choose Linux containers.',
        field: 'platform.containerOs',
        source: SUPPORT_MD_2020,
      });
    }
  }
  if (family === 'windows') {
    const release = IOT_EDGE_RELEASES[answers.platform.iotEdgeVersion];
    findings.push({
      id: 'windows-host-no-serviced-eflow',
      severity: 'error',
      title: 'No serviced IoT Edge on a Windows host for a new deployment',
      message:
        'On Windows, IoT Edge runs only inside IoT Edge for Linux on Windows (EFLOW), a Linux VM. While EFLOW was ' +
        `serviced, Microsoft listed its Windows hosts as Tier 1. EFLOW 1.5 LTS ended with IoT Edge 1.5 on ${EFLOW_END_OF_SUPPORT}, ` +
        `so ${release.label} on Windows has no serviced EFLOW, and no EFLOW release carrying IoT Edge 1.6 appears in public sources: ` +
        `Azure/iotedge-eflow#319 asks for one, unanswered. Support data checked on ${SUPPORT_DATA_CHECKED}.`,
      remedy:
        'Use a Linux host on the same x86 hardware (Debian 12 or Ubuntu 24.04, tier 1), or run IoT Edge in a Linux VM on Hyper-V or vSphere: choose that Linux OS and the VM under "Bare metal or virtual machine", and Edge Sizer sizes the VM. Recheck Azure/iotedge-eflow#319 before committing to Windows.',
      field: 'platform.hostOs',
      source: `${EFLOW_ISSUE_319} ; ${EFLOW_VERSION_HISTORY} ; ${SUPPORT_MD_2023}`,
    });
    findings.push({
      id: 'windows-host-eflow',
      severity: 'info',
      title: 'How EFLOW would size the Linux VM',
      message:
        `EFLOW's VM takes cpuCount (default ${EFLOW_VM_DEFAULTS.cpuCount}), memoryInMB (an even value of at least ${EFLOW_VM_DEFAULTS.memoryMiB}) and ` +
        `vmDiskSize (${EFLOW_VM_DEFAULTS.minDiskGB} GB to 2 TB, default ${EFLOW_VM_DEFAULTS.diskGB} GB; or vmDataSize, default ${EFLOW_VM_DEFAULTS.dataGB} GB), ` +
        `with a ${EFLOW_VM_DEFAULTS.logSmallGB} or ${EFLOW_VM_DEFAULTS.logLargeGB} GB log partition. Windows needs ${EFLOW_VM_DEFAULTS.hostFreeRamMiB / 1024} GB free RAM and ` +
        `${EFLOW_VM_DEFAULTS.hostFreeDiskGB} GB free disk besides the VM; the estimate includes them.` +
        (architecture === 'arm64' && hostOs === 'windows-client'
          ? ' EFLOW 1.4 LTS shipped an ARM64 installer (AzEFLOWMSI_1_4_LTS_ARM64), listed as Tier 1 while serviced, not a preview.'
          : ''),
      remedy: 'None needed for the estimate; see the error above before choosing Windows.',
      field: 'platform.hostOs',
      source: EFLOW_VM_DEFAULTS.source,
    });
    if (architecture === 'arm32v7' || (architecture === 'arm64' && hostOs === 'windows-server')) {
      findings.push({
        id: 'eflow-arm-unsupported',
        severity: 'error',
        title: `EFLOW does not run on ${hostOs === 'windows-server' ? 'Windows Server ' : 'Windows '}${architecture}`,
        message:
          architecture === 'arm32v7'
            ? 'There is no 32-bit ARM EFLOW.'
            : 'EFLOW listed Windows Server on amd64 only; its ARM64 installer was for Windows 10/11.',
        remedy: `Use an amd64 Windows host, or run a Linux OS with ${architecture} packages (Debian 12).`,
        field: 'platform.architecture',
        source: `${EFLOW_SOURCE} ; ${SUPPORT_MD_2023}`,
      });
    }
  }
  return findings;
}

function hostingFindings(answers: Answers): Finding[] {
  const { hosting, hostOs, containerOs } = answers.platform;
  if (hosting === 'bare-metal') return [];
  const where = HOSTING_LABEL[hosting];
  if (OS_SUPPORT[hostOs].family === 'linux') {
    return [
      {
        id: 'vm-hosting',
        severity: 'info',
        title: `IoT Edge in ${where}`,
        message:
          'IoT Edge is agnostic of the virtualization technology: it works in VMs on platforms like Hyper-V and vSphere. ' +
          `The VM's OS family must match the container OS (a Linux VM for Linux containers${containerOs === 'windows' ? '; Windows containers are not supported' : ''}). ` +
          (hosting === 'azure-vm'
            ? 'Size the VM, not a board: the results grade Azure VM sizes on the same requirements, and the budget is per month.'
            : "Size the VM, not the host: the results give the VM's vCPUs, memory and disk, and what the hypervisor needs on the host besides it."),
        remedy:
          hosting === 'azure-vm'
            ? 'Pick the recommended Azure VM size and give it the OS disk the results name; check its monthly price in your region.'
            : 'Give the VM the vCPUs, memory and disk under "Give the VM", keep the hypervisor\'s overhead free on the host, and pass through any accelerator.',
        field: 'platform.hosting',
        source: SUPPORT_MD_2020,
      },
    ];
  }
  const nested: Record<
    Exclude<Hosting, 'bare-metal'>,
    { severity: Severity; message: string; remedy: string }
  > = {
    'hyper-v': {
      severity: 'warning',
      message:
        'EFLOW in a Hyper-V VM needs nested virtualization enabled on that VM; Windows Server and Azure Stack HCI hosts need the Hyper-V role.',
      remedy:
        'Enable nested virtualization for the Windows VM (Set-VMProcessor -ExposeVirtualizationExtensions $true).',
    },
    vsphere: {
      severity: 'warning',
      message:
        'EFLOW in a VMware VM is supported on Intel-based VMware ESXi 6.7 and 7.0 only, with nested virtualization.',
      remedy: 'Use an Intel-based ESXi 6.7/7.0 host and expose hardware-assisted virtualization to the VM.',
    },
    'azure-vm': {
      severity: 'info',
      message: 'EFLOW is supported in an Azure VM, which must support nested virtualization.',
      remedy: 'Pick an Azure VM size that supports nested virtualization.',
    },
    kvm: {
      severity: 'warning',
      message:
        'EFLOW in a VM is documented for Hyper-V, Intel-based VMware ESXi 6.7/7.0 and Azure VMs only; KVM is not among them.',
      remedy: 'Run a Linux VM with IoT Edge directly on KVM instead of Windows + EFLOW.',
    },
    'other-vm': {
      severity: 'warning',
      message:
        'EFLOW in a VM is documented for Hyper-V, Intel-based VMware ESXi 6.7/7.0 and Azure VMs only (nested virtualization).',
      remedy: 'Use one of the documented platforms, or run a Linux VM with IoT Edge directly.',
    },
  };
  const rule = nested[hosting];
  return [
    {
      id: 'eflow-nested-virtualization',
      severity: rule.severity,
      title: `EFLOW in ${where} needs nested virtualization`,
      message: rule.message,
      remedy: rule.remedy,
      field: 'platform.hosting',
      source: EFLOW_NESTED_VIRTUALIZATION_SOURCE,
    },
  ];
}

function acceleratorFindings(answers: Answers): Finding[] {
  const kind = answers.accelerator.kind;
  if (kind === 'none') return [];
  const findings: Finding[] = [];
  if (answers.platform.architecture === 'arm32v7') {
    findings.push({
      id: 'accelerator-arm32',
      severity: 'warning',
      title: 'Accelerators on 32-bit ARM are limited',
      message:
        kind === 'gpu'
          ? 'Jetson modules and their GPU container images are arm64 only, so no GPU in the catalog serves an arm32v7 platform.'
          : 'Most NPU/VPU runtimes target 64-bit systems first; on arm32v7 the accelerated choices shrink (in this catalog, ' +
            'only a Raspberry Pi with a Coral USB Accelerator).',
      remedy: 'Use arm64 (or amd64) images and a 64-bit OS on accelerated devices.',
      field: 'platform.architecture',
      source:
        'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html',
    });
  }
  if (OS_SUPPORT[answers.platform.hostOs].family === 'windows') {
    findings.push({
      id: 'eflow-accelerator',
      severity: 'info',
      title: 'Accelerators under EFLOW',
      message:
        'EFLOW can pass a GPU into its Linux VM (Discrete Device Assignment or GPU paravirtualization); other accelerators are not documented for EFLOW.',
      remedy: 'Check that the GPU and Windows edition support DDA or GPU-PV before choosing EFLOW.',
      field: 'accelerator.kind',
      source: 'https://learn.microsoft.com/azure/iot-edge/reference-iot-edge-for-linux-on-windows-functions',
    });
  }
  return findings;
}

/**
 * Check the answers against today's support rules (IoT Edge 1.6 LTS, REFERENCE_DATE).
 * Returns findings sorted by severity (errors first), each with a remedy, the answer's dot path and a source.
 */
export function checkCompatibility(answers: Answers): Finding[] {
  const findings: Finding[] = [];
  if (answers.platform.architecture === 'armv6') {
    findings.push({
      id: 'architecture-armv6',
      severity: 'error',
      title: 'armv6 cannot run IoT Edge',
      message:
        '"armv6 architecture is incompatible with IoT Edge due to .NET incompatibility" (Microsoft\'s compatibility ' +
        'script). This rules out the Raspberry Pi Zero (original) and Pi 1.',
      remedy: 'Use an ARMv7 or ARMv8 device (Raspberry Pi 3 or newer) with arm32v7 or, better, arm64 images.',
      field: 'platform.architecture',
      source: COMPATIBILITY_SCRIPT,
    });
  }
  findings.push(
    ...versionFindings(answers),
    ...osFindings(answers),
    ...engineFindings(answers),
    ...containerOsFindings(answers),
    ...hostingFindings(answers),
    ...acceleratorFindings(answers),
  );
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}
