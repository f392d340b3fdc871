/**
 * The fixed parts of the stack, shared by the RAM, CPU and storage functions: which assumption applies to the
 * host OS and to the IoT Edge host daemons on this architecture.
 */
import type { AssumptionId } from '../assumptions.ts';
import type { OsFamily, SizedArch } from './context.ts';
import { idsByKey } from './range.ts';

export const OS_LABEL: Record<OsFamily, string> = {
  'raspberry-pi-os': 'Raspberry Pi OS Lite',
  debian: 'Debian (no desktop)',
  'ubuntu-server': 'Ubuntu Server',
  'ubuntu-core': 'Ubuntu Core',
  rhel: 'Red Hat Enterprise Linux',
  'azure-linux': 'Azure Linux',
  yocto: 'Yocto image',
  'windows-client': 'Windows 10/11 IoT Enterprise host',
  'windows-server': 'Windows Server host',
};

export function osRamId(family: OsFamily): AssumptionId {
  return `os.ram.${family}`;
}

export function osDiskId(family: OsFamily): AssumptionId {
  return `os.disk.${family}`;
}

export function osCpuId(family: OsFamily): AssumptionId {
  return family === 'windows-client' || family === 'windows-server' ? 'os.cpu.windows' : 'os.cpu.linux';
}

export function daemonsRamId(arch: SizedArch): AssumptionId {
  return `daemons.ram.${arch}`;
}

export function daemonsDiskId(arch: SizedArch): AssumptionId {
  return arch === 'amd64' ? 'daemons.disk.amd64' : 'daemons.disk.arm';
}

/** Image size relative to amd64 on this architecture. */
export function archFactorId(arch: SizedArch): AssumptionId | null {
  return arch === 'amd64' ? null : ARCH_FACTOR_IDS[arch];
}

/** Made once (see idsByKey in range.ts): archFactorId is read for every module image. */
const ARCH_FACTOR_IDS: Record<Exclude<SizedArch, 'amd64'>, AssumptionId> = idsByKey('image.arch-factor.', [
  'arm32v7',
  'arm64',
] as const);
