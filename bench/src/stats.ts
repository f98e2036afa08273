import { build } from 'hdr-histogram-js';

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Latencies in milliseconds, recorded into an HDR histogram (1 µs resolution). */
export function createLatencyRecorder() {
  const histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
  return {
    record(ms: number) {
      histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
    },
    summary(): LatencySummary {
      return {
        count: histogram.totalCount,
        p50: histogram.getValueAtPercentile(50) / 1000,
        p99: histogram.getValueAtPercentile(99) / 1000,
        max: histogram.maxValue / 1000,
      };
    },
  };
}

/** Samples this process's resident set size until stopped; returns the peak in MiB. */
export function sampleRss(intervalMs = 100) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.round((Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) * 10) / 10;
    },
  };
}

export const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}
