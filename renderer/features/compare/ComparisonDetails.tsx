/**
 * The body of a comparison, the same on screen and on paper: the two plans side by side, what was compared, the
 * counts, then the plan settings changed and each card added, removed or changed with its fields (before | after).
 * Why one component: the printed comparison must say exactly what the screen says.
 */
import type { TypedFieldChange } from '../../../shared/fieldChanges';
import type { CardComparison, ComparedSide, PlanComparison } from '../../../shared/planCompare';
import { CARD_STATUS, describeCounts, describeScope, INDICATOR_STATUS } from '../../../shared/planCompareText';
import { formatDate, formatNumber } from '../../../shared/values';

type Variant = 'screen' | 'print';

const TABLE_CLASS: Record<Variant, string> = { screen: 'diff-table cmp-table', print: 'pd-table cmp-table' };
const capitalised = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
const shown = (text: string) => (text === '' ? '—' : text);

function SidesTable({ before, after, variant }: { before: ComparedSide; after: ComparedSide; variant: Variant }) {
  const rows: [string, (s: ComparedSide) => string][] = [
    ['Ente', (s) => s.ente],
    ['Titolo', (s) => s.title],
    ['File', (s) => s.fileName],
    ['Triennio', (s) => s.horizon.join('–')],
    ['Data di monitoraggio', (s) => formatDate(s.monitoringDate)],
    ['Schede', (s) => formatNumber(s.cards, 0)],
    ['Indicatori', (s) => formatNumber(s.indicators, 0)],
  ];
  return (
    <table className={`${TABLE_CLASS[variant]} cmp-sides`}>
      <thead>
        <tr>
          <th scope="col" className="cmp-w-field">Voce</th>
          <th scope="col">{capitalised(before.label)}</th>
          <th scope="col">{capitalised(after.label)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(before)}</td>
            <td>{value(after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Row {
  where: string;
  change: TypedFieldChange | null;
  note?: string;
}

function cardRows(card: CardComparison): Row[] {
  const rows: Row[] = card.changes.map((change) => ({ where: 'Scheda', change }));
  for (const indicator of card.indicators) {
    const where = `${indicator.position}. ${indicator.name}`;
    if (indicator.status !== 'changed') rows.push({ where, change: null, note: `indicatore ${INDICATOR_STATUS[indicator.status]}` });
    for (const change of indicator.changes) rows.push({ where, change });
  }
  return rows;
}

function ChangesTable({ rows, labels, variant, caption }: { rows: Row[]; labels: [string, string]; variant: Variant; caption: string }) {
  return (
    <table className={TABLE_CLASS[variant]}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="cmp-w-where">Dove</th>
          <th scope="col" className="cmp-w-field">Campo</th>
          <th scope="col">{labels[0]}</th>
          <th scope="col">{labels[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} data-field={row.change?.key}>
            <td className="cmp-where">{row.where}</td>
            <td>{row.change?.field ?? row.note}</td>
            <td className="cmp-value">{row.change ? shown(row.change.before) : ''}</td>
            <td className="cmp-value">{row.change ? shown(row.change.after) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComparisonDetails({ comparison: c, showUnchanged, variant }: { comparison: PlanComparison; showUnchanged: boolean; variant: Variant }) {
  const labels: [string, string] = [capitalised(c.before.label), capitalised(c.after.label)];
  const cards = c.cards.filter((card) => showUnchanged || card.status !== 'unchanged');
  const Heading = variant === 'print' ? 'h3' : 'h2';
  return (
    <>
      <SidesTable before={c.before} after={c.after} variant={variant} />
      <ul className="cmp-scope">
        {describeScope(c).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="cmp-counts">{describeCounts(c)}</p>
      {c.plan.length > 0 && (
        <section className="cmp-card" aria-label="Impostazioni del piano cambiate">
          <Heading>Impostazioni del piano</Heading>
          <ChangesTable rows={c.plan.map((change) => ({ where: 'Piano', change }))} labels={labels} variant={variant} caption="Impostazioni del piano cambiate" />
        </section>
      )}
      {cards.length === 0 && c.plan.length === 0 && <p className="cmp-none">Nessuna differenza oltre a quanto indicato sopra.</p>}
      {cards.map((card, i) => {
        const rows = cardRows(card);
        const name = `Scheda ${card.code}`;
        return (
          <section key={`${card.code}-${i}`} className={`cmp-card cmp-${card.status}`} aria-label={name}>
            <Heading>
              <span className="cmp-code">{card.code}</span> {card.title} <span className={`cmp-status cmp-status-${card.status}`}>{CARD_STATUS[card.status]}</span>
            </Heading>
            {card.status === 'added' && <p className="cmp-note">Solo nel {c.after.label}.</p>}
            {card.status === 'removed' && <p className="cmp-note">Solo nel {c.before.label}.</p>}
            {rows.length > 0 && <ChangesTable rows={rows} labels={labels} variant={variant} caption={`Differenze della ${name.toLowerCase()}`} />}
          </section>
        );
      })}
    </>
  );
}
