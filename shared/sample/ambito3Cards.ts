// Cards of ambito strategico 3 (ottimizzazione della struttura) of the 2024 plan, as published in the seed document.
// Why: the embedded sample is the real plan; one file per ambito keeps each file readable.
import { ND, DASH, YES, NO, num, pct, date, euros, INTERNAL, type CardData } from './builders';

/** 03_01_OS01 – Processo di riorganizzazione derivante dalla riforma e dell'accorpamento */
export const riorganizzazione: CardData = {
  code: '03_01_OS01',
  title: "Processo di riorganizzazione derivante dalla riforma e dell'accorpamento",
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `In questi primi anni post accorpamento l'ente, al fine di perseguire le più efficienti condizioni gestionali, ha avviato un complesso processo che vuole cogliere le opportunità offerte dalla "fusione" delle due realtà camerali in termini di valorizzazione delle competenze, delle aspettative e delle vocazioni professionali delle risorse umane e di capitalizzazione delle best practices, un percorso che dovrà essere completato nel corso del 2024.`,
  resources: INTERNAL,
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: [],
  indicators: [
    {
      name: 'Indagine di benessere organizzativo',
      algoritmo: 'Dipendenti che rispondono al questionario/numero di dipendenti coinvolti',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: ND, targets: [pct(50), pct(50), pct(50)], weight: 0.143,
    },
    {
      name: 'Intranet',
      algoritmo: 'Implementazione della nuova intranet',
      tipologia: 'Efficienza', udm: 'si/no', operator: '=',
      actual: ND, targets: [YES, YES, YES], weight: 0.143,
    },
    {
      name: 'Sistema di Misurazione e Valutazione della Performance',
      algoritmo: 'Aggiornamento ed approvazione del SMVP',
      tipologia: 'Efficienza', udm: 'entro', operator: '=',
      actual: date('2024-01-31'), targets: [date('2024-01-31'), date('2025-01-31'), date('2026-01-31')], weight: 0.143,
    },
    {
      name: 'Contrattazione integrativa',
      algoritmo: 'Sottoscrizione contratti integrativi',
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: ND, targets: [pct(100), pct(100), pct(100)], weight: 0.143,
    },
    {
      name: 'Comunicazione interna',
      algoritmo: 'Comunicazioni di servizio',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(7), targets: [num(15), num(15), num(15)], weight: 0.143,
    },
    {
      name: 'Piano integrato di attività e organizzazione',
      algoritmo: 'Approvazione del documento',
      tipologia: 'Efficienza', udm: 'entro', operator: '=',
      actual: date('2024-01-31'), targets: [date('2024-01-31'), date('2025-01-31'), date('2026-01-31')], weight: 0.143,
    },
    {
      name: 'Customer satisfaction',
      algoritmo: 'Valore medio di ente',
      tipologia: 'Qualità', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(8), num(8), num(8)], weight: 0.143,
    },
  ],
};

/** 01_04_OS01 – Valorizzazione degli spazi camerali e dell’Auditorium */
export const spaziCamerali: CardData = {
  code: '01_04_OS01',
  title: 'Valorizzazione degli spazi camerali e dell’Auditorium',
  missione: '011',
  programma: '011.005',
  ambitoLine: '03_01',
  description: `La Camera di Commercio, oltre ad essere un luogo aperto al dialogo e al confronto, è anche uno spazio fisico a disposizione delle imprese e di tutti gli stakeholder con gli spazi della sede di Prato, sempre più veicolo della sua immagine e del suo territorio. Uno spazio che rende l’Ente un polo attrattivo che contribuisce allo sviluppo del turismo congressuale. Nel 2024, analogamente, si opererà anche per la valorizzazione degli spazi pubblici della sede di Pistoia.`,
  resources: euros(25000),
  area: 'Segretario Generale',
  office: 'Relazioni esterne',
  footnotes: [],
  indicators: [
    {
      name: 'Attrattività eventi realizzati',
      algoritmo: 'Numero di partecipanti ad eventi realizzati presso le sedi',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(8380), targets: [num(7500), num(7500), num(7500)], weight: 0.2,
    },
    {
      name: 'Eventi Spazi camerali',
      algoritmo: 'Numero di eventi realizzati e/o ospitati presso gli spazi camerali',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(63), targets: [num(80), num(80), num(80)], weight: 0.2,
    },
    {
      name: 'Eventi Auditorium',
      algoritmo: 'Numero di eventi realizzati e/o ospitati presso l’Auditorium',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(30), targets: [num(35), num(35), num(35)], weight: 0.2,
    },
    {
      name: 'Grado di autofinanziamento spazi camerali',
      algoritmo: 'Totale proventi gestione sale/costi gestione Auditorium',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(60), targets: [pct(71), pct(71), pct(71)], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(54), targets: [pct(80), pct(80), pct(80)], weight: 0.2,
    },
  ],
};

