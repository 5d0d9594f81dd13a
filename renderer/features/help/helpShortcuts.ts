/**
 * Every keyboard shortcut of PIRA Desk, by where it works. Why data: the help lists them, and a test checks that
 * every shortcut of the native menu is here (the help must not promise a key that does nothing, or miss one).
 */

export interface ShortcutGroup {
  heading: string;
  keys: Array<[keys: string, what: string]>;
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    heading: 'Ovunque',
    keys: [
      ['F1', 'questa guida, aperta sulla schermata in uso'],
      ['Ctrl+Z', 'annulla l’ultima modifica (anche dopo aver riaperto il file)'],
      ['Ctrl+Y', 'ripete la modifica annullata (Cmd+Maiusc+Z su Mac)'],
      ['Ctrl+F', 'cerca nell’elenco delle schede'],
      ['Esc', 'chiude la finestra aperta, o torna all’elenco dalla scheda'],
      ['Tab, Maiusc+Tab', 'passano al controllo seguente o precedente'],
      ['Ctrl+X', 'taglia'],
      ['Ctrl+C', 'copia'],
      ['Ctrl+V', 'incolla (nelle tabelle dei valori anche un blocco copiato da Excel)'],
      ['Ctrl+A', 'seleziona tutto il testo del campo'],
    ],
  },
  {
    heading: 'Menu File (applicazione desktop)',
    keys: [
      ['Ctrl+N', 'nuovo piano'],
      ['Ctrl+O', 'apri un file di piano'],
      ['Ctrl+Maiusc+S', 'salva una copia con nome'],
      ['Ctrl+I', 'importa Excel'],
      ['Ctrl+E', 'esporta Excel'],
      ['Ctrl+P', 'stampa'],
      ['Ctrl+Maiusc+P', 'esporta PDF'],
      ['Ctrl+Q', 'esci'],
    ],
  },
  {
    heading: 'Elenco delle schede',
    keys: [
      ['↑, ↓', 'scorrono le righe'],
      ['Invio', 'apre la scheda'],
      ['Spazio', 'spunta la riga; Maiusc+Spazio un intervallo'],
    ],
  },
  {
    heading: 'Tabelle dei valori (scheda e monitoraggio)',
    keys: [
      ['Alt+V', 'porta al primo valore vuoto della data in corso'],
      ['Invio, ↓', 'salvano la cella e scendono; Maiusc+Invio, ↑ salgono'],
      ['F2', 'modifica il contenuto della cella senza cancellarlo'],
      ['Esc', 'rimette nella cella il valore del file'],
      ['Alt+↑, Alt+↓', 'spostano l’indicatore (scheda)'],
      ['Alt+Ins', 'aggiunge un indicatore (scheda)'],
      ['Alt+Canc', 'toglie l’indicatore (scheda)'],
    ],
  },
  {
    heading: 'Premessa (Impostazioni)',
    keys: [
      ['Ctrl+B', 'grassetto'],
      ['Ctrl+I', 'corsivo'],
    ],
  },
  {
    heading: 'Visualizza (applicazione desktop)',
    keys: [
      ['Ctrl+0', 'dimensioni reali'],
      ['Ctrl++', 'ingrandisce'],
      ['Ctrl+-', 'riduce'],
      ['F11', 'schermo intero'],
    ],
  },
];
