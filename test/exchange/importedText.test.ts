// Issue 10, defects 5 and 6: imported text follows the editor's rules (control characters removed and said so, a
// text the editor refuses blocks the import), and an untouched export of texts with CR/LF, leading spaces or tabs
// (xlsx and ods) reports zero changes; the ODS never holds the literal `_x000d_` SheetJS writes for CR.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { dispatch } from '../../electron/app/dispatch';
import { createHandlers } from '../../electron/app/handlers';
import { cardSchema } from '../../shared/schemas';
import { sampleContext, xlsxFrom } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;

describe('control characters in imported text', () => {
  it('are removed as the editor would, each cell reported, and the card can be saved afterwards', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const rows = [
      ['Codice', 'N.', 'Indicatore', 'Note'],
      ['01_01_OS01', 1, 'Nome\u0001 nuovo\u0007', 'riga\u0000 uno'],
    ];
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') });
    expect(preview.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'Foglio «F», riga 2, colonna C: caratteri di controllo (U+0001, U+0007) rimossi dal testo, come fa l\'editor: controllare «Nome nuovo».' }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('colonna D: caratteri di controllo (U+0000) rimossi') }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Il file non contiene valori rilevati') }),
    ]);
    await handlers.applyImport({ token: preview.token });
    const card = env.reopen().repo.loadPlan(1).cards[0]!;
    expect([card.indicators[0]?.name, card.indicators[0]?.note]).toEqual(['Nome nuovo', 'riga uno']);
    expect(cardSchema.safeParse(card).success).toBe(true);
    // The editor's save goes through the request validation that refused such a card before the fix.
    const saved = await dispatch(createHandlers(env.ctx), 'saveCard', JSON.parse(JSON.stringify({ planId: 1, card: { ...card, title: 'Salvata dopo l’importazione' } })));
    expect(saved).toMatchObject({ ok: true, value: { title: 'Salvata dopo l’importazione' } });
  });

  it('a text longer than the editor allows blocks the import, naming card, indicator and field', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const rows = [
      ['Codice', 'N.', 'Indicatore', 'Fonte dei dati'],
      ['01_01_OS01', 1, 'Nome breve', 'x'.repeat(1001)],
    ];
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') });
    expect(preview.canApply).toBe(false);
    expect(preview.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', message: "Il piano importato non rispetta le regole dell'editor: scheda 01_01_OS01, indicatore «Nome breve», campo «fonte»: troppo lungo (al massimo 1000 caratteri)." }),
    );
  });
});

describe.each(['xlsx', 'ods'] as const)('an untouched %s export of texts with CR/LF and leading blanks', (format) => {
  it('shows no change', async () => {
    const card = env.file.repo.loadPlan(1).cards[0]!;
    env.file.repo.saveCard(1, {
      ...card,
      title: ' Titolo con uno spazio davanti',
      description: '  Primo paragrafo\r\ncon CRLF\r\n\r\n\tsecondo paragrafo dopo un tab\rcon un CR',
      footnotes: ['  nota con spazi ', '\tnota con tab'],
      indicators: card.indicators.map((i, n) => (n === 0 ? { ...i, note: '\r\n nota su due righe\r\nseconda', fonte: '\tfonte' } : i)),
    });
    const handlers = exchangeHandlers(env.ctx);
    const produced = await handlers.exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
    const bytes = Buffer.from(produced.dataBase64 ?? '', 'base64');
    if (format === 'ods') {
      const zip = CFB.read(bytes, { type: 'buffer' });
      const content = Buffer.from(zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('/content.xml'))]!.content).toString('utf8');
      expect(content).not.toMatch(/_x000d_/i);
      expect(content).toContain('<text:p>con CRLF</text:p>');
    }
    const preview = await handlers.previewImport({ planId: 1, fileName: `x.${format}`, dataBase64: produced.dataBase64 ?? '' });
    expect(preview.problems).toEqual([]);
    expect(preview.cards.filter((c) => c.status !== 'unchanged')).toEqual([]);
    expect(preview.summary.text).toBe('nessuna modifica');
  });
});