/** 03_01_OS05 – Pari opportunità */
export const pariOpportunita: CardData = {
  code: '03_01_OS05',
  title: 'Pari opportunità',
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `La Camera di Commercio pone in essere costantemente iniziative finalizzate al miglioramento del benessere organizzativo. Tra queste particolare rilevanza assumono le politiche di formazione del personale, le indagini di clima interno, il mantenimento di ambienti di lavoro confortevoli e le politiche di pari opportunità.`,
  resources: INTERNAL,
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: [],
  indicators: [
    {
      name: 'Distribuzione della dirigenza per genere',
      algoritmo: "Numero di dirigenti donna/totale dei dirigenti (calcolato sul personale transitato nell'anno)",
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(33), targets: [pct(33), pct(33), pct(33)], weight: 0.077,
    },
    {
      name: 'Distribuzione del personale per genere',
      algoritmo: "Numero di dipendenti donna/totale dei dipendenti (calcolato sul personale transitato nell'anno)",
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: pct(65), targets: [pct(63), pct(63), pct(63)], weight: 0.077,
    },
    {
      name: 'Indagine di clima interno',
      algoritmo: 'Valore medio riportato nella sezione "Le discriminazioni"',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(5, 1), num(5, 1), num(5, 1)], weight: 0.077,
    },
    {
      name: 'Conciliazione tempi di vita e di lavoro',
      algoritmo: 'Dipendenti che si avvalgono di permessi legati a motivi di cura (maternità facoltativa, l. 104) / aventi diritto',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(92), targets: [pct(60), pct(60), pct(60)], weight: 0.077,
    },
    {
      name: "DPR 125:2022 - Indicatori area VI Ricorso all'utilizzo di congedi di paternità",
      algoritmo: 'Numero di uomini che beneficiano effettivamente dei congedi di paternità nei primi 12 anni di vita del bambino/ Numero totale di uomini potenzialmente beneficiari di tali congedi',
      tipologia: 'Volume', udm: '%', operator: '=',
      actual: pct(0), targets: [pct(100), pct(100), pct(100)], weight: 0.077,
    },
    {
      name: 'DPR 125:2022 - Indicatori area VI utilizzo di congedi di paternità',
      algoritmo: 'Numero totale di giorni di paternità obbligatoria fruiti/numero di giorni potenziali previsti dalla legge',
      tipologia: 'Volume', udm: '%', operator: '=',
      actual: pct(0), targets: [pct(100), pct(100), pct(100)], weight: 0.077,
    },
    {
      name: 'Formazione del personale',
      algoritmo: 'Realizzazione di interventi formativi su proposta del CUG',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(1), num(1), num(1)], weight: 0.077,
    },
    {
      name: 'Favorire la partecipazione dei dipendenti alle iniziative formative',
      algoritmo: 'Numero di dipendenti che hanno partecipato almeno ad un corso di formazione/numero dipendenti',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: ND, targets: [pct(99), pct(99), pct(99)], weight: 0.077,
    },
    {
      name: 'Benessere organizzativo',
      algoritmo: 'Diffusione dei risultati (mail,incontri,etc)',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(1), num(1), num(1)], weight: 0.077,
    },
    {
      name: 'CUG',
      algoritmo: 'Trasmissione informazioni al CUG',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: date('2024-03-26'), targets: [date('2024-02-28'), date('2025-02-28'), date('2026-02-28')], weight: 0.077,
      override: {
        performance: 0.57,
        justification:
          "Trasmissione avvenuta il 26/03/2024, 27 giorni dopo la scadenza del 28/02/2024: l'ufficio ha valutato la performance al 57% invece dello 0% previsto per le scadenze non rispettate.",
      },
    },
    {
      name: 'Adozione di un modello strutturato di definizione, introduzione e sviluppo delle modalità di lavoro agile',
      algoritmo: 'Definizione di un documento di sintesi sugli interventi effettuati al 31.12 anno n-1',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: date('2024-01-31'), targets: [date('2024-02-28'), date('2025-02-28'), date('2026-02-28')], weight: 0.077,
    },
    {
      name: 'Valorizzazione ruolo del CUG',
      algoritmo: 'Termine per aggiornamento dei contenuti sezione intranet dalla richiesta del CUG',
      tipologia: 'Efficienza', udm: 'gg', operator: '<=',
      actual: num(2), targets: [num(10), num(10), num(10)], weight: 0.077,
    },
    {
      name: 'Valorizzazione ruolo del CUG 2',
      algoritmo: 'Numero di comunicazioni inviate al personale',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(2), num(2), num(2)], weight: 0.077,
    },
  ],
};

