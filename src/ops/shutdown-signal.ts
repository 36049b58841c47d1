export interface ShutdownSignal {
  /** Resolves with the signal's name on the first SIGINT or SIGTERM. */
  readonly received: Promise<NodeJS.Signals>;
  /** Removes the handlers. */
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM from the start, so a signal during start-up still shuts down
 * cleanly. A second signal while shutting down exits at once with code 130.
 */
export function onShutdownSignal(onForced: () => void): ShutdownSignal {
  let first = true;
  let resolve: (signal: NodeJS.Signals) => void = () => {};
  const received = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const handler = (signal: NodeJS.Signals): void => {
    if (first) {
      first = false;
      resolve(signal);
      return;
    }
    onForced();
    process.exit(130);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    received,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
