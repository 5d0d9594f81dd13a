/**
 * Parses `--name value`, `--name=value` and `--flag` against a command's option specs.
 * Why strict: an unknown or misspelt option must stop the command with a clear message, never be ignored.
 */
import { CliError, EXIT, type CliCommand, type ParsedOptions } from './command';

export function parseOptions(command: CliCommand, args: readonly string[]): ParsedOptions {
  const parsed: ParsedOptions = {};
  const usage = (message: string) =>
    new CliError(`${message} (vedere: npm run pira -- help --command ${command.name})`, EXIT.usage);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    const positional = Object.keys(command.options).find((n) => command.options[n]?.positional && (parsed[n] === undefined || command.options[n]?.repeatable));
    if (!match && positional && !arg.startsWith('--')) {
      store(parsed, positional, arg, command.options[positional]?.repeatable === true);
      continue;
    }
    if (!match) throw usage(`Argomento non previsto: «${arg}»`);
    const [, name = '', inline] = match;
    const spec = command.options[name];
    if (!spec) throw usage(`Opzione sconosciuta per il comando ${command.name}: --${name}`);
    if (parsed[name] !== undefined && !spec.repeatable) throw usage(`L'opzione --${name} è indicata più volte`);
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw usage(`L'opzione --${name} non vuole un valore`);
      parsed[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw usage(`Manca il valore dell'opzione --${name} ${spec.placeholder ?? ''}`.trimEnd());
    }
    store(parsed, name, value, spec.repeatable === true);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && parsed[name] === undefined) {
      throw usage(`Manca l'opzione obbligatoria --${name} ${spec.placeholder ?? ''}`.trimEnd());
    }
  }
  return parsed;
}

function store(parsed: ParsedOptions, name: string, value: string, repeatable: boolean): void {
  const earlier = parsed[name];
  parsed[name] = repeatable ? [...(Array.isArray(earlier) ? earlier : []), value] : value;
}

/** Every value of a `repeatable` option, in the order given. */
export function valuesOf(options: ParsedOptions, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/** The value of a `value` option already checked by `parseOptions`. */
export function valueOf(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
