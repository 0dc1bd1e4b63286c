/**
 * Progress of a long import on a terminal: rows read, then checked, then written, with the
 * rate and the time left, drawn on stderr by cli-progress. Nothing is drawn for an import
 * that ends within `delayMs`, when output is not a terminal, or for --format json.
 */
import { SingleBar } from 'cli-progress';
import type { ImportProgress } from '../data/import/import-files.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write: (text: string) => unknown;
}

export interface ImportProgressDisplay {
  onProgress: (progress: ImportProgress) => void;
  stop: () => void;
}

const PHASE_WORDS: Record<ImportProgress['phase'], string> = { read: 'Reading', check: 'Checking', write: 'Writing', done: 'Done' };
/** An import shorter than this shows nothing. */
export const PROGRESS_DELAY_MS = 2000;

export function createImportProgress(options: { stream: ProgressStream; enabled: boolean; delayMs?: number; now?: () => number }): ImportProgressDisplay {
  const quiet: ImportProgressDisplay = { onProgress: () => undefined, stop: () => undefined };
  if (!options.enabled || !options.stream.isTTY) return quiet;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? PROGRESS_DELAY_MS;
  let bar: SingleBar | undefined;
  let phase: ImportProgress['phase'] | undefined;
  let phaseStarted = started;
  return {
    onProgress(progress) {
      if (progress.phase !== phase) {
        phase = progress.phase;
        phaseStarted = now();
      }
      if (!bar && now() - started < delay) return;
      const seconds = Math.max((now() - phaseStarted) / 1000, 0.001);
      const payload = { phase: PHASE_WORDS[progress.phase].padEnd(8), rate: Math.round(progress.rows / seconds).toLocaleString('en-GB') };
      // While reading, the total is not known yet: the bar shows rows so far against a total that grows with them.
      const total = progress.total ?? Math.max(progress.rows, 1);
      if (!bar) {
        bar = new SingleBar({
          stream: options.stream as NodeJS.WritableStream,
          format: '{phase} |{bar}| {value}/{total} rows | {rate} rows/s | {eta_formatted} left',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 20,
          fps: 5,
          noTTYOutput: false,
        });
        bar.start(total, progress.rows, payload);
        return;
      }
      bar.setTotal(total);
      bar.update(progress.rows, payload);
    },
    stop() {
      bar?.stop();
    },
  };
}
