/**
 * Entry point of the renderer: the standalone print page for `#/stampa…` addresses (a plan, a comparison, the
 * variations of an approved plan), the app otherwise.
 * Why: Electron's PDF export and the e2e tests load the print route directly, without the editor around it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { PrintView } from './features/print';
import { ComparisonPrintView } from './features/compare';
import { VariationsPrintView } from './features/history/VariationsPrintView';
import { parseRoute } from './routes';
import { createPiraStore } from './store/createPiraStore';
import { StoreProvider } from './store/StoreContext';
import './styles/app.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

const { route } = parseRoute(window.location.hash);
if (route.view === 'printComparison') {
  root.render(
    <StrictMode>
      <ComparisonPrintView before={route.before} after={route.after} />
    </StrictMode>,
  );
} else if (route.view === 'printVariations') {
  root.render(
    <StrictMode>
      <VariationsPrintView />
    </StrictMode>,
  );
} else if (window.location.hash.startsWith('#/stampa')) {
  root.render(
    <StrictMode>
      <PrintView />
    </StrictMode>,
  );
} else {
  const store = createPiraStore(api);
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
