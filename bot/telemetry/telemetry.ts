import { SpanStatusCode, type Counter, type Histogram, type Meter, type Span, type Tracer } from '@opentelemetry/api';

/**
 * Attribute values HALI puts on spans and metrics. Only fixed vocabularies and counts belong here:
 * never message text, names, Teams/Entra ids, conversation ids or document keys.
 */
export type TelemetryAttributes = Readonly<Record<string, string | number | boolean>>;

/** What a traced function may do with its span: add attributes it learns while running. */
export interface SpanHandle {
  set(attributes: TelemetryAttributes): void;
  /** False when nothing is recorded (no exporter configured). */
  isRecording(): boolean;
}

/** What one nudge sweep did, as the sweep reports it. */
export interface NudgeRunSummary {
  readonly claimed: number;
  readonly sent: number;
  readonly skipped: number;
  readonly unreachable: number;
  readonly failed: number;
  readonly ms: number;
}

/** One model call: which model, whether it or the offline mentor answered, tokens and time. */
export interface ModelCallSummary {
  readonly model: string;
  readonly answeredBy: 'model' | 'offline';
  readonly tokens: number;
  readonly ms: number;
}

/** One store operation, by container and outcome. */
export interface StoreCallSummary {
  readonly store: string;
  readonly container: string;
  readonly operation: string;
  readonly outcome: string;
  readonly ms: number;
}

/**
 * HALI's traces and metrics. Code outside the edge calls `traced` (or `nudgeRun`) and never imports
 * OpenTelemetry itself.
 */
export interface Telemetry {
  /** "azure-monitor" when exporting to Application Insights, "none" when nothing leaves the process, "custom" in tests. */
  readonly exporter: 'azure-monitor' | 'none' | 'custom';
  /** Runs `fn` inside a span called `name`; an error marks the span failed (by error type only) and is rethrown. */
  traced<T>(name: string, attributes: TelemetryAttributes, fn: (span: SpanHandle) => Promise<T>): Promise<T>;
  /** Records a chat turn's count and duration. */
  turnCompleted(attributes: TelemetryAttributes, ms: number): void;
  modelCall(summary: ModelCallSummary): void;
  storeCall(summary: StoreCallSummary): void;
  /** Records a nudge sweep: a span with the counts, and counters per outcome. */
  nudgeRun(summary: NudgeRunSummary): void;
  /** Flushes whatever is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

interface Instruments {
  turns: Counter;
  turnDuration: Histogram;
  modelCalls: Counter;
  modelDuration: Histogram;
  modelTokens: Counter;
  storeOperations: Counter;
  storeDuration: Histogram;
  nudgeRuns: Counter;
  nudges: Counter;
  nudgeRunDuration: Histogram;
}

function instruments(meter: Meter): Instruments {
  return {
    turns: meter.createCounter('hali.turns', { description: 'Activities processed' }),
    turnDuration: meter.createHistogram('hali.turn.duration', { description: 'Time to process an activity', unit: 'ms' }),
    modelCalls: meter.createCounter('hali.model.calls', { description: 'Mentor model calls, by who answered' }),
    modelDuration: meter.createHistogram('hali.model.duration', { description: 'Time a mentor model call took', unit: 'ms' }),
    modelTokens: meter.createCounter('hali.model.tokens', { description: 'Model tokens used (prompt and answer)' }),
    storeOperations: meter.createCounter('hali.store.operations', { description: 'Document store operations' }),
    storeDuration: meter.createHistogram('hali.store.duration', { description: 'Time a store operation took', unit: 'ms' }),
    nudgeRuns: meter.createCounter('hali.nudge.runs', { description: 'Nudge sweeps' }),
    nudges: meter.createCounter('hali.nudges', { description: 'Learners handled by nudge sweeps, by outcome' }),
    nudgeRunDuration: meter.createHistogram('hali.nudge.run.duration', { description: 'Time a nudge sweep took', unit: 'ms' }),
  };
}

function handle(span: Span): SpanHandle {
  return { set: (attributes) => span.setAttributes(attributes), isRecording: () => span.isRecording() };
}

export interface TelemetryParts {
  readonly tracer: Tracer;
  readonly meter: Meter;
  readonly exporter: Telemetry['exporter'];
  readonly shutdown?: () => Promise<void>;
}

/** Telemetry over a given tracer and meter (global ones in production, in-memory ones in tests). */
export function createTelemetry({ tracer, meter, exporter, shutdown }: TelemetryParts): Telemetry {
  const m = instruments(meter);
  return {
    exporter,
    traced(name, attributes, fn) {
      return tracer.startActiveSpan(name, { attributes }, async (span) => {
        try {
          return await fn(handle(span));
        } catch (error) {
          // The error's type only: messages can carry ids or text from the request.
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.setAttribute('error.type', (error as Error)?.name ?? 'Error');
          throw error;
        } finally {
          span.end();
        }
      });
    },
    turnCompleted(attributes, ms) {
      m.turns.add(1, attributes);
      m.turnDuration.record(ms, attributes);
    },
    modelCall({ model, answeredBy, tokens, ms }) {
      const attributes = { 'hali.model.kind': model, 'hali.model.answered_by': answeredBy };
      m.modelCalls.add(1, attributes);
      m.modelDuration.record(ms, attributes);
      if (tokens > 0) m.modelTokens.add(tokens, { 'hali.model.kind': model });
    },
    storeCall({ store, container, operation, outcome, ms }) {
      const attributes = { 'db.system': store, 'hali.store.container': container, 'hali.store.operation': operation, 'hali.store.outcome': outcome };
      m.storeOperations.add(1, attributes);
      m.storeDuration.record(ms, { 'db.system': store, 'hali.store.container': container, 'hali.store.operation': operation });
    },
    nudgeRun(summary) {
      const span = tracer.startSpan('hali.nudge.run', {
        attributes: {
          'hali.nudge.claimed': summary.claimed,
          'hali.nudge.sent': summary.sent,
          'hali.nudge.skipped': summary.skipped,
          'hali.nudge.unreachable': summary.unreachable,
          'hali.nudge.failed': summary.failed,
          'hali.nudge.ms': summary.ms,
        },
      });
      if (summary.failed > 0) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      m.nudgeRuns.add(1);
      m.nudgeRunDuration.record(summary.ms);
      for (const outcome of ['sent', 'skipped', 'unreachable', 'failed'] as const) {
        if (summary[outcome] > 0) m.nudges.add(summary[outcome], { 'hali.nudge.outcome': outcome });
      }
    },
    shutdown: shutdown ?? (async () => undefined),
  };
}
