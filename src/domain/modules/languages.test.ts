import { describe, expect, it } from 'vitest';
import { knownApplication } from './languages.ts';

describe('knownApplication: the server application an image runs', () => {
  it.each([
    ['influxdb:1.8.10', 'InfluxDB (time-series database)'],
    ['docker.io/library/influxdb:2.7', 'InfluxDB (time-series database)'],
    ['grafana/grafana:11.2.0', 'Grafana (dashboards)'],
    ['grafana/grafana-oss:11.2.0', 'Grafana (dashboards)'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'SQL Server on Linux (database)'],
    ['mcr.microsoft.com/mssql/rhel/server:2022-latest', 'SQL Server on Linux (database)'],
    [
      'mcr.microsoft.com/azure-sql-edge/developer:latest',
      'Azure SQL Edge (database; retired by Microsoft on 2025-09-30)',
    ],
  ])('recognises the vendor image %s', (image, what) => {
    expect(knownApplication(image, 'module')).toEqual({
      application: expect.objectContaining({ what }),
      fromName: false,
    });
  });

  it('asks to confirm a custom image that only shares the last path segment', () => {
    expect(knownApplication('acme.azurecr.io/dashboards/grafana:0.1', 'dashboards')?.fromName).toBe(true);
  });

  it('goes by the name only for an empty or placeholder image, and only for an exact name', () => {
    expect(knownApplication('', 'influx')?.fromName).toBe(true);
    expect(knownApplication('${MODULES.historian}', 'historian')).toBeNull();
    expect(knownApplication('', 'influx-writer')).toBeNull();
    expect(knownApplication('myacr.azurecr.io/filter:1.0', 'grafana')).toBeNull();
  });
});
