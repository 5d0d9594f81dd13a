/**
 * The officer's year in PIRA Desk, in Italian: from the plan to its approval, the monitoring season, the
 * colleagues' round, the closing and the new year — each step with where to go in the app.
 */
import type { HelpSection } from './helpScreens';

export const YEAR_TASKS: HelpSection[] = [
  {
    heading: '1. Il piano dell’anno (novembre–gennaio)',
    steps: [
      '«Nuovo piano» (File › Nuovo piano…, Ctrl+N) crea il piano dell’anno copiando cataloghi e schede di quello aperto: triennio e data di monitoraggio si spostano di un anno, i valori rilevati restano nel vecchio anno.',
      'In Cataloghi si aggiornano missioni, programmi, ambiti e linee; nelle schede titoli, descrizioni, indicatori, target e pesi.',
      'In Impostazioni si scrive la premessa e si controllano le regole di calcolo.',
    ],
  },
  {
    heading: '2. L’approvazione',
    steps: [
      'Stampare il piano (Stampa/Anteprima › Esporta PDF…): il PDF ha indice, segnalibri ed è accessibile, pronto per la pubblicazione.',
      'Approvata la delibera, Impostazioni › Stato del piano › «Approva il piano…» con data e numero della delibera.',
      'Da qui ogni modifica a schede, target e pesi è una variazione: PIRA Desk chiede il motivo e la registra; Storico › «Stampa le variazioni al piano…» ne fa l’elenco.',
    ],
  },
  {
    heading: '3. La stagione di monitoraggio (30/06 e 31/12)',
    steps: [
      'In Impostazioni › Date di monitoraggio aggiungere la data, se non c’è già, e renderla la data di monitoraggio in corso.',
      'In Monitoraggio scrivere i valori: Alt+V porta al primo vuoto, Invio scende. Il Cruscotto mostra subito la performance.',
    ],
  },
  {
    heading: '4. Il giro dei colleghi',
    steps: [
      'File › Prepara raccolta dati… (o Esporta Excel › raccolta) scrive una cartella di lavoro per area o per ufficio, con le sole celle da compilare sbloccate.',
      'Ricevute le cartelle compilate, «Importa Excel» (anche più file insieme) mostra un’anteprima: chi ha cambiato che cosa, i problemi con foglio, riga e colonna, le scelte da fare. «Applica» scrive tutto o niente; «Annulla importazione» torna indietro.',
    ],
  },
  {
    heading: '5. La chiusura',
    steps: [
      'Controllati i valori, Impostazioni › Date di monitoraggio › «Chiudi il monitoraggio al …»: i valori diventano di sola lettura e la performance di quel giorno resta registrata.',
      'Un valore sbagliato dopo la chiusura si corregge con una rettifica (✎ nella scheda), indicando il motivo: la stampa la riporta in nota.',
      'A fine anno Impostazioni › «Chiudi il piano»: il piano non si modifica più.',
    ],
  },
  {
    heading: '6. Il nuovo anno',
    steps: [
      '«Nuovo piano» crea il piano dell’anno dopo dal piano chiuso e mostra che cosa ha riportato.',
      '«Confronta piani…» (⇄) mette a confronto i due anni prima dell’approvazione.',
    ],
  },
];
