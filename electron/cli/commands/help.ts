/**
 * `help [--command NOME]`: lists the commands and their options, in Italian.
 */
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';

function usageLine(command: CliCommand): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const text = spec.kind === 'value' ? `--${name} ${spec.placeholder ?? 'VALORE'}` : `--${name}`;
    return spec.required ? text : `[${text}]`;
  });
  return [command.name, ...options].join(' ');
}

function describe(command: CliCommand): string {
  const lines = [`  ${usageLine(command)}`, `      ${command.summary}`];
  for (const [name, spec] of Object.entries(command.options)) {
    lines.push(`      --${name}${spec.kind === 'value' ? ` ${spec.placeholder ?? 'VALORE'}` : ''}: ${spec.description}`);
  }
  return lines.join('\n');
}

export const helpCommand: CliCommand = {
  name: 'help',
  summary: 'mostra questo aiuto (o quello di un comando)',
  options: { command: { kind: 'value', placeholder: 'NOME', description: 'mostra solo il comando indicato' } },
  run(options, io, commands) {
    const wanted = valueOf(options, 'command');
    const shown = wanted === undefined ? commands : commands.filter((c) => c.name === wanted);
    if (shown.length === 0) throw new CliError(`Comando sconosciuto: «${wanted}».`, EXIT.usage);
    io.out(
      [
        'PIRA Desk da riga di comando: pira <comando> [opzioni] (oppure npm run pira -- <comando> [opzioni])',
        '',
        'Comandi:',
        ...shown.map(describe),
        '',
        'Codici di uscita: 0 riuscito; 1 errore sul file o errori di validazione trovati; 2 riga di comando errata.',
        'I comandi che leggono (score, check, export, compare) aprono il file in sola lettura e non lo modificano mai.',
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
