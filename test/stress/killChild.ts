/**
 * Child process of the kill loop: opens the plan file the way the app does (lock, backups) and edits it through
 * the API handlers without end: four card saves, then an import that rewrites every card's description, again
 * and again. Each operation is acknowledged on stdout only after the API answered, exactly when the app would
 * show "Salvato"; the parent kills it at a random moment and checks that nothing acknowledged was lost.
 * Usage (by killLoop.ts): tsx test/stress/killChild.ts PLAN.pira DATA_DIR FIRST_SEQUENCE
 */
import { dispatch } from '../../electron/app/dispatch';
import { createDocumentSession } from '../../electron/app/documentSession';
import { createHandlers } from '../../electron/app/handlers';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { writeWorkbook } from '../../electron/exchange/writeWorkbook';
import type { PlanDocument } from '../../shared/model';
import { memoryHost } from '../exchange/fixtures';
import { editTitle, importDescription } from './killProtocol';

// Acknowledgements on stdout: `E <seq> <card code> <peak MB>` (a card's title), `I <seq> <peak MB>` (descriptions).
const [planPath = '', dataDir = '', first = '1'] = process.argv.slice(2);
const session = createDocumentSession(memoryHost(), { dataDir });
await session.open(planPath);
const handlers = createHandlers(session.context);

async function call<T>(method: string, req: unknown): Promise<T> {
  const result = await dispatch(handlers, method, req);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`PRONTO ${rss()}\n`);
for (let seq = Number(first); ; seq++) {
  const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
  if (seq % 5 === 0) {
    const imported = { ...doc, cards: doc.cards.map((card) => ({ ...card, description: importDescription(seq) })) };
    const bytes = writeWorkbook(buildWorkbookSpec(imported, null), 'xlsx');
    const preview = await call<{ token: string; canApply: boolean }>('previewImport', { planId: 1, fileName: 'prova.xlsx', dataBase64: bytes.toString('base64') });
    if (!preview.canApply) throw new Error(`importazione ${seq} non applicabile`);
    await call('applyImport', { token: preview.token });
    process.stdout.write(`I ${seq} ${rss()}\n`);
  } else {
    const card = doc.cards[seq % doc.cards.length]!;
    await call('saveCard', { planId: 1, card: { ...card, title: editTitle(seq) } });
    process.stdout.write(`E ${seq} ${card.code} ${rss()}\n`);
  }
}