/** 03_04_OS04 – Compliance */
export const compliance: CardData = {
  code: '03_04_OS04',
  title: 'Compliance',
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `Numerosi interventi normativi si sono succeduti nel corso del tempo per introdurre strumenti che possano migliorare l'accountability della Camera di Commercio. Accountability significa "essere responsabili" "essere degni di fiducia" e questo concetto è stato formalizzato anche all'interno del GDPR in tema di trattamento di dati personali. La reponsabilità nei confronti degli utenti, però, oltre che dalla normativa in tema di privacy, è garantita anche da quella in tema di prevenzione della corruzione che pone a carico dell'ente una serie di adempimenti che mirano a favorire la cultura dell'integrità e dell'etica pubblica.`,
  resources: INTERNAL,
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: [],
  indicators: [
    {
      name: 'Privacy - Registro dei trattamenti',
      algoritmo: 'Aggiornamento registri',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: NO, targets: [date('2024-12-31'), date('2025-12-31'), date('2026-12-31')], weight: 0.125,
    },
    {
      name: 'Privacy - formazione del personale',
      algoritmo: 'Organizzazione di un corso per il personale',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: NO, targets: [num(1), num(1), num(1)], weight: 0.125,
    },
    {
      name: 'Privacy - audit interno',
      algoritmo: 'Audit interno e relazione al responsabile del trattamento',
      tipologia: 'Efficienza', udm: 'si/no', operator: '=',
      actual: NO, targets: [YES, YES, YES], weight: 0.125,
    },
    {
      name: 'Privacy - misure di sicurezza',
      algoritmo: 'Verifica adeguatezza misure minime di sicurezza',
      tipologia: 'Efficienza', udm: 'si/no', operator: '>=',
      actual: ND, targets: [YES, YES, YES], weight: 0.125,
    },
    {
      name: 'Revisione ordinaria partecipazioni pubbliche (art. 20 TUSP)',
      algoritmo: "Predisposizione Relazione tecnica ai fini dell'adozione del piano",
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: NO, targets: [date('2024-12-15'), date('2025-12-15'), date('2026-12-15')], weight: 0.125,
    },
    {
      name: 'Antiriciclaggio - formazione del personale',
      algoritmo: 'Realizzazione di un intervento formativo',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(1), num(1), num(1)], weight: 0.125,
    },
    {
      name: 'Antiriciclaggio - relazione annuale',
      algoritmo: 'Trasmissione della relazione del GSA al RPCT',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: ND, targets: [date('2024-11-30'), date('2025-11-30'), date('2026-11-30')], weight: 0.125,
    },
    {
      name: 'Antiriciclaggio - misure organizzative',
      algoritmo: 'Revisione misure organizzative antiriciclaggio',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: ND, targets: [date('2024-12-31'), DASH, DASH], weight: 0.125,
    },
  ],
};

