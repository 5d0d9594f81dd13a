/**
 * The expandable detail of an indicator row: algoritmo, notes, data source, KPI code, cap, and the manual
 * override of its performance with the mandatory justification.
 */
import type { Indicator } from '../../../shared/model';
import type { Finding } from '../../../shared/validation';
import { formatPercent } from '../../../shared/values';
import { ParsedField } from '../../components/ParsedField';
import { TextField } from '../../components/TextField';
import { indicatorDraftKey, indicatorPath, messagesAt } from './fieldKeys';
import type { CellEdit } from './cellColumns';
import { formatCap, parseCap, parseOverridePerformance } from './indicatorParsers';

export interface IndicatorDetailProps {
  cardId: number;
  index: number;
  indicator: Indicator;
  findings: Finding[];
  onChange(recipe: (ind: Indicator) => Indicator, label: string): void;
  /** What is being typed in the cap or the manual performance (null = nothing readable): the score follows it. */
  onLive(edit: CellEdit | null): void;
}

function withCap(ind: Indicator, cap: Indicator['cap']): Indicator {
  const { cap: _old, ...rest } = ind;
  return cap === undefined ? rest : { ...rest, cap };
}

function withOverride(ind: Indicator, performance: number | null): Indicator {
  const { override, ...rest } = ind;
  if (performance === null) return rest;
  return { ...rest, override: { performance, justification: override?.justification ?? '' } };
}

export function IndicatorDetail({ cardId, index, indicator, findings, onChange, onLive }: IndicatorDetailProps) {
  const n = index + 1;
  const at = (field: string) => messagesAt(findings, indicatorPath(index, field));
  const set = (patch: Partial<Indicator>, label: string) => onChange((ind) => ({ ...ind, ...patch }), `${label} dell’indicatore ${n}`);
  return (
    <div className="indicator-detail">
      <TextField label={`Algoritmo di calcolo – indicatore ${n}`} multiline rows={2} className="span-2" value={indicator.algoritmo} messages={at('algoritmo')} onCommit={(algoritmo) => set({ algoritmo }, 'algoritmo')} />
      <TextField label={`Note – indicatore ${n}`} multiline rows={2} className="span-2" value={indicator.note} messages={at('note')} onCommit={(note) => set({ note }, 'note')} />
      <TextField label={`Fonte dei dati – indicatore ${n}`} value={indicator.fonte} messages={at('fonte')} onCommit={(fonte) => set({ fonte }, 'fonte dei dati')} />
      <TextField label={`Codice KPI – indicatore ${n}`} value={indicator.kpiCode} messages={at('kpiCode')} onCommit={(kpiCode) => set({ kpiCode }, 'codice KPI')} />
      <ParsedField
        label={`Limite massimo – indicatore ${n}`}
        placeholder="vuoto = come da piano"
        formatted={formatCap(indicator.cap)}
        draftKey={indicatorDraftKey(cardId, index, 'cap')}
        parse={parseCap}
        messages={at('cap')}
        onCommit={(cap) => onChange((ind) => withCap(ind, cap), `limite dell’indicatore ${n}`)}
        onLive={(live) => onLive(live && { apply: (ind) => withCap(ind, live.value), understood: '' })}
      />
      <ParsedField
        label={`Performance manuale – indicatore ${n}`}
        placeholder="vuoto = calcolata"
        formatted={indicator.override ? formatPercent(indicator.override.performance, 0) : ''}
        draftKey={indicatorDraftKey(cardId, index, 'override')}
        parse={parseOverridePerformance}
        messages={at('override.performance')}
        onCommit={(performance) => onChange((ind) => withOverride(ind, performance), `performance manuale dell’indicatore ${n}`)}
        onLive={(live) => onLive(live && { apply: (ind) => withOverride(ind, live.value), understood: '' })}
      />
      {indicator.override && (
        <TextField
          label={`Motivazione della performance manuale – indicatore ${n}`}
          className="span-2"
          multiline
          rows={2}
          value={indicator.override.justification}
          messages={[...at('override'), ...at('override.justification')]}
          onCommit={(justification) =>
            onChange((ind) => (ind.override ? { ...ind, override: { ...ind.override, justification } } : ind), `motivazione dell’indicatore ${n}`)
          }
        />
      )}
    </div>
  );
}
