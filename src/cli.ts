export async function runCli(argv: string[]): Promise<number> {
  process.stdout.write(`hello ${argv.join(' ')}\n`);
  return 0;
}
