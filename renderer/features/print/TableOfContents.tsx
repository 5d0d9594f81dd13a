/**
 * The printed "Indice" of the whole plan: one line per section, ambito and card, each a link to its place and, once
 * the host has read the pages back from a first PDF, its page number (blank before: never a guessed number).
 * Why links: in the PDF they are the Indice's clickable destinations; in the in-app preview they scroll to the sheet
 * (the hash is the app's route, so the browser's own jump is prevented).
 */
import type { MouseEvent } from 'react';
import type { ContentsEntry } from './printContents';

export type PageNumbers = Readonly<Record<string, number>>;

function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

export function TableOfContents({ entries, pages }: { entries: ContentsEntry[]; pages: PageNumbers | null }) {
  if (entries.length === 0) return null;
  return (
    <nav className="pd-sheet pd-toc" aria-labelledby="pd-toc-title" data-print-section="indice">
      <h2 id="pd-toc-title">Indice</h2>
      <ol className="pd-toc-list">
        {entries.map((entry, i) => {
          const page = pages?.[entry.id];
          return (
            <li key={`${entry.id}-${i}`} className={`pd-toc-entry pd-toc-level-${entry.level}`} data-toc-entry={entry.id}>
              <a href={`#${entry.id}`} onClick={(event) => jump(event, entry.id)}>
                {entry.code && <span className="pd-toc-code">{entry.code}</span>}
                <span className="pd-toc-label">{entry.label}</span>
                <span className="pd-toc-leader" aria-hidden="true" />
                <span className="pd-toc-page">{page ?? ''}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
