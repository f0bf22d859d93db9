import type { Config } from '../config';
import type { Logger } from '../log';
import type { VivaEngine } from '../viva';
import { VivaSink } from '../viva/sink';
import type { RecordSink } from './sink';
import { XapiSink } from './xapi-sink';

/** The destinations the settings name: the LRS (XAPI_*) and Viva Learning (VIVA_*). */
export function reportingSinks(config: Config, log: Logger, viva?: VivaEngine): RecordSink[] {
  const sinks: RecordSink[] = [];
  if (config.reporting.xapi) sinks.push(new XapiSink(config.reporting.xapi, log.child({ component: 'xapi' })));
  if (config.reporting.viva && viva) sinks.push(new VivaSink(viva.graph, config.reporting.viva.providerId, log.child({ component: 'viva' })));
  return sinks;
}
