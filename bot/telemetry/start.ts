import { metrics, trace } from '@opentelemetry/api';
import type { Config } from '../config';
import { createTelemetry, type Telemetry } from './telemetry';

/** Telemetry through the global OpenTelemetry API: records and exports nothing until an SDK is registered. */
export function globalTelemetry(version?: string, exporter: Telemetry['exporter'] = 'none', shutdown?: () => Promise<void>): Telemetry {
  return createTelemetry({ tracer: trace.getTracer('hali', version), meter: metrics.getMeter('hali', version), exporter, shutdown });
}

/**
 * Exports to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise no
 * SDK is registered, so spans and metrics are no-ops and nothing leaves the process.
 */
export async function startTelemetry(config: Config, version?: string): Promise<Telemetry> {
  if (!config.appInsightsConnectionString) return globalTelemetry(version);
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  const off = { enabled: false };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: config.appInsightsConnectionString },
    enableLiveMetrics: false,
    // Every trace, not a rate-limited sample: HALI's spans are few per turn and carry no content.
    samplingRatio: 1,
    tracesPerSecond: 0,
    // Automatic HTTP and Azure SDK spans would carry request URLs, which hold Teams conversation ids
    // and Cosmos DB document keys. HALI's own spans (turns, model calls, store calls) replace them.
    instrumentationOptions: { http: off, azureSdk: off, mongoDb: off, mySql: off, postgreSql: off, redis: off, redis4: off, bunyan: off, winston: off },
  });
  return globalTelemetry(version, 'azure-monitor', () => shutdownAzureMonitor());
}
