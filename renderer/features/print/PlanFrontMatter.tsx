/**
 * The opening pages of the whole-plan document: title page, the Indice, premessa, ambiti strategici with their lines
 * and the obiettivi strategici, then the summary of all objectives with the per-ambito and overall rollups.
 * Why: printing the plan must give the complete official document, not only the cards. The sections carry the
 * anchors of the Indice (printContents.ts).
 */
import type { ReactNode } from 'react';
import { ANCHORS } from './printContents';
import type { FrontMatterView } from './printDocument';
import { RichText } from './RichText';

function TitlePage({ front }: { front: FrontMatterView }) {
  return (
    <section className="pd-sheet pd-title-sheet" data-print-section="frontespizio">
      <div className="pd-title-page">
        <div className="pd-title-ente">{front.ente}</div>
        <div>
          <h1 className="pd-title-main">{front.title}</h1>
          <p className="pd-title-sub">Anno {front.year} · Triennio di programmazione {front.horizon}</p>
          <p className="pd-title-sub">Stato di attuazione al {front.monitoringDate}</p>
        </div>
        <div className="pd-title-meta">
          Piano degli indicatori e dei risultati attesi di bilancio (art. 19 d.lgs. 91/2011; D.P.C.M. 18/09/2012)
        </div>
      </div>
    </section>
  );
}

function Premessa({ front }: { front: FrontMatterView }) {
  if (front.premessa.trim() === '') return null;
  return (
    <section className="pd-sheet" data-print-section="premessa" id={ANCHORS.premessa}>
      <h2>Premessa</h2>
      <RichText text={front.premessa} className="pd-prose pd-columns" />
    </section>
  );
}

function Ambiti({ front }: { front: FrontMatterView }) {
  if (front.ambiti.length === 0 && front.obiettiviStrategici.length === 0) return null;
  return (
    <section className="pd-sheet" data-print-section="ambiti" id={ANCHORS.ambiti}>
      <h2>Ambiti strategici e linee di intervento</h2>
      <div className="pd-columns">
        {front.ambiti.map((ambito) => (
          <div key={ambito.code} className="pd-ambito" id={ANCHORS.ambito(ambito.code)}>
            <h3>
              <span className="pd-code">{ambito.code}</span> {ambito.name}
            </h3>
            {ambito.description.trim() !== '' && <RichText text={ambito.description} />}
            <ul className="pd-ambito-lines">
              {ambito.lines.map((line) => (
                <li key={line.code}>
                  <span className="pd-code">{line.code}</span> {line.name}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {front.obiettiviStrategici.length > 0 && (
        <div className="pd-ambito" id={ANCHORS.obiettiviStrategici}>
          <h3>Obiettivi strategici del programma pluriennale</h3>
          <ul className="pd-ambito-lines pd-columns">
            {front.obiettiviStrategici.map((os) => (
              <li key={os.code}>
                <span className="pd-code">{os.code}</span> {os.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Summary({ front }: { front: FrontMatterView }) {
  return (
    <section className="pd-sheet" data-print-section="riepilogo" id={ANCHORS.riepilogo}>
      <h2>Riepilogo degli obiettivi al {front.monitoringDate}</h2>
      <table className="pd-table pd-summary">
        <colgroup>
          <col className="pd-w-code" />
          <col className="pd-w-name" />
          <col className="pd-w-programma" />
          <col className="pd-w-area" />
          <col className="pd-w-count" />
          <col className="pd-w-perf" />
        </colgroup>
        <thead>
          <tr>
            <th>Codice</th>
            <th className="pd-col-name">Obiettivo</th>
            <th>Programma</th>
            <th>Area di responsabilità</th>
            <th>Indicatori</th>
            <th>Perfor&shy;mance</th>
          </tr>
        </thead>
        {front.groups.map((group) => (
          <tbody key={group.code}>
            <tr className="pd-group" data-print-row={`riepilogo#${group.code}`}>
              <td colSpan={5}>{group.label}</td>
              <td className="pd-num">{group.performance}</td>
            </tr>
            {group.rows.map((row, i) => (
              <tr key={`${row.code}-${i}`} data-print-row={`riepilogo#${row.code}`}>
                <td className="pd-num">{row.code}</td>
                <td className="pd-col-name">{row.title}</td>
                <td className="pd-num">{row.programma}</td>
                <td>{row.area}</td>
                <td className="pd-num">{row.indicatorCount}</td>
                <td className="pd-num pd-perf">{row.performance}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tbody>
          <tr className="pd-total" data-print-row="riepilogo#totale">
            <td className="pd-total-label" colSpan={5}>
              Performance complessiva dell’ente (media dei {front.scored})
            </td>
            <td className="pd-num">{front.overall}</td>
          </tr>
        </tbody>
      </table>
      <div className="pd-notes">
        <p>{front.policy}</p>
      </div>
    </section>
  );
}

/** `contents`: the Indice, printed right after the title page. */
export function PlanFrontMatter({ front, contents }: { front: FrontMatterView; contents?: ReactNode }) {
  return (
    <>
      <TitlePage front={front} />
      {contents}
      <Premessa front={front} />
      <Ambiti front={front} />
      <Summary front={front} />
    </>
  );
}
