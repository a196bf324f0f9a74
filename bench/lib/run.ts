/** Runs a bench's main: any failure is printed and the process exits non-zero. */
export function runBench(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
