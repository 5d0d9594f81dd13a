/**
 * What the plan's status means for editing, above every view: an approved plan changes only by variations (and the
 * variation in progress, with its reason and the way to end it), a closed plan does not change.
 */
import { describeStatus, statusOf } from '../../../shared/planStatus';
import { usePira } from '../../store/StoreContext';

export function StatusBanners() {
  const plan = usePira((s) => s.plan);
  const reason = usePira((s) => s.variationReason);
  const endVariation = usePira((s) => s.endVariation);
  if (!plan) return null;
  const status = statusOf(plan);
  if (status.stage === 'chiuso') {
    return (
      <div className="banner banner-warning" role="status" data-testid="banner-piano-chiuso">
        <strong>Piano {describeStatus(status)}:</strong> non si modifica più. Per correggerlo riaprirlo da Impostazioni › Stato del piano.
      </div>
    );
  }
  if (status.stage !== 'approvato') return null;
  if (reason) {
    return (
      <div className="banner banner-warning banner-action" role="status" data-testid="banner-variazione">
        <span>
          <strong>Variazione al piano in corso</strong> — motivo: «{reason}». Le modifiche al piano approvato sono registrate con questo motivo.
        </span>
        <button type="button" className="button secondary" onClick={endVariation}>
          Termina la variazione
        </button>
      </div>
    );
  }
  return (
    <div className="banner banner-info" role="status" data-testid="banner-piano-approvato">
      Piano {describeStatus(status)}: schede, indicatori, target e pesi si cambiano solo come variazione al piano, con il motivo; i valori rilevati restano liberi.
    </div>
  );
}
