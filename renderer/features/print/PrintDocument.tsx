/**
 * The printable document of a print job: front matter for the whole plan (with its Indice), the dashboard, then one
 * sheet per card. Why: the standalone print route (#/stampa…) and the in-app preview render exactly the same thing;
 * only the print route gets the Indice's page numbers, read back by the host from a first PDF.
 */
import { useMemo } from 'react';
import type { PlanDocument } from '../../../shared/model';
import { CardSheet } from './CardSheet';
import { DashboardSheets } from './DashboardSheets';
import { PlanFrontMatter } from './PlanFrontMatter';
import { ANCHORS, tableOfContents } from './printContents';
import { buildPrintDocument, type PrintDocumentRequest } from './printDocument';
import { TableOfContents, type PageNumbers } from './TableOfContents';
import './print.css';

export type PrintRequest = PrintDocumentRequest;

export function PrintDocument({ plan, request, pages = null }: { plan: PlanDocument; request: PrintRequest; pages?: PageNumbers | null }) {
  const view = useMemo(() => buildPrintDocument(plan, request), [plan, request]);
  const contents = useMemo(() => tableOfContents(view), [view]);
  return (
    <div className="pd-document" lang="it">
      {view.missingCodes.length > 0 && (
        <p className="pd-missing" role="alert">
          Schede non trovate nel piano {plan.settings.year}: {view.missingCodes.join(', ')}.
        </p>
      )}
      {view.front && <PlanFrontMatter front={view.front} contents={<TableOfContents entries={contents} pages={pages} />} />}
      {view.dashboard && <DashboardSheets view={view.dashboard} />}
      {view.cards.map((sheet, i) => (
        <CardSheet key={`${sheet.code}-${i}`} sheet={sheet} anchor={ANCHORS.card(i)} />
      ))}
    </div>
  );
}
