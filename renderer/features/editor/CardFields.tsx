/**
 * The card's own fields: code, title, classification (missione, programma filtered by missione, ambito line,
 * obiettivo strategico), description, resources, area and ufficio (each existing entry suggested once while
 * typing, and a spelling differing only by case or spacing saved as the existing entry), footnotes and weight.
 * Each field saves on its own and shows its validation messages.
 */
import { useMemo } from 'react';
import { canonicalName, suggestedNames } from '../../../shared/catalogueNames';
import type { Card, Catalogues } from '../../../shared/model';
import type { CodedCard, Finding } from '../../../shared/validation';
import { formatNumber, formatResources, parseResources, parseValue, type ParseResult } from '../../../shared/values';
import { ParsedField } from '../../components/ParsedField';
import { usePira } from '../../store/StoreContext';
import { parseCardCode } from './cardCode';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { cardDraftKey, messagesAt } from './fieldKeys';

export interface CardFieldsProps {
  card: Card;
  catalogues: Catalogues;
  /** Every card of the plan: a code another card has is refused; names used on cards are suggested too. */
  cards: readonly (CodedCard & Pick<Card, 'area' | 'office'>)[];
  findings: Finding[];
  onChange(patch: Partial<Card>, label: string): void;
}

function parseObjectiveWeight(text: string): ParseResult<number> {
  const parsed = parseValue(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind !== 'number' || parsed.value.value < 0) {
    return { ok: false, error: 'peso dell’obiettivo non valido: scrivere un numero non negativo (1 = peso uguale agli altri)' };
  }
  return { ok: true, value: parsed.value.value };
}

export function CardFields({ card, catalogues, cards, findings, onChange }: CardFieldsProps) {
  const at = (path: string) => messagesAt(findings, path);
  const areas = useMemo(() => suggestedNames({ catalogues, cards }, 'aree'), [catalogues, cards]);
  const offices = useMemo(() => suggestedNames({ catalogues, cards }, 'uffici'), [catalogues, cards]);
  const programmi = catalogues.programmi.filter((p) => !card.missione || p.code.startsWith(`${card.missione}.`));
  const parseCode = (text: string) => parseCardCode(text, card, cards);
  const codeDraft = usePira((s) => s.drafts[cardDraftKey(card.id, 'code')]);
  const codeDraftResult = codeDraft === undefined ? null : parseCode(codeDraft);
  const codeMessages = [...(codeDraftResult && !codeDraftResult.ok ? [`Codice non salvato: ${codeDraftResult.error}`] : []), ...at('code')];
  return (
    <div className="card-fields">
      <div className="field-row">
        {/* The code field is narrow: its messages run under the whole row instead of a tall thin column. */}
        <ParsedField
          label="Codice"
          className="w-code"
          formatted={card.code}
          draftKey={cardDraftKey(card.id, 'code')}
          parse={parseCode}
          messages={at('code')}
          compact
          describedBy="card-code-messages"
          onCommit={(code) => onChange({ code }, 'codice')}
        />
        <TextField label="Obiettivo (titolo)" className="grow" value={card.title} messages={at('title')} onCommit={(title) => onChange({ title }, 'titolo')} />
        <ParsedField
          label="Peso dell’obiettivo"
          className="w-small"
          formatted={formatNumber(card.weight, card.weight % 1 === 0 ? 0 : 2)}
          draftKey={cardDraftKey(card.id, 'weight')}
          parse={parseObjectiveWeight}
          messages={at('weight')}
          onCommit={(weight) => onChange({ weight }, 'peso dell’obiettivo')}
        />
      </div>
      {codeMessages.length > 0 && (
        <ul id="card-code-messages" className="field-messages row-messages" role="alert">
          {codeMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <SelectField
          label="Missione"
          className="w-class-wide"
          value={card.missione}
          emptyLabel="— scegliere —"
          options={catalogues.missioni.map((m) => ({ value: m.code, label: `${m.code} – ${m.name}` }))}
          messages={at('missione')}
          onChange={(missione) =>
            onChange({ missione, programma: card.programma.startsWith(`${missione}.`) ? card.programma : '' }, 'missione')
          }
        />
        <SelectField
          label="Programma"
          className="w-class-wide"
          value={card.programma}
          emptyLabel="— scegliere —"
          options={programmi.map((p) => ({ value: p.code, label: `${p.code} – ${p.name}` }))}
          messages={at('programma')}
          onChange={(programma) => onChange({ programma }, 'programma')}
        />
        <SelectField
          label="Ambito strategico (linea)"
          className="w-class"
          value={card.ambitoLine}
          emptyLabel="— scegliere —"
          options={catalogues.ambiti.flatMap((a) => a.lines.map((l) => ({ value: l.code, label: `${l.code} – ${l.name}` })))}
          messages={at('ambitoLine')}
          onChange={(ambitoLine) => onChange({ ambitoLine }, 'ambito strategico')}
        />
        <SelectField
          label="Obiettivo strategico"
          className="w-class"
          value={card.obiettivoStrategico}
          emptyLabel="— nessuno —"
          options={catalogues.obiettiviStrategici.map((o) => ({ value: o.code, label: `${o.code} – ${o.name}` }))}
          messages={at('obiettivoStrategico')}
          onChange={(obiettivoStrategico) => onChange({ obiettivoStrategico }, 'obiettivo strategico')}
        />
      </div>
      <TextField
        label="Descrizione"
        multiline
        rows={3}
        value={card.description}
        messages={at('description')}
        onCommit={(description) => onChange({ description }, 'descrizione')}
      />
      <div className="field-row">
        <ParsedField
          label="Risorse economiche"
          className="w-third"
          formatted={formatResources(card.resources)}
          placeholder="10.000,00 € oppure risorse interne"
          draftKey={cardDraftKey(card.id, 'resources')}
          parse={parseResources}
          messages={at('resources')}
          onCommit={(resources) => onChange({ resources }, 'risorse economiche')}
        />
        <TextField
          label="Area di responsabilità"
          className="w-third"
          list="catalogo-aree"
          value={card.area}
          messages={at('area')}
          onCommit={(typed) => {
            const area = canonicalName(typed, areas);
            if (area !== card.area) onChange({ area }, 'area');
          }}
        />
        <TextField
          label="Ufficio"
          className="w-third"
          list="catalogo-uffici"
          value={card.office}
          messages={at('office')}
          onCommit={(typed) => {
            const office = canonicalName(typed, offices);
            if (office !== card.office) onChange({ office }, 'ufficio');
          }}
        />
      </div>
      <TextField
        label="Note in calce alla tabella (una per riga)"
        multiline
        rows={1}
        value={card.footnotes.join('\n')}
        messages={at('footnotes')}
        onCommit={(text) => onChange({ footnotes: text.split('\n').map((l) => l.trim()).filter(Boolean) }, 'note in calce')}
      />
      <datalist id="catalogo-aree">
        {areas.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="catalogo-uffici">
        {offices.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="catalogo-tipologie">
        {catalogues.tipologie.map((t) => (
          <option key={t.name} value={t.name} />
        ))}
      </datalist>
    </div>
  );
}
