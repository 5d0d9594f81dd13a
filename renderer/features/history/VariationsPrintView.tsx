/**
 * The print page of the variations of an approved plan (`#/stampa?sezione=variazioni&piano=ID`): A4 landscape like the
 * plan's print, with its running footer; one row per variation, oldest first (number, date, who, the kind of step —
 * an undo or redo of a variation is marked as such —, what changed field by field, reason). Sets `document.body.dataset.ready` when laid out (Electron and the tests wait for it).
 */
import { useEffect, useState } from 'react';
import { kindLabel, type ChangeEntry } from '../../../shared/changeLog';
import { detailLine } from '../../../shared/changeLogText';
import { formatInstant } from '../../../shared/fileHolder';
import { describeStatus, statusOf } from '../../../shared/planStatus';
import { api } from '../../api';
import { useHashRoute } from '../../hooks/useHashRoute';
import { usePrintPlan } from '../print/usePrintPlan';
import { usePrintReady } from '../print/usePrintReady';
import '../print/print.css';
import './history.css';

/**
 * What kind of step a row is: «Annulla la n. 12», «Ripeti la n. 12» (Ctrl+Z/Ctrl+Y of a variation: a variation of its
 * own, with its own reason), «Annullamento della n. 12», or the kind of change; and «annullata con la n. 14».
 */
function stepMark(entry: ChangeEntry, byId: ReadonlyMap<number, ChangeEntry>): string {
  // a redo reverts the undo: it repeats the change that undo had undone
  const undone = entry.kind === 'redo' && entry.revertsId !== null ? byId.get(entry.revertsId) : undefined;
  const repeated = undone?.kind === 'undo' ? undone.revertsId : entry.revertsId;
  const of = repeated === null ? '' : ` la n. ${repeated}`;
  const kind = entry.kind === 'undo' ? `Annulla${of}` : entry.kind === 'redo' ? `Ripeti${of}` : entry.kind === 'revert' ? `Annullamento della n. ${entry.revertsId ?? ''}` : kindLabel(entry.kind);
  return `${kind}${entry.revertedBy === null ? '' : ` (annullata con la n. ${entry.revertedBy})`}:`;
}

type Variations = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; entries: ChangeEntry[] };

export function VariationsPrintView() {
  const { planId } = useHashRoute();
  const plan = usePrintPlan(planId);
  const [variations, setVariations] = useState<Variations>({ status: 'loading' });
  const id = plan.status === 'ready' ? plan.plan.id : null;

  useEffect(() => {
    if (id === null) return;
    api.listChanges({ planId: id, variationsOnly: true, limit: 2_000 }).then(
      (page) => setVariations({ status: 'ready', entries: [...page.entries].reverse() }),
      (error: unknown) => setVariations({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [id]);

  const failed = plan.status === 'error' ? plan.message : variations.status === 'error' ? variations.message : null;
  usePrintReady(
    failed !== null
      ? 'error'
      : plan.status === 'ready' && variations.status === 'ready'
        ? { ente: plan.plan.settings.ente, title: `Variazioni al piano ${plan.plan.settings.year}`, documentTitle: `PIRA ${plan.plan.settings.year} - variazioni` }
        : 'loading',
    variations,
  );

  if (failed !== null) {
    return (
      <p className="pd-status pd-missing" role="alert">
        Stampa non disponibile: {failed}
      </p>
    );
  }
  if (plan.status !== 'ready' || variations.status !== 'ready') return <p className="pd-status">Preparazione della stampa…</p>;
  const { settings } = plan.plan;
  const byId = new Map(variations.entries.map((entry) => [entry.id, entry]));
  return (
    <div className="pd-document var-print" lang="it">
      <section className="pd-sheet">
        <h2>Variazioni al piano {settings.year}</h2>
        <p>
          {settings.ente} — {settings.title}. Stato del piano: {describeStatus(statusOf(plan.plan))}.
        </p>
        {variations.entries.length === 0 ? (
          <p>Nessuna variazione registrata dopo l’approvazione.</p>
        ) : (
          <table className="pd-table var-table">
            <thead>
              <tr>
                <th scope="col" className="var-w-n">N.</th>
                <th scope="col" className="var-w-when">Data</th>
                <th scope="col" className="var-w-who">Utente</th>
                <th scope="col">Variazione</th>
                <th scope="col" className="var-w-reason">Motivo</th>
              </tr>
            </thead>
            <tbody>
              {variations.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.id}</td>
                  <td>{formatInstant(entry.at)}</td>
                  <td>{entry.user}</td>
                  <td>
                    <span className="var-kind" data-kind={entry.kind}>
                      {stepMark(entry, byId)}
                    </span>{' '}
                    <strong>{entry.label}</strong>
                    <ul className="var-details">
                      {entry.details.map((d, i) => (
                        <li key={i}>{detailLine(d)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
