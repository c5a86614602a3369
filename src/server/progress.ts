/** One self-overwriting progress line on a terminal, plain lines in logs and CI. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stdout) {
  let lastStep = '';
  let lastPrinted = 0;
  return {
    update(step: string, done: number, total: number) {
      const line = `  ${step} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`);
        if (done >= total) stream.write('\n');
        return;
      }
      // Without a terminal: the first, every ~25 %, and the last line of each step.
      const quarter = Math.floor((done / Math.max(total, 1)) * 4);
      if (step !== lastStep || done >= total || quarter > lastPrinted) {
        stream.write(`${line}\n`);
        lastPrinted = step !== lastStep ? 0 : quarter;
        lastStep = step;
      }
    },
  };
}
