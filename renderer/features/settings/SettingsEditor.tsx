/**
 * Plan settings: ente, title, year, monitoring date in progress, horizon, the list of monitoring dates (added,
 * removed, closed) and the scoring policy (cap, late deadlines, not-yet-due deadlines, n.d. handling), with the
 * policy described in words as it will print; below, the premessa across the whole width with its print preview, and
 * the import layouts saved in the file.
 */
import type { PlanSettings, ScoringPolicy } from '../../../shared/model';
import { describePolicy } from '../../../shared/scoring';
import { formatDate, formatNumber, parseDate, type ParseResult } from '../../../shared/values';
import { ParsedField } from '../../components/ParsedField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatCap, parseCap } from '../editor/indicatorParsers';
import { usePira } from '../../store/StoreContext';
import { MarkupField } from './MarkupField';
import { MonitoringDatesEditor } from './MonitoringDatesEditor';
import { ImportLayoutsPanel } from '../exchange';
import { monitoringDatesOf } from '../../../shared/monitoringDates';

function parseWholeNumber(min: number, max: number, what: string) {
  return (text: string): ParseResult<number> => {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || n < min || n > max) return { ok: false, error: `${what} non valido: scrivere un numero intero tra ${min} e ${max}` };
    return { ok: true, value: n };
  };
}
const parseYear = parseWholeNumber(2000, 2100, 'anno');
const parseDays = parseWholeNumber(1, 3650, 'numero di giorni');

export function SettingsEditor() {
  const plan = usePira((s) => s.plan);
  const updateSettings = usePira((s) => s.updateSettings);
  if (!plan) return null;
  const settings = plan.settings;
  const policy = settings.policy;
  const set = (patch: Partial<PlanSettings>, label: string) => updateSettings({ ...settings, ...patch }, `impostazioni – ${label}`);
  const setPolicy = (patch: Partial<ScoringPolicy>, label: string) => set({ policy: { ...policy, ...patch } }, label);
  const horizonMessage =
    settings.horizonEnd < settings.horizonStart ? ['L’ultimo anno del triennio precede il primo.'] : [];

  return (
    <section className="settings" aria-label="Impostazioni del piano">
      <h1>Impostazioni del piano</h1>
      <div className="settings-columns">
        <div>
          <h2>Piano</h2>
          <TextField label="Ente" value={settings.ente} onCommit={(ente) => set({ ente }, 'ente')} />
          <TextField label="Titolo del documento" value={settings.title} onCommit={(title) => set({ title }, 'titolo')} />
          <div className="field-row">
            <ParsedField label="Anno del piano" className="w-small" formatted={String(settings.year)} draftKey="settings:year" parse={parseYear} onCommit={(year) => set({ year }, 'anno')} />
            <ParsedField
              label="Data di monitoraggio"
              className="w-small"
              formatted={formatDate(settings.monitoringDate)}
              draftKey="settings:monitoringDate"
              parse={parseDate}
              onCommit={(monitoringDate) => set({ monitoringDate, monitoringDates: monitoringDatesOf({ ...settings, monitoringDate }) }, 'data di monitoraggio')}
            />
            <ParsedField label="Triennio: primo anno" className="w-small" formatted={String(settings.horizonStart)} draftKey="settings:horizonStart" parse={parseYear} messages={horizonMessage} onCommit={(horizonStart) => set({ horizonStart }, 'primo anno del triennio')} />
            <ParsedField label="Triennio: ultimo anno" className="w-small" formatted={String(settings.horizonEnd)} draftKey="settings:horizonEnd" parse={parseYear} onCommit={(horizonEnd) => set({ horizonEnd }, 'ultimo anno del triennio')} />
          </div>
          <p className="hint">
            La data di monitoraggio è quella della rilevazione in corso (la data che si sta compilando: raccolta dati, Alt+V; si sceglie anche
            nella barra in alto, «Rilevazione»); schede, cruscotto e stampa mostrano i valori dell’ultima data con più valori, o quella scelta in
            «Valori al».
          </p>
          <MonitoringDatesEditor />
        </div>
        <div>
          <h2>Regole di calcolo della performance</h2>
          <ParsedField
            label="Limite massimo della performance degli indicatori"
            placeholder="100% · 110% · nessuno"
            formatted={policy.cap === null ? 'nessuno' : formatCap(policy.cap)}
            draftKey="settings:cap"
            parse={(text) => {
              const parsed = parseCap(text);
              if (!parsed.ok) return parsed;
              if (parsed.value === undefined) return { ok: false, error: 'scrivere un limite (es. 100%) oppure «nessuno»' };
              return { ok: true, value: parsed.value === 'none' ? null : parsed.value };
            }}
            onCommit={(cap) => setPolicy({ cap }, 'limite massimo')}
          />
          <SelectField
            label="Scadenza rispettata in ritardo"
            value={policy.lateDeadline.mode}
            options={[
              { value: 'zero', label: 'vale 0%' },
              { value: 'linear', label: 'perde performance in modo lineare' },
            ]}
            onChange={(mode) =>
              setPolicy({ lateDeadline: mode === 'linear' ? { mode: 'linear', days: 60 } : { mode: 'zero' } }, 'scadenze in ritardo')
            }
          />
          {policy.lateDeadline.mode === 'linear' && (
            <ParsedField
              label="Giorni di ritardo dopo cui la performance è 0%"
              className="w-small"
              formatted={formatNumber(policy.lateDeadline.days, 0)}
              draftKey="settings:lateDays"
              parse={parseDays}
              onCommit={(days) => setPolicy({ lateDeadline: { mode: 'linear', days } }, 'giorni di ritardo')}
            />
          )}
          <SelectField
            label="Scadenza non ancora maturata e non rispettata"
            value={policy.notYetDue}
            options={[
              { value: 'nd', label: 'indicata come n.d.' },
              { value: 'score', label: 'vale 0%' },
            ]}
            onChange={(v) => setPolicy({ notYetDue: v as ScoringPolicy['notYetDue'] }, 'scadenze non maturate')}
          />
          <SelectField
            label="Indicatori n.d. nella media dell’obiettivo"
            value={policy.missingInObjective}
            options={[
              { value: 'exclude', label: 'esclusi, con i pesi degli altri riproporzionati' },
              { value: 'zero', label: 'contano come 0%' },
            ]}
            onChange={(v) => setPolicy({ missingInObjective: v as ScoringPolicy['missingInObjective'] }, 'indicatori n.d.')}
          />
          <p className="policy-note" aria-live="polite">
            {describePolicy(policy)}
          </p>
        </div>
      </div>
      <MarkupField label="Premessa" value={settings.premessa} onCommit={(premessa) => set({ premessa }, 'premessa')} />
      <ImportLayoutsPanel />
    </section>
  );
}
