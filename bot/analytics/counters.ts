/** The aggregate store's additive counters, as the analytics domain uses them. */
export { mergeCounters, type Counters } from '../store/aggregates';
