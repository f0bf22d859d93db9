import type { Config } from '../config';
import type { Logger } from '../log';
import type { Faculty } from '../mentors/faculty';
import type { RecordSink } from './sink';
import { XapiSink } from './xapi-sink';

/** The destinations the settings name: the LRS (XAPI_*) and Viva Learning (VIVA_*). */
export function reportingSinks(config: Config, _faculty: Faculty, log: Logger): RecordSink[] {
  const sinks: RecordSink[] = [];
  if (config.reporting.xapi) sinks.push(new XapiSink(config.reporting.xapi, log.child({ component: 'xapi' })));
  return sinks;
}
