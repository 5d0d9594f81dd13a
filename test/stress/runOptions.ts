/**
 * `--name N` options of the stress and fuzz commands: positive whole numbers, a clear Italian refusal otherwise.
 * Why one place: `npm run stress` and `npm run fuzz` read their options alike.
 */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`Valore non valido per --${name}: «${process.argv[at + 1]}» (un numero intero positivo).`);
    process.exit(2);
  }
  return value;
}
