/**
 * The layouts an import tries on every sheet before the built-in ones: this import's mappings, then a saved layout
 * asked for by name (`import --layout NOME`: it reads every sheet it fits), then every layout saved in the plan file.
 * Why apart: the API and the CLI evaluate an import the same way; a name that is not saved is refused with the names
 * that are.
 */
import type { PlanFile } from '../../db/planFile';
import type { LayoutInUse } from '../../shared/exchange/recogniseSheets';
import type { PendingImport } from './importSessions';
import { ExchangeError } from './exchangeError';

export function layoutsInUse(file: PlanFile, pending: Pick<PendingImport, 'mappings' | 'layoutName'>): LayoutInUse[] {
  const saved = file.layouts.list();
  const wanted = pending.layoutName?.trim().toLowerCase();
  const named = wanted === undefined ? undefined : saved.find((l) => l.name.toLowerCase() === wanted);
  if (pending.layoutName !== undefined && !named) {
    const names = saved.map((l) => `«${l.name}»`).join(', ');
    throw new ExchangeError('not-found', `Nel file del piano non c'è un modello di importazione «${pending.layoutName}» (${names ? `modelli salvati: ${names}` : 'nessun modello salvato'}).`);
  }
  return [
    ...pending.mappings.map((m): LayoutInUse => ({ kind: 'mapped', layout: m.layout, source: m.source })),
    ...(named ? [{ kind: 'saved' as const, layout: named, forced: true }] : []),
    ...saved.filter((l) => l !== named).map((layout): LayoutInUse => ({ kind: 'saved', layout })),
  ];
}
