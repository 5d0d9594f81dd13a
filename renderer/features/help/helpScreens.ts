/**
 * The guide of each screen, in Italian, for a planning officer: what the screen is for, how to do the usual things
 * there, what to watch. Why bundled data: the help must work offline, and F1 shows the guide of the screen in use.
 */
import type { Route } from '../../routes';

export interface HelpSection {
  heading: string;
  paragraphs?: string[];
  /** Steps in order (a numbered list). */
  steps?: string[];
}

export interface ScreenGuide {
  title: string;
  intro: string;
  sections: HelpSection[];
}

export type HelpScreen = 'cards' | 'card' | 'dashboard' | 'monitoring' | 'history' | 'catalogues' | 'settings' | 'comparison';

/** The guide shown for a route (the print views are reached from the list: they share its guide). */
export function helpScreenOf(route: Route): HelpScreen {
  switch (route.view) {
    case 'card':
    case 'dashboard':
    case 'monitoring':
    case 'history':
    case 'catalogues':
    case 'settings':
    case 'comparison':
      return route.view;
    default:
      return 'cards';
  }
}

export const SCREEN_GUIDES: Record<HelpScreen, ScreenGuide> = {
  cards: {
    title: 'Elenco delle schede',
    intro: 'Tutte le schede obiettivo del piano scelto in alto («Piano e anno»), con la performance alla data indicata in «Valori al».',
    sections: [
      {
        heading: 'Trovare una scheda',
        paragraphs: [
          'Scrivere nella casella di ricerca (Ctrl+F da qualunque schermata) una parte del codice, del titolo o del nome di un indicatore.',
          'I filtri a destra restringono l’elenco per ambito o linea, missione, area e stato della performance; «Ordina per» cambia l’ordine. Il numero di schede mostrate è accanto alla ricerca.',
        ],
      },
      {
        heading: 'Aprire, creare, selezionare',
        steps: [
          'Con ↑ e ↓ si scorrono le righe, Invio apre la scheda (anche un clic sul codice).',
          '«+ Nuova scheda» chiede la linea dell’ambito, propone il primo codice libero e controlla che il codice segua la linea prima di creare la scheda.',
          'Spazio spunta la riga (Maiusc+Spazio o Maiusc+clic per un intervallo): «Esporta le selezionate…» e «Stampa le selezionate…» lavorano solo sulle schede spuntate.',
        ],
      },
      {
        heading: 'Da sapere',
        paragraphs: [
          'La riga con il focus mostra i testi interi; passando il mouse su un testo tagliato compare per intero.',
          'Un contrassegno giallo sulla riga segnala valori scritti che non si riescono a leggere: aprire la scheda per correggerli.',
        ],
      },
    ],
  },
  card: {
    title: 'Scheda obiettivo',
    intro: 'I dati dell’obiettivo e la tabella dei suoi indicatori. Ogni campo è salvato quando lo si lascia (Invio, Tab, un clic altrove): non c’è un pulsante «Salva».',
    sections: [
      {
        heading: 'Scrivere i valori',
        steps: [
          'Alt+V porta al primo valore vuoto della data di monitoraggio in corso.',
          'Scrivere il valore come lo scrive l’ufficio (1.234,5 · 46,56% · 31/12/2024 · sì · n.d.) e premere Invio: si passa all’indicatore sotto.',
          'Sotto la cella si legge che cosa è stato capito (→ numero 1.234); un testo che non si legge resta rosso e non va nel file finché non è corretto. Esc rimette il valore del file.',
        ],
      },
      {
        heading: 'Indicatori',
        paragraphs: [
          'Il nome va a capo nella sua cella: si legge sempre per intero. ▸ apre i dettagli della riga (algoritmo, fonte dei dati, note, performance impostata a mano con la motivazione).',
          'Alt+↑/↓ sposta la riga, Alt+Ins aggiunge un indicatore, Alt+Canc lo toglie. «Incolla righe…» aggiunge indicatori copiati da Excel o Word. I pesi sono relativi: «Pesi in parti uguali» li pareggia.',
        ],
      },
      {
        heading: 'Segnalazioni e storico',
        paragraphs: [
          'La barra gialla in alto riassume errori e avvisi (codice che non segue la linea, pesi, unità di misura); ogni riga mostra i suoi.',
          'In fondo alla scheda, «Storico della scheda» elenca chi ha cambiato che cosa. In un piano approvato ogni modifica chiede il motivo della variazione; un valore di una data chiusa si corregge con ✎ «Rettifica».',
        ],
      },
    ],
  },
  dashboard: {
    title: 'Cruscotto della performance',
    intro: 'La performance dell’ente e degli aggregati (ambiti e linee, missioni e programmi, obiettivi strategici, aree, uffici) alla data scelta in «Valori al».',
    sections: [
      {
        heading: 'Leggere i grafici',
        paragraphs: [
          'Il colore della barra dice lo stato: verde raggiunto (100%), giallo parziale (60–99%), rosso critico (sotto il 60%), grigio non disponibile (n.d.).',
          'Quando c’è una data di monitoraggio precedente con valori, un trattino nero sulla barra segna dove stava a quella data e accanto è scritta la variazione in punti. Con un limite di performance oltre il 100% una linea sottile segna il 100%. La legenda ripete questi segni.',
        ],
      },
      {
        heading: 'Dal cruscotto alle schede',
        paragraphs: [
          'Ogni barra e ogni conteggio per stato è un pulsante: apre l’elenco delle schede già filtrato su quel gruppo.',
          '«Stampa il cruscotto…» lo stampa da solo su una pagina A4; nel piano completo segue il riepilogo.',
        ],
      },
    ],
  },
  monitoring: {
    title: 'Monitoraggio dei valori',
    intro: 'Tutti gli indicatori del piano in una sola tabella (o solo quelli delle schede filtrate nell’elenco): è il posto per scrivere una stagione di valori.',
    sections: [
      {
        heading: 'Una stagione di valori',
        steps: [
          'Alt+V porta al primo valore vuoto della data in corso.',
          'Scrivere il valore e premere Invio: si scende all’indicatore seguente, anche nella scheda dopo.',
          'Una colonna copiata da Excel si incolla nella prima cella: un’anteprima mostra che cosa verrebbe sovrascritto prima di scrivere.',
        ],
      },
      {
        heading: 'Da sapere',
        paragraphs: [
          'C’è una colonna per ogni data di monitoraggio del piano; le date chiuse sono di sola lettura. La performance di ogni data si aggiorna mentre si scrive.',
          'Ctrl+Z annulla l’ultimo valore salvato, anche dopo aver riaperto il file.',
        ],
      },
    ],
  },
  history: {
    title: 'Storico delle modifiche',
    intro: 'Ogni modifica registrata nel file, dalla più recente: quando, chi e da quale computer, e campo per campo il prima e il dopo.',
    sections: [
      {
        heading: 'Cercare una modifica',
        paragraphs: ['I filtri in alto restringono per periodo (Dal, Al), utente, scheda e tipo di modifica; «Solo variazioni al piano» mostra le modifiche di un piano approvato, con il loro motivo.'],
      },
      {
        heading: 'Annullare',
        paragraphs: [
          '«Annulla la modifica…» riporta le righe toccate da quella modifica com’erano, e registra a sua volta l’annullamento. È rifiutato, dicendo quale, se una modifica successiva ha toccato le stesse schede.',
          '«Stampa le variazioni al piano…» e «PDF delle variazioni…» producono l’elenco delle variazioni da allegare agli atti.',
        ],
      },
    ],
  },
  catalogues: {
    title: 'Cataloghi del piano',
    intro: 'Le voci tra cui si sceglie nelle schede: missioni e programmi, ambiti strategici e linee, obiettivi strategici, aree, uffici, tipologie e unità di misura.',
    sections: [
      {
        heading: 'Modificare le voci',
        paragraphs: [
          'Ogni voce ha codice e denominazione; «+ Aggiungi …» aggiunge una riga, «Elimina» la toglie. Un programma può avere gli alias dei vecchi codici, così le importazioni li riconoscono.',
          'Aree e uffici scritti in modi diversi (maiuscole, spazi) sono segnalati in alto: si sceglie la grafia da tenere e tutte le schede vengono riscritte in una volta (Ctrl+Z annulla l’unione).',
        ],
      },
    ],
  },
  settings: {
    title: 'Impostazioni del piano',
    intro: 'Lo stato del piano, i dati del documento, le regole di calcolo, le date di monitoraggio e la premessa.',
    sections: [
      {
        heading: 'Stato del piano',
        paragraphs: [
          '«Approva il piano…» chiede data e numero della delibera. Da approvato, schede, indicatori, target e pesi si cambiano solo come variazione, con il motivo; i valori rilevati restano liberi.',
          'A fine anno «Chiudi il piano» lo blocca del tutto; si riapre indicando il motivo.',
        ],
      },
      {
        heading: 'Date di monitoraggio',
        paragraphs: [
          'Aggiungere una data (es. 31/12/2024) crea una colonna vuota per i valori. «Chiudi il monitoraggio al …» rende quei valori di sola lettura e registra le performance di quel giorno; un valore chiuso si corregge poi con una rettifica motivata.',
        ],
      },
      {
        heading: 'Premessa e regole di calcolo',
        paragraphs: [
          'La premessa si scrive con i pulsanti Grassetto (Ctrl+B), Corsivo (Ctrl+I) ed Elenco; l’anteprima accanto la mostra come sarà stampata.',
          'Le regole di calcolo (limite massimo, scadenze in ritardo, indicatori n.d.) valgono per tutto il piano e sono stampate in nota.',
        ],
      },
    ],
  },
  comparison: {
    title: 'Confronto tra due piani',
    intro: 'Che cosa è cambiato tra due piani (due anni, o due copie dello stesso anno): schede aggiunte, tolte e cambiate campo per campo.',
    sections: [
      {
        heading: 'Leggere il confronto',
        paragraphs: [
          'Tra anni diversi i target si confrontano anno per anno e i valori rilevati non contano come differenze. «Mostra anche le schede invariate» completa l’elenco.',
          'Il confronto si esporta in Excel o si stampa; «Chiudi il confronto» torna all’elenco.',
        ],
      },
    ],
  },
};
