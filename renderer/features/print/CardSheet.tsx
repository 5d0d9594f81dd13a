/**
 * One printed objective card: header block, descrizione, risorse and unità organizzative beside it (with the
 * performance kept when the printed date was closed), the indicator table, then the numbered footnotes (amendments
 * of closed values among them) and the card's own notes.
 * Why: mirrors the layout of the official PIRA document (seed) on an A4 landscape page. The heading is the code and
 * the title on one line, so the PDF's bookmark reads "01_01_OS01 La doppia transizione…" (Chromium joins the lines of
 * a heading without a space); a card that nearly fits a page is kept whole on it (pageFit.ts).
 */
import type { CardSheetView } from './cardSheet';
import { useFitOnPage } from './useFitOnPage';
import { IndicatorTable } from './IndicatorTable';
import { RichText } from './RichText';

function HeaderBlock({ sheet }: { sheet: CardSheetView }) {
  const rows: Array<[string, string, string?]> = [
    ['Missione', sheet.missione, 'D.M. 27/03/2013'],
    ['Programma', sheet.programma, 'D.M. 27/03/2013'],
    ['Ambito strategico', sheet.ambito],
  ];
  if (sheet.obiettivoStrategico) rows.push(['Obiettivo strategico', sheet.obiettivoStrategico]);
  rows.push(['Codice', sheet.code]);
  return (
    <table className="pd-header">
      <tbody>
        {rows.map(([name, value, source]) => (
          <tr key={name}>
            <th scope="row">
              {name}
              {source && <span className="pd-th-sub">{source}</span>}
            </th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SidePanel({ sheet }: { sheet: CardSheetView }) {
  return (
    <aside className="pd-side">
      <div className="pd-side-box">
        <div className="pd-side-label">Risorse economiche</div>
        <div className="pd-side-value pd-num">{sheet.resources}</div>
      </div>
      <div className="pd-side-box">
        <div className="pd-side-label">Unità organizzative coinvolte</div>
        <dl>
          <dt>Area di responsabilità</dt>
          <dd>{sheet.area || '—'}</dd>
          <dt>Ufficio</dt>
          <dd>{sheet.office || '—'}</dd>
        </dl>
      </div>
      <div className="pd-side-box pd-score">
        <div className="pd-side-label">Performance dell’obiettivo al {sheet.monitoringDate}</div>
        <div className="pd-side-value pd-num">{sheet.performance}</div>
        <div className="pd-score-note">media ponderata degli indicatori (nota {sheet.policyRef})</div>
      </div>
      {sheet.closed && (
        <div className="pd-side-box pd-closed" data-print-closed={sheet.code}>
          <div className="pd-side-label">Valori chiusi al {sheet.monitoringDate}</div>
          <div className="pd-side-value pd-num">{sheet.closed.performance}</div>
          <div className="pd-score-note">
            performance registrata alla chiusura del monitoraggio, il {sheet.closed.closedAt} da {sheet.closed.closedBy}
            {sheet.closed.moved ? `; quella sopra tiene conto delle rettifiche e delle modifiche successive` : ''}
          </div>
        </div>
      )}
    </aside>
  );
}

function Notes({ sheet }: { sheet: CardSheetView }) {
  return (
    <div className="pd-notes">
      <ol>
        {sheet.notes.map((note) => (
          <li key={note.number}>
            <span className="pd-note-number">{note.number}</span>
            {note.text}
          </li>
        ))}
      </ol>
      {sheet.cardNotes.length > 0 && (
        <div className="pd-card-notes">
          {sheet.cardNotes.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/** `anchor`: the id the Indice links to. */
export function CardSheet({ sheet, anchor }: { sheet: CardSheetView; anchor?: string }) {
  const body = useFitOnPage<HTMLDivElement>(sheet);
  return (
    <section className="pd-sheet pd-card" data-print-card={sheet.code} id={anchor}>
      <div className="pd-card-body" ref={body}>
        <div className="pd-card-top">
          <div>
            <div className="pd-card-kicker">Scheda obiettivo</div>
            <h2 className="pd-card-title">
              <span className="pd-card-code">{sheet.code}</span> {sheet.title}
            </h2>
            <HeaderBlock sheet={sheet} />
            {sheet.description.trim() !== '' && (
              <>
                <h3>Descrizione</h3>
                <RichText text={sheet.description} />
              </>
            )}
          </div>
          <SidePanel sheet={sheet} />
        </div>
        <IndicatorTable sheet={sheet} />
        <Notes sheet={sheet} />
      </div>
    </section>
  );
}
