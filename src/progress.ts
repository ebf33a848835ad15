/** Progress of a build, stage by stage, and the time each stage took. */

/** A progress event: a stage started (no counts) or advanced (`done` of `total`). */
export interface Progress {
  stage: string;
  done?: number;
  total?: number;
}

export type OnProgress = (event: Progress) => void;

/** Times consecutive stages; `timings` holds milliseconds per stage name, in order. */
export class StageTimer {
  readonly timings: Record<string, number> = {};
  private current?: { stage: string; started: number };

  constructor(private readonly onProgress?: OnProgress) {}

  /** Ends the running stage (if any) and starts `stage`. */
  start(stage: string): void {
    this.end();
    this.current = { stage, started: performance.now() };
    this.onProgress?.({ stage });
  }

  /** Ends the running stage. */
  end(): void {
    if (!this.current) return;
    const { stage, started } = this.current;
    this.timings[stage] = (this.timings[stage] ?? 0) + Math.round(performance.now() - started);
    this.current = undefined;
  }
}
