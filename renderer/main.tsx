/**
 * Entry point of the renderer: for the app, creates the store and asks the back end for the plan's list at once,
 * then loads React and the screens (a chunk of their own) and mounts them; for `#/stampa…` addresses (a plan, a
 * comparison, the variations of an approved plan) it loads the standalone print page instead.
 * Why: the back end reads the list while the page fetches and evaluates the UI's code, instead of after React's
 * first render (issue 21); Electron's PDF export and the e2e tests load the print route without the editor around it.
 */
import { api } from './api';
import { parseRoute } from './routes';
import { createPiraStore } from './store/createPiraStore';
import './styles/app.css';

const root = document.getElementById('root') as HTMLElement;

/** A chunk of the UI that did not load (a damaged installation): said in the page rather than a blank window. */
function showLoadFailure(error: unknown): void {
  const note = document.createElement('p');
  note.className = 'banner banner-error';
  note.setAttribute('role', 'alert');
  note.textContent = `Impossibile avviare l’interfaccia: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(note);
}

const { route, planId } = parseRoute(window.location.hash);
if (route.view === 'printComparison' || route.view === 'printVariations' || window.location.hash.startsWith('#/stampa')) {
  import('./mountPrint').then((m) => m.mountPrint(root, route), showLoadFailure);
} else {
  const store = createPiraStore(api);
  // The list's request leaves with the session's (init asks for the latest plan's list at once); the session answers
  // in a few milliseconds and the app is evaluated a task later, while the back end reads the list (the app's chunks
  // are preloaded meanwhile: vitePreloadApp.ts).
  const sessionRead = new Promise<void>((resolve) => {
    const stop = store.subscribe((state) => {
      if (state.session || !state.loading) resolve(stop());
    });
  });
  const aTaskLater = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  // Only the first address's plan id counts: later navigation keeps the plan chosen in the toolbar.
  void store.getState().init(planId);
  sessionRead.then(aTaskLater).then(() => import('./mountApp')).then((m) => m.mountApp(root, store), showLoadFailure);
}