/** 03_01_OS03 – Trasparenza e anticorruzione */
export const trasparenza: CardData = {
  code: '03_01_OS03',
  title: 'Trasparenza e anticorruzione',
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `Gli interventi legislativi degli anni scorsi hanno ridefinito gli adempimenti pubblicitari in tema di trasparenza ex art. 11 D. Lgs. 150/2009, richiedendo alle amministrazioni pubbliche una particolare attenzione alle informazioni da pubblicare sui propri siti web. Secondo un rinnovato modo di intendere i rapporti tra cittadini e Pubblica Amministrazione la trasparenza amministrativa ha come finalità quella di sostenere il miglioramento della performance, migliorare l'accountability dei manager pubblici, abilitare nuovi meccanismi di partecipazione e collaborazione tra cittadini e PA, attivare un nuovo tipo di "controllo sociale", favorire la prevenzione della corruzione. Nel 2024 costante sarà l'impegno a realizzare concretamente la trasparenza amministrativa, principalmente attraverso l'aggiornamento di dati oggetto di pubblicazione obbligatoria, con il bilanciamento attento dell'esigenza, da un lato, del fare dell'Amministrazione una vera e propria "casa di vetro" per tutti gli stakeholder, dall'altro di tutelare la riservatezza. La Giunta ha dettato gli obiettivi strategici per la predisposizione della sezione "rischi corruttivi e trasparenza" con delibera n. 108/23 del giorno 8.11.2023.`,
  resources: INTERNAL,
  area: 'Responsabile Prevenzione Corruzione Trasparenza',
  office: 'Obiettivo Trasversale',
  footnotes: [],
  indicators: [
    {
      name: 'Giornata della Trasparenza',
      algoritmo: 'Realizzazione Giornata della Trasparenza',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: NO, targets: [date('2024-11-30'), date('2025-11-30'), date('2026-11-30')], weight: 0.111,
    },
    {
      name: 'Codice di comportamento',
      algoritmo: "Verifica annuale sull'attuazione",
      tipologia: 'Efficienza', udm: 'si/no', operator: '=',
      actual: NO, targets: [YES, YES, YES], weight: 0.111,
    },
    {
      name: 'Formazione su anticorruzione',
      algoritmo: 'Ore di formazione del personale - base',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(3), num(3), num(3)], weight: 0.111,
    },
    {
      name: 'Formazione specialistica su anticorruzione',
      algoritmo: 'Ore di formazione del personale - medio/alto rischio',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(3), num(3), num(3)], weight: 0.111,
      note: 'Target modificato rispetto al PIAO 2024',
    },
    {
      name: 'Misure organizzative in materia di trasparenza',
      algoritmo: 'Monitoraggi effettuati',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(2), num(2), num(2)], weight: 0.111,
    },
    {
      name: 'Tempi dei procedimenti',
      algoritmo: 'Monitoraggi effettuati',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(2), num(2), num(2)], weight: 0.111,
    },
    {
      name: 'Sezione PIAO "prevenzione della corruzione"',
      algoritmo: 'Termine del processo partecipativo',
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: num(0), targets: [date('2024-01-08'), date('2025-01-20'), date('2026-01-20')], weight: 0.111,
      note: 'Target modificato rispetto al PIAO 2024',
    },
    {
      name: "Grado di trasparenza dell'amministrazione",
      algoritmo: 'Completezza del contenuto sezioni AT',
      tipologia: 'Qualità', udm: '%', operator: '>=',
      actual: pct(100), targets: [pct(100), pct(100), pct(100)], weight: 0.111,
    },
    {
      name: "Monitoraggio conflitto d'interessi",
      algoritmo: "Verifica annuale rapporti con soggetti che stipulano contratti con l'ente",
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(15), pct(15), pct(15)], weight: 0.111,
    },
  ],
};

