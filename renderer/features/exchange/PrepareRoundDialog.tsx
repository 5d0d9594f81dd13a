/**
 * "Prepara raccolta dati…": one protected workbook per area, per ufficio or for the selected cards, where colleagues
 * fill in only the value at the monitoring date, notes and data source. The dialog lists the workbooks it will
 * write before writing them. Why: the office sends each area its own cards and takes them back with "Importa".
 * The groups are those of the whole plan: the dialog reads every card first (a moment on a large plan, said inside it).
 */
import { useState } from 'react';
import type { ProducedFiles, RoundGrouping, WorkbookFormat } from '../../../shared/api';
import { roundFileNames, roundGroups } from '../../../shared/exchange/roundSpec';
import { formatDate } from '../../../shared/dates';
import { closureOf } from '../../../shared/monitoringDates';
import { SeasonOffer, SeasonPicker } from '../monitoring/SeasonPicker';
import { api } from '../../api';
import { usePira } from '../../store/StoreContext';
import { Dialog } from '../../components/Dialog';
import { useWholePlanNote } from '../../components/WholePlanGate';
import { INLINE_CHOICE, downloadBase64 } from './fileTransfer';
import './exchange.css';

export interface PrepareRoundDialogProps {
  selectedCodes: string[];
  onClose(): void;
}

type Kind = RoundGrouping['kind'];
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'area', label: 'Una cartella per area di responsabilità' },
  { kind: 'ufficio', label: 'Una cartella per ufficio' },
  { kind: 'cards', label: 'Una cartella con le schede selezionate' },
];

export function PrepareRoundDialog({ selectedCodes, onClose }: PrepareRoundDialogProps) {
  const doc = usePira((s) => s.doc);
  const plan = usePira((s) => s.plan);
  const whole = useWholePlanNote();
  const [kind, setKind] = useState<Kind>('area');
  const [format, setFormat] = useState<WorkbookFormat>('xlsx');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ProducedFiles | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flush = usePira((s) => s.flush);
  const grouping: RoundGrouping = kind === 'cards' ? { kind, codes: selectedCodes } : { kind };
  const groups = doc ? roundGroups(doc, grouping) : [];
  const names = doc ? roundFileNames(doc, groups, format) : [];
  // The values collected are those of the season: a closed one is said before anything is chosen, not after the click.
  const closedSeason = plan !== null && closureOf(plan, plan.settings.monitoringDate) !== undefined;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await flush(); // a season just chosen must be in the file the workbooks are written from
      if (!plan) return;
      const produced = await api.prepareRound({ planId: plan.id, format, grouping });
      if (produced.cancelled) return onClose();
      for (const file of produced.files) if (file.dataBase64) downloadBase64(file.fileName, file.dataBase64);
      setResult(produced);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Prepara raccolta dati"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Chiudi
          </button>
          <button type="button" className="button" disabled={busy || !doc || groups.length === 0 || closedSeason} onClick={() => void run()}>
            {busy ? 'Preparazione…' : `Prepara ${groups.length === 1 ? '1 cartella' : `${groups.length} cartelle`}`}
          </button>
        </>
      }
    >
      <div className="round-season">
        <SeasonPicker place="view" />
        <SeasonOffer />
      </div>
      <p>
        Ogni cartella contiene solo le schede del destinatario, un foglio «Istruzioni» e il «Riepilogo»; tutto è protetto (senza password) tranne le celle da
        compilare: valore al {formatDate(plan?.settings.monitoringDate ?? '')}, note e fonte dei dati. Le cartelle compilate si reimportano insieme con «Importa Excel».
      </p>
      <fieldset className="field">
        <legend>Destinatari</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input
              type="radio"
              style={INLINE_CHOICE}
              name="raccolta-per"
              checked={kind === k.kind}
              disabled={k.kind === 'cards' && selectedCodes.length === 0}
              onChange={() => setKind(k.kind)}
            />{' '}
            {k.label}
            {k.kind === 'cards' ? ` (${selectedCodes.length})` : ''}
            <br />
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Formato</legend>
        <label>
          <input type="radio" style={INLINE_CHOICE} name="raccolta-formato" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} /> Excel (.xlsx)
        </label>{' '}
        <label>
          <input type="radio" style={INLINE_CHOICE} name="raccolta-formato" checked={format === 'ods'} onChange={() => setFormat('ods')} /> OpenDocument (.ods)
        </label>
      </fieldset>
      <section aria-label="Cartelle da preparare">
        <h3>Cartelle da preparare{doc ? ` (${groups.length})` : ''}</h3>
        {whole.note}
        <ul className="round-groups">
          {groups.map((g, i) => (
            <li key={g.label}>
              {names[i]} — {g.codes.length === 1 ? '1 scheda' : `${g.codes.length} schede`}
            </li>
          ))}
        </ul>
      </section>
      {result && (
        <p role="status">
          {result.files.length === 1 ? (result.folder ? `Salvata 1 cartella in ${result.folder}.` : `Scaricata 1 cartella: ${result.files[0]?.fileName ?? ''}.`) : result.folder ? `Salvate ${result.files.length} cartelle in ${result.folder}.` : `Scaricate ${result.files.length} cartelle: ${result.files.map((f) => f.fileName).join(', ')}.`}
        </p>
      )}
      {error && (
        <p role="alert" className="field-messages">
          {error}
        </p>
      )}
    </Dialog>
  );
}
