export async function run(): Promise<void> {
  process.stdout.write('main\n');
}
