// Cards of ambito strategico 2 (semplificazione ed e-government) of the 2024 plan, as published in the seed document.
// Why: the embedded sample is the real plan; one file per ambito keeps each file readable.
import { ND, num, pct, euros, type CardData } from './builders';

/** 02_01_OS01 – Semplificazione e digitalizzazione */
export const semplificazione: CardData = {
  code: '02_01_OS01',
  title: 'Semplificazione e digitalizzazione',
  missione: '011',
  programma: '011.005',
  ambitoLine: '02_01',
  description: `Il sistema camerale è da sempre impegnato nello sviluppo digitale del Paese, ponendosi come precursore nell'implementazione e nell'adozione di soluzioni innovative nella Pubblica Amministrazione, anche facendo leva su nuove tecnologie informatiche in grado di abilitare nuovi modelli di servizio per le imprese. Nell'ambito delle proprie competenze le Camere hanno attuato linee d'azione destinate a portare, da una parte, strumenti e cultura digitale al mondo delle imprese, dall'altra a ricercare l'efficienza interna tramite una continua adozione di strumenti digitali. Questa strategia ha l'obiettivo di semplificare ed innovare i processi di funzionamento e di garantire un sistema più efficiente ed efficace, seguendo le disposizioni europee e nazionali, facilitando l'accesso ai servizi anche agli utenti maggiormente svantaggiati, riducendo così la distanza tra le Pubbliche Amministrazioni e i cittadini. Il digitale è un elemento imprescindibile al fine di rendere più efficienti i processi interni e migliorare la qualità dei servizi all'utenza. Nella cornice del contesto normativo attuale, costituito dal Piano Triennale della Pubblica amministrazione e dal Piano Nazionale di Ripresa e Resilienza (PNRR), si collocano le iniziative che intendono "...semplificare e facilitare il rapporto tra la Pubblica Amministrazione, i cittadini e le imprese portando i servizi della PA al cittadino e non viceversa tramite l'adozione di piattaforme interconnesse che consentano l'automatizzazione delle richieste di informazioni e la drastica riduzione di costi e tempi di comunicazione tra PA e cittadino."`,
  resources: euros(10000),
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: ['Gli ultimi dati disponibili si riferiscono al 31.3.2024'],
  indicators: [
    {
      name: 'Cassetto digitale',
      algoritmo: 'Totale imprese registrate',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(64488), targets: [num(65281), ND, ND], weight: 0.125,
    },
    {
      name: 'Grado di adesione al cassetto digitale',
      algoritmo: 'Numero totale di imprese aderenti al Cassetto digitale rispetto al totale delle imprese registrate',
      tipologia: 'Efficacia', udm: '%', operator: '>=',
      actual: pct(46.56, 2), targets: [pct(43), ND, ND], weight: 0.125,
    },
    {
      name: 'Nuove adesioni al cassetto digitale',
      algoritmo: 'Nuove adesioni al cassetto digitale rispetto al totale delle imprese registrate',
      tipologia: 'Efficacia', udm: '%', operator: '>=',
      actual: pct(2.77, 2), targets: [pct(11), ND, ND], weight: 0.125,
    },
    {
      name: 'Dispositivi per la firma digitale',
      algoritmo: 'Dispositivi emessi su sportello on line/ Dispositivi emessi',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(10.2, 2), targets: [pct(8.3, 1), ND, ND], weight: 0.125,
    },
    {
      name: 'Registro Imprese',
      algoritmo: '% visure on line',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(20.92, 2), targets: [pct(67.5, 1), ND, ND], weight: 0.125,
    },
    {
      name: 'PID',
      algoritmo: 'Partecipanti ad eventi in rapporto al numero delle imprese',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(7.75, 2), targets: [pct(7.6, 1), ND, ND], weight: 0.125,
    },
    {
      name: "Certificati d'origine",
      algoritmo: 'Percentuale di certificati stampati in azienda',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(51.7, 1), targets: [pct(45.8, 1), ND, ND], weight: 0.125,
    },
    {
      name: 'Orientamento al lavoro',
      algoritmo: 'Numero di cittadini/studenti su imprese registrate',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(5.3, 1), targets: [pct(5.2, 1), ND, ND], weight: 0.125,
    },
  ],
};
