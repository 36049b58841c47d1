/** Polls `test` every 10 ms until it holds; rejects after `timeout` ms naming what was awaited. */
export function until(what: string, test: () => boolean, timeout = 3000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (test()) return resolve();
      if (performance.now() - started > timeout) return reject(new Error(`Timed out after ${timeout} ms waiting for ${what}`));
      setTimeout(check, 10);
    };
    check();
  });
}