/** 03_01_OS02 – Salute organizzativa */
export const saluteOrganizzativa: CardData = {
  code: '03_01_OS02',
  title: 'Salute organizzativa',
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `In un contesto come quello attuale le politiche di gestione delle risorse umane rivestiranno un ruolo fondamentale nche al fine di incrementare l'efficienza dei processi aziendali, con effettivi miglioramenti qualitativi dei servizi offerti e della produttività dell'amministrazione. I benefici attesi sono lo sviluppo del caitale umano e la valorizzazione delle risorse umane.`,
  resources: INTERNAL,
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: [],
  indicators: [
    {
      name: 'Dimensionamento del personale',
      algoritmo: 'Copertura della dotazione organica',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(78), targets: [pct(79), pct(79), pct(79)], weight: 0.083,
    },
    {
      name: 'Età media del personale',
      algoritmo: 'Somma età / totale personale',
      tipologia: 'Volume', udm: 'n.', operator: '<=',
      actual: num(56), targets: [num(57), num(58), num(59)], weight: 0.083,
    },
    {
      name: 'Anzianità media di servizio del personale',
      algoritmo: 'somma anzianità/totale personale',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(25), targets: [num(26), num(27), num(28)], weight: 0.083,
    },
    {
      name: 'Esperienza del personale',
      algoritmo: 'Numero dipendenti con >10 anni nella PA/totale del personale',
      tipologia: 'Volume', udm: '%', operator: '>=',
      actual: pct(100), targets: [pct(96), pct(100), pct(100)], weight: 0.083,
      cap: 'none',
    },
    {
      name: 'Incidenza dipendenti laureati',
      algoritmo: 'Numero di dipendenti laureati/totale personale (sui transitati)',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(35), targets: [pct(33), pct(33), pct(33)], weight: 0.083,
    },
    {
      name: 'Part time',
      algoritmo: 'Grado di copertura posti a part time',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: pct(40), targets: [pct(44), pct(41), pct(44)], weight: 0.083,
    },
    {
      name: 'Formazione del personale',
      algoritmo: "Numero partecipanti effettivi all'evento formativi / numero destinatari dell'intervento",
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(99), pct(99), pct(99)], weight: 0.083,
    },
    {
      name: 'Soddisfazione per interventi formativi',
      algoritmo: 'Livello medio di soddisfazione per interventi formativi',
      tipologia: 'Qualità', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(4), num(4), num(4)], weight: 0.083,
    },
    {
      name: 'Assenteismo malattie brevi',
      algoritmo: 'Giorni di assenza per malattie / totale dipendenti di ruolo (esclusa dirigenza)',
      tipologia: 'Efficienza', udm: 'n.', operator: '<=',
      actual: num(3), targets: [num(3), num(3), num(3)], weight: 0.083,
    },
    {
      name: 'Qualità dei luoghi di lavoro',
      algoritmo: 'Numero di infortuni sul luogo di lavoro (esclusi quelli in itinere)',
      tipologia: 'Qualità', udm: 'n.', operator: '=',
      actual: num(0), targets: [num(0), num(0), num(0)], weight: 0.083,
    },
    {
      name: 'Valutazione stress lavoro correlato',
      algoritmo: 'Punteggio finale, secondo metodologia INAIL, in area di non rilevanza',
      tipologia: 'Qualità', udm: 'si/no', operator: '=',
      actual: ND, targets: [YES, YES, YES], weight: 0.083,
    },
    {
      name: 'Tasso di assenza',
      algoritmo: 'Tasso di assenza del personale anno n/anno n-1',
      tipologia: 'Efficienza', udm: 'n.', operator: '<=',
      actual: num(1), targets: [num(1), num(1), num(1)], weight: 0.083,
    },
  ],
};

