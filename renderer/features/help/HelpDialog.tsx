/**
 * «Aiuto» (F1, «?» in the toolbar, Aiuto › Guida in the menu): three tabs — the guide of the screen in use, the
 * officer's year in PIRA Desk, the keyboard shortcuts. Why a dialog with tabs: it opens over the work without
 * losing it, Esc gives the focus back, and the tabs follow the ARIA pattern (← → Home End move between them).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { SCREEN_GUIDES, type HelpScreen, type HelpSection } from './helpScreens';
import { SHORTCUTS } from './helpShortcuts';
import { YEAR_TASKS } from './helpYear';
import './help.css';

type Tab = 'screen' | 'year' | 'keys';
const TABS: Array<[Tab, string]> = [
  ['screen', 'Questa schermata'],
  ['year', 'Il lavoro dell’anno'],
  ['keys', 'Scorciatoie da tastiera'],
];

function Sections({ sections }: { sections: HelpSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="help-section">
          <h3>{section.heading}</h3>
          {section.paragraphs?.map((p) => <p key={p}>{p}</p>)}
          {section.steps && (
            <ol>
              {section.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}

function Shortcuts() {
  return (
    <>
      {SHORTCUTS.map((group) => (
        <section key={group.heading} className="help-section">
          <h3>{group.heading}</h3>
          <table className="help-keys">
            <caption className="visually-hidden">{group.heading}: tasti e azioni</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Tasti</th>
                <th scope="col">Azione</th>
              </tr>
            </thead>
            <tbody>
              {group.keys.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

export function HelpDialog({ screen, onClose }: { screen: HelpScreen; onClose(): void }) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('screen');
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const guide = SCREEN_GUIDES[screen];
  const choose = (index: number) => {
    const next = TABS[(index + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next[0]);
    tabs.current[TABS.indexOf(next)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex(([key]) => key === tab);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(to);
  };
  return (
    <Dialog title="Aiuto di PIRA Desk" onClose={onClose} wide initialFocus={`[id="${id}-tab-screen"]`}>
      <div className="help">
        <div className="help-tabs" role="tablist" aria-label="Sezioni dell’aiuto" onKeyDown={onKeyDown}>
          {TABS.map(([key, label], i) => (
            <button
              key={key}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              id={`${id}-tab-${key}`}
              type="button"
              role="tab"
              aria-selected={tab === key}
              aria-controls={`${id}-panel`}
              tabIndex={tab === key ? 0 : -1}
              className="help-tab"
              onClick={() => setTab(key)}
            >
              {key === 'screen' ? `${label}: ${guide.title}` : label}
            </button>
          ))}
        </div>
        <div id={`${id}-panel`} className="help-panel" role="tabpanel" aria-labelledby={`${id}-tab-${tab}`} tabIndex={0} data-help-tab={tab}>
          {tab === 'screen' && (
            <>
              <h3 className="help-title">{guide.title}</h3>
              <p className="help-intro">{guide.intro}</p>
              <Sections sections={guide.sections} />
              <p className="hint">Il lavoro dell’anno e tutte le scorciatoie sono nelle altre due schede di questa guida (← →).</p>
            </>
          )}
          {tab === 'year' && (
            <>
              <p className="help-intro">Che cosa si fa in PIRA Desk nel corso dell’anno, passo per passo, e dove.</p>
              <Sections sections={YEAR_TASKS} />
            </>
          )}
          {tab === 'keys' && <Shortcuts />}
        </div>
      </div>
    </Dialog>
  );
}
