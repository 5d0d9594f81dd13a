/**
 * The printable document of a print job: front matter for the whole plan, the dashboard, then one sheet per card.
 * Why: the standalone print route (#/stampa…) and the in-app preview render exactly the same thing.
 */
import { useMemo } from 'react';
import type { PlanDocument } from '../../../shared/model';
import { CardSheet } from './CardSheet';
import { DashboardSheets } from './DashboardSheets';
import { PlanFrontMatter } from './PlanFrontMatter';
import { buildPrintDocument, type PrintDocumentRequest } from './printDocument';
import './print.css';

export type PrintRequest = PrintDocumentRequest;

export function PrintDocument({ plan, request }: { plan: PlanDocument; request: PrintRequest }) {
  const view = useMemo(() => buildPrintDocument(plan, request), [plan, request]);
  return (
    <div className="pd-document" lang="it">
      {view.missingCodes.length > 0 && (
        <p className="pd-missing" role="alert">
          Schede non trovate nel piano {plan.settings.year}: {view.missingCodes.join(', ')}.
        </p>
      )}
      {view.front && <PlanFrontMatter front={view.front} />}
      {view.dashboard && <DashboardSheets view={view.dashboard} />}
      {view.cards.map((sheet, i) => (
        <CardSheet key={`${sheet.code}-${i}`} sheet={sheet} />
      ))}
    </div>
  );
}