/** 03_01_OS06 – Salute finanziaria */
export const saluteFinanziaria: CardData = {
  code: '03_01_OS06',
  title: 'Salute finanziaria',
  missione: '032',
  programma: '032.003',
  ambitoLine: '03_01',
  description: `La riduzione delle risorse a disposizione, a cominciare dal taglio del diritto annuale, in aggiunta ai costanti interventi legislativi di contenimento della spesa pubblica, necessita, anche per la Camera di una gestione mirata e attenta che permetta di tenere sotto controllo la tenuta del bilancio, con la necessità di garantire servizi e investimenti efficienti per il supporto al sistema delle imprese locali. Si renderà quindi necessario reperire nuove risorse e ridurre e contenere i costi di struttura.`,
  resources: INTERNAL,
  area: 'Obiettivo trasversale',
  office: 'Obiettivo trasversale',
  footnotes: ['I dati saranno disponibili soltanto in sede di consuntivo 2023'],
  indicators: [
    {
      name: 'Valore della produzione',
      algoritmo: 'ricavi da diritto annuale (al netto della svalutazione) +ricavi da diritto di segreteria+contributi trasferiti+proventi da gestione di beni e servizi+variazione delle rimanenze',
      tipologia: 'Efficacia', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(11205947), num(11205947), num(11205947)], weight: 0.1,
    },
    {
      name: 'Costi di struttura',
      algoritmo: 'costi del personale + costi di funzionamento',
      tipologia: 'Efficienza', udm: 'n.', operator: '<=',
      actual: ND, targets: [num(7825999), num(7825999), num(7825999)], weight: 0.1,
    },
    {
      name: 'Costi di funzionamento servizi-anagrafico certificativi e servizi di regolazione del mercato e tutela del consumatore (funzione C)',
      algoritmo: 'Costi di funzionamento (diretti e indiretti) servizi anagrafico-certificativi e servizi di regolazione del mercato e tutela del consumatore',
      tipologia: 'Efficienza', udm: 'n.', operator: '<=',
      actual: ND, targets: [num(991894), num(991894), num(991894)], weight: 0.1,
    },
    {
      name: "Costi di funzionamento servizi di promozione e sviluppo dell'economia (funzione D)",
      algoritmo: "Costi di funzionamento (diretti e indiretti) servizi di promozione e sviluppo dell'economia",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(153365), num(153365), num(153365)], weight: 0.1,
    },
    {
      name: 'Indice di equilibrio strutturale',
      algoritmo: '(proventi strutturali-oneri strutturali)/proventi strutturali',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(-5), pct(-5), pct(-5)], weight: 0.1,
    },
    {
      name: 'Indice di struttura primario',
      algoritmo: 'patrimonio netto/Immobilizzazioni',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(147), pct(147), pct(147)], weight: 0.1,
    },
    {
      name: 'Solidità finanziaria',
      algoritmo: 'Patrimonio netto/passivo totale',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(2.68, 2), pct(3), pct(3)], weight: 0.1,
    },
    {
      name: 'Indebitamento',
      algoritmo: 'debiti di finanziamento',
      tipologia: 'Efficienza', udm: 'n.', operator: '=',
      actual: ND, targets: [pct(0, 2), pct(0), pct(0)], weight: 0.1,
    },
    {
      name: "Ritardo medio dei pagamenti ponderato in base all'importo delle fatture (PCC)",
      algoritmo: "Indica il ritardo medio della Camera di commercio per il pagamento delle fatture passive espresso in giorni, calcolato su un volume di pagamenti pari ad almeno l'80% dell'importo delle fatture ricevute (v. circolare 1/2024 RGS)",
      tipologia: 'Qualità', udm: 'n.', operator: '=',
      actual: ND, targets: [num(0), num(0), num(0)], weight: 0.1,
    },
    {
      name: 'Tempo medio di pagamento fatture (PCC)',
      algoritmo: 'Indica il tempo medio di pagamento delle fatture come da piattaforma PCC',
      tipologia: 'Efficienza', udm: 'gg', operator: '<=',
      actual: ND, targets: [num(30), num(30), num(30)], weight: 0.1,
    },
  ],
};
