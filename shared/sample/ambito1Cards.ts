// Cards of ambito strategico 1 (promozione e competitività) of the 2024 plan, as published in the seed document.
// Why: the embedded sample is the real plan; one file per ambito keeps each file readable.
import { ND, EMPTY, YES, num, pct, date, euros, type CardData } from './builders';

/** 01_01_OS01 – La doppia transizione digitale ed ecologica (pgt 20%) */
export const doppiaTransizione: CardData = {
  code: '01_01_OS01',
  title: 'La doppia transizione digitale ed ecologica (pgt 20%)',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_01',
  description: `Tra i programmi prioritari individuati da Unioncamere da finanziarsi con la maggiorazione del diritto annuale rientra anche il progetto "la doppia transizione digitale ed ecologica". La tematica rappresenta un elemento centrale del cambiamento economico - sociale e assume un ruolo prioritario nelle misure e nei progetti di rilancio del nostro Paese, nell'ambito del Piano Nazionale di Ripresa e Resilienza.

Il progetto prevede la realizzazione di una serie di azioni riconducibili a quattro linee strategiche che saranno progressivamente implementate nei triennio:

- Potenziamento delle competenze del capitale umano delle PMI in materia di digitale e green.
- Creazione e sviluppo di ecosistemi digitali e green.
- Potenziamento degli strumenti di assesment come fattori abilitanti alla doppia transizione.
- Accompagnamento delle imprese in materie di digitale e green e counselling per l'accesso ai finanziamenti pubblici.`,
  resources: euros(439846.96),
  area: 'Promozione e Sviluppo Economico',
  office: 'Punto impresa digitale',
  footnotes: [],
  indicators: [
    {
      name: "Ampiezza delle azioni di diffusione e sensibilizzazione realizzate dal PID per l'accrescimento della cultura d'impresa sulla doppia transizione",
      algoritmo: 'Numero di eventi di informazione e sensibilizzazione (seminari, webinar, incontri di formazione, ecc) sulla doppia transizione',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(4), ND, ND], weight: 0.2,
    },
    {
      name: 'Ampiezza delle attività di assesment',
      algoritmo: 'Numero di assesment (maturità digitale, cybersecurity, sostenibilità e energia) condotti dai PID sulla doppia transizione',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(43), targets: [num(80), ND, ND], weight: 0.2,
    },
    {
      name: 'Capacità di affiancare le imprese',
      algoritmo: 'Numero di incontri "one to one" realizzati dal PID per guidare le imprese nella doppia transizione (finanziamenti per il digitale e il green, follow up degli assesment, ecc)',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(15), ND, ND], weight: 0.2,
    },
    {
      name: 'Supporto finanziario alla "doppia transizione"',
      algoritmo: "Numero bandi predisposti nell'anno",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(1), ND, ND], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziati a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(7), targets: [pct(80), ND, ND], weight: 0.2,
    },
  ],
};

/** 01_01_OS04 – Transizione energetica (progetto FNP 2021-2022) - progetto regionale */
export const transizioneEnergetica: CardData = {
  code: '01_01_OS04',
  title: 'Transizione energetica (progetto FNP 2021-2022) - progetto regionale',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_01',
  description: `Il tema della transizione ecologica occupa un ruolo prioritario anche all'interno del Piao Nazionale di Ripresa e Resilienza (PNRR) che destina alla Missione 2 "Rivoluzione verde e transizione ecologica" 59,46 miliardi di euro con l'obiettivo di migliorare la sostenibilità e la resilienza del sistema economico, assicurando una transizione equa e inclusiva, contribuendo al raggiungimento degli obiettivi strategici di decarbonizzazione, anche attraverso l'incremento della quota derivante da energia rinnovabile. Per supportare il sistema produttivo e, in particolare, le micro, piccole e medie imprese, nell'affrontare la pressante crisi energetica e, al contempo, cogliere le opportunità del PNRR, una delle priorità principali del Fondo Perequativo è proprio il sostegno delle imprese nell'affrontare la transizione energetica. Il sistema camerale non può interenire direttamente nella riduzione dei costi energetici delle imprese ma può svolgere un ruolo importante nell'aumentare la consapevolezza del sistema produttivo in merito alle possibili alternative all'attuale quadro di approvvigionamento energetico, favorendo forme di autoapprovvigionamento e autoconsumo, il ricorso alle energie rinnovabili e ad interventi di risparmio ed efficienza energetica. Le attività del progetto dovranno essere concluse entro il mese di marzo 2024.`,
  resources: euros(9100),
  area: 'Promozione e Sviluppo Economico',
  office: 'Punto impresa digitale',
  footnotes: [],
  indicators: [
    {
      name: 'Desk',
      algoritmo: 'Numero di desk di confronto per le imprese e gli stakeholder locali sulla transizione energetica e sulle Comunità energetiche rinnovabili',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(1), ND, ND], weight: 0.2,
    },
    {
      name: 'Desk - coinvolgimento imprese',
      algoritmo: 'Numero complessivo di imprese partecipanti ai desk',
      tipologia: 'Efficacia', udm: 'n.', operator: '>=',
      actual: num(40), targets: [num(30), ND, ND], weight: 0.2,
    },
    {
      name: 'Sportello energia',
      algoritmo: 'Numero imprese seguite',
      tipologia: 'Efficacia', udm: 'n.', operator: '>=',
      actual: num(36), targets: [num(2), ND, ND], weight: 0.2,
    },
    {
      name: 'Rispetto cronoprogramma definito a livello regionale',
      algoritmo: 'Numero attività effettuate nei termini/numero attività programmate',
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), ND, ND], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(80), ND, ND], weight: 0.2,
    },
  ],
};

/** 01_02_OS01 – Internazionalizzazione: i Punti S.E.I. (pgt 20%) */
export const puntiSei: CardData = {
  code: '01_02_OS01',
  title: 'Internazionalizzazione: i Punti S.E.I. (pgt 20%)',
  missione: '016',
  programma: '016.005',
  ambitoLine: '01_02',
  description: `L'obiettivo principale del sistema camerale rimane quello di rinforzare la presenza all'estero delle imprese già attive sui mercati globali e di proseguire le attività volte a individuare, formare e avviare all'export le PMI attualmente operanti sul solo mercato domestico (le cosiddette potenziali esportatrici) e quelle che solo occasionalmente hanno esportato negli ultimi anni. Il progetto si pone quindi l'obiettivo prioritario di assicurare un accompagnamento permanente alle PMI verso i mercati esteri attraverso un'offerta integrata di servizi. In quest'ottica un ruolo è rivestito dai Punti SEI localizzati presso la Camera di Commercio in un'ottica di presenza, vicinanza e ascolto che rappresentano lo strumento per la realizzazione di attività sintetizzabili nei seguenti macroambiti:

Il progetto prevede quattro linee strategiche la cui attuazione non potrà che essere progressiva nell'ambito del triennio progettuale. Si tratta di:

- Scouting, assesment e prima assistenza.
- Servizi di informazione, formazione, orientamento e accompagnamento
- Interazione con gli attori del sistema pubblico nazionale e regionale e altri soggetti coinvolti con competenza sulle risorse del PNRR e della nuova programmazione comunitaria (2021-2027) per un raccordo costante e supporto alla progettazione e per favorire la comunicazione alle imprese`,
  resources: euros(357416.65),
  area: 'Promozione e Sviluppo Economico',
  office: 'Internazionalizzazione',
  footnotes: [],
  indicators: [
    {
      name: 'Ampiezza delle azioni di preparazione e accompagnamento',
      algoritmo: "Numero di imprese coinvolte e valutate attraverso strumenti di assesment, formazione e primo orientamento con riferimento all'export, alle tematiche del digitale a sostegno dell'export e alla partecipazione e tender europei e gare",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(10), ND, ND], weight: 0.333,
    },
    {
      name: 'Capacità di affiancare le imprese',
      algoritmo: "Numero di imprese che hanno realizzato, grazie ad azioni di avvio o accelerazione da parte della CCIAA, attività di promozione diretta verso l'estero (BtoB, Fiere, Incoming, percorsi integrati)",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(8), ND, ND], weight: 0.333,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziato a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(80), ND, ND], weight: 0.333,
    },
  ],
};

/** 01_05_OS01 – Formazione lavoro (pgt 20%) */
export const formazioneLavoro: CardData = {
  code: '01_05_OS01',
  title: 'Formazione lavoro (pgt 20%)',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_05',
  description: `Il progetto intende agire in primis sull'importanza dell'acquisizione e del rafforzamento delle competenze da parte dei giovani per poter sperimentare e sviluppare tutte quelle abilità e capacità del proprio bagaglio culturale utile nell'avvicinarsi al mutevole mercato del lavoro.

Il progetto prevede quattro linee strategiche la cui attuazione non potrà che essere progressiva nell'ambito del triennio progettuale. Si tratta di:

- Certificazione delle competenze di parte terza nel PCTO
- Supporto allo sviluppo delle ITS Academy
- Imprese innovative e start up innovative
- Storie di alternanza e formazione duale`,
  resources: euros(157575.48),
  area: 'Promozione e Sviluppo Economico',
  office: 'Orientamento al lavoro e alle professioni',
  footnotes: [],
  indicators: [
    {
      name: 'Capacità di coinvolgimento di stakeholder territoriali',
      algoritmo: "Incontri realizzati nell'ambito di ciascun tavolo",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(2), targets: [num(3), ND, ND], weight: 0.125,
    },
    {
      name: 'Servizio di certificazione delle competenze',
      algoritmo: 'Certificazione delle competenze secondo i modelli standard del sistema camerale definiti a livello nazionale per gli studenti coinvolti nei percorsi PCTO',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(27), targets: [num(30), ND, ND], weight: 0.125,
    },
    {
      name: 'Capacità di fornire risposte sui temi delle competenze, ITS, Imprese innovative, alternza e duale, supporto al placement',
      algoritmo: 'Realizzazione di azioni quali pubblicazione bandi, sessioni di certificazione delle competenze, iniziative di promozione dello Sportello Nuove IMprese, Storie di alternanza e Duale, iniziative di orientamento per la scelta degli ITS, incontri per il matching domanda-offerta di lavoro.',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(3), targets: [num(2), ND, ND], weight: 0.125,
    },
    {
      name: 'Capacità di fornire risposte sui temi delle competenze, ITS, Imprese innovative, alternza e duale, supporto al placement 2',
      algoritmo: 'Realizzazione di attività in relazione alle tipologie di azioni attivate',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(4), targets: [num(5), ND, ND], weight: 0.125,
    },
    {
      name: 'Supporto finanziario alla certificazione delle competenze',
      algoritmo: "Numero bandi predisposti nell'anno",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(1), ND, ND], weight: 0.125,
    },
    {
      name: 'Progetto "Prepara il tuo futuro"',
      algoritmo: 'Numero istituti scolastici aderenti',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(10), targets: [num(8), ND, ND], weight: 0.125,
    },
    {
      name: 'Progetto "Prepara il tuo futuro"',
      algoritmo: 'Numero di corsi organizzati',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(48), targets: [num(32), ND, ND], weight: 0.125,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(80), ND, ND], weight: 0.125,
    },
  ],
};

/** 01_05_OS02 – Competenze per le imprese: orientare e formare i giovani per il mondo del lavoro (progetto FP) */
export const competenzeImprese: CardData = {
  code: '01_05_OS02',
  title: 'Competenze per le imprese: orientare e formare i giovani per il mondo del lavoro (progetto FP)',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_05',
  description: `Il ruolo delle Camere di Commercio è quello di mettere a servizio delle imprese e della formazione il proprio *expertise* per facilitare la riduzione del *mismatch* tra domanda e offerta di lavoro, agendo sull'importanza e sul rafforzamento delle competenze da parte dei giovani, sperimentando e sviluppando tutte quelle abilità e capacità del proprio bagaglio culturale utili ad avvicinarsi al mutevole mercato, da un lato, e rinvigorendo e sostenendo la voglia di fare impresa e le attitudini imprenditoriali che nel nostro Paese si sono estremamente ridotte nel tempo. E' proprio con questi obiettivi che il sistema delle Camere di commercio intende supportare, con il presente programma un processo integrato volto alla certificazione delle competenze e allo sviluppo di nuova imprenditorialità grazie al rinnovato supporto al Servizio Nuove Imprese. Le attività del progetto dovranno essere concluse entro il mese di marzo 2024.`,
  resources: euros(14091),
  area: 'Promozione e Sviluppo Economico',
  office: 'Orientamento lavoro e professioni / Studi e informazione economica',
  footnotes: [],
  indicators: [
    {
      name: 'Redazione news dai SNI territoriali',
      algoritmo: 'Numero di informazioni, novità, aggiornamenti iniziative, eventi promozioni',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(36), targets: [num(36), ND, ND], weight: 0.2,
    },
    {
      name: 'Storytelling imprenditoriale',
      algoritmo: 'Caricamento e condivisione di video o altri materiali comunicativi di prima informazione e orientamento al fare impresa',
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(3), targets: [num(1), ND, ND], weight: 0.2,
    },
    {
      name: 'Consolidamento sportello nuove imprese',
      algoritmo: "Numero di studenti, giovani, aspiranti/neo imprenditori entrati in contatto con il Servizio Nuove Imprese, sia tramite lo sportello fisico che l'hub virtuale",
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(39), targets: [num(18), ND, ND], weight: 0.2,
    },
    {
      name: 'Formazione operatori SNI',
      algoritmo: "Numero di partecipanti alla formazione organizzata nell'anno 2024 per operatori SNI",
      tipologia: 'Volume', udm: 'n.', operator: '>=',
      actual: num(2), targets: [num(2), ND, ND], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziata a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(100), targets: [pct(80), ND, ND], weight: 0.2,
    },
  ],
};

/** 01_03_OS01 – Turismo (Pgt 20%) */
export const turismo: CardData = {
  code: '01_03_OS01',
  title: 'Turismo (Pgt 20%)',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_03',
  description: `Il progetto individua tre linee prioritarie nell'ambito delle quali dovranno trovare collocazione le azioni messe in campo dall'ente camerale:

- Dare continuità alle progettualità e alle iniziative di valorizzazione dei territori già avviate.
- Promuovere lo strumento delle destinazioni turistiche e degli attrattori culturali.
- Potenziare la qualità della filiera turistica.`,
  resources: euros(120100.51),
  area: 'Promozione e Sviluppo Economico',
  office: 'Turismo e cultura',
  footnotes: [],
  indicators: [
    {
      name: "Partecipazione alle azioni di valorizzazione dell'attrattività turistica del territorio",
      algoritmo: "Numero di iniziative di valorizzazione/promozione dell'offerta turistica e/o culturale del territorio",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(2), targets: [num(2), ND, ND], weight: 0.2,
    },
    {
      name: 'Capacità di incentivare la partecipazione delle imprese',
      algoritmo: "Numero di aziende coinvolte nella realizzazione delle iniziative di promozione/qualificazione dell'offerta turistica del territorio",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: ND, targets: [num(25), ND, ND], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(5), targets: [pct(80), ND, ND], weight: 0.2,
    },
    {
      name: 'Potenziamento della qualità della filiera turistica - Marchio Ospitalità Italiana',
      algoritmo: "Numero di avvisi per l'avvio/rinnovo percorsi di certificazione",
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(1), ND, ND], weight: 0.2,
    },
    {
      name: 'Potenziamento della qualità della filiera turistica - Marchio Ospitalità Italiana',
      algoritmo: 'Numero di percorsi di certificazione avviati (incluso rinnovi)',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(0), targets: [num(20), ND, ND], weight: 0.2,
    },
  ],
};

/** 01_03_OS02 – Sostegno del turismo (progetto FP) - Progetto regionale */
export const sostegnoTurismo: CardData = {
  code: '01_03_OS02',
  title: 'Sostegno del turismo (progetto FP) - Progetto regionale',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_03',
  description: `Il programma "Sostegno del turismo" si concentra su tre linee di attività:

1) consolidare il ruolo delle Camere di Commercio nel presidio dell'informazione economica attraverso l'implementazione di strumentazioni tecniche e metodologiche che favoriscano un'osservazione economica di livello nazionale integrata dal monitoraggio territoriale così da fornire, da un lato, uniformità metodologica all'impianto e, dall'altro, un approccio federato alle analisi dei fenomeni.
2) diffondere format di sperimentazione per monitorare e intervenire sul potenziale delle destinazioni turistiche e supportare lo sviluppo e la valorizzazione degli asset della destinazione, ivi compresa la selezione degli strumenti necessari per favorire la nascita e la messa in efficienza di strumenti di governance, così da poter sviluppare progetti anche pluriennali di animazione territoriale e di filiera.
3) monitorare le esigenze delle micro e piccole imprese per fornire loro assistenza, con attività di trasferimento delle competenze per la crescita e l'efficientamento di impresa, concentrando gli interventi sulle strategie per il miglioramento della gestione d'impresa, dal controllo di gestione e di qualità dei servizi di commercializzazione del prodotto turistico, dalla sostenibilità alla maggiore consapevolezza dell'operare in una destinazione turistica. Le attività del progetto dovranno essere concluse entro il mese di marzo 2024.`,
  resources: euros(14183.19),
  area: 'Promozione e Sviluppo Economico',
  office: 'Turismo e cultura',
  footnotes: [],
  indicators: [
    {
      name: "Formazione funzionari camerali addetti all'Osservatorio sul turismo",
      algoritmo: 'Ore di formazione effettuate nel 2024/ore di formazione erogate nel 2024',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(70), ND, ND], weight: 0.2,
    },
    {
      name: 'Rispetto cronoprogramma definito a livello regionale',
      algoritmo: 'Numero attività effettuate nei termini/numero attività programmate',
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), ND, ND], weight: 0.2,
    },
    {
      name: "Promozione dell'efficientamento e qualificazione della filiera turistica",
      algoritmo: 'Realizzazione/diffusione iniziative formative',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(2), targets: [num(1), ND, ND], weight: 0.2,
    },
    {
      name: 'Diffusione dei risultati del progetto',
      algoritmo: 'Organizzazione della giornata del turismo a livello regionale',
      tipologia: 'Efficienza', udm: 'si/no', operator: '=',
      actual: YES, targets: [YES, ND, ND], weight: 0.2,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(80), ND, ND], weight: 0.2,
    },
  ],
};

/** 01_01_OS03 – Gestione della convenzione con il Comune di Prato per la gestione di bandi */
export const convenzionePrato: CardData = {
  code: '01_01_OS03',
  title: 'Gestione della convenzione con il Comune di Prato per la gestione di bandi',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_01',
  description: `Nel 2024 proseguirà la realizzazione delle attività previste dalla convenzione stipulata in data 30 settembre 2022 tra l'Ente camerale e il Comune di Prato relativamente alla gestione dei bandi pubblici per la concessione di contributi alle imprese di cui al D.M. 5 agosto 2022, attuativo dell'art. 1 commi 658 e 659 della Legge 30 dicembre 2021, n. 234. La citata legge attribuisce al Comune di Prato un contributo straordinario di 10 milioni di euro per il sostegno diretto alle imprese del settore tessile del distretto industriale pratese. All'interno del suddetto importo 8 milioni sono destinati a sostenere progetti delle imprese mediante appositi bandi.`,
  resources: euros(1592495.52),
  area: 'Promozione e sviluppo economico',
  office: 'Servizio Digitalizzazione e orientamento',
  footnotes: [],
  indicators: [
    {
      name: 'Attuazione della convenzione con il Comune di Prato',
      algoritmo: "Numero bandi predisposti nell'anno",
      tipologia: 'Efficacia', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(2), ND, ND], weight: 0.167,
    },
    {
      name: 'Efficace gestione dei bandi',
      algoritmo: "Rispetto dei termini previsti nel bando per l'approvazione delle graduatorie",
      tipologia: 'Efficacia', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), ND, ND], weight: 0.167,
    },
    {
      name: 'Capacità di attrazione risorse',
      algoritmo: 'Contributi ricevuti/contributi previsti',
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), ND, ND], weight: 0.167,
    },
    {
      name: 'Adozione dei bandi',
      algoritmo: "Termine per l'adozione dei bandi",
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(50), targets: [pct(100), ND, ND], weight: 0.167,
    },
    {
      name: 'Presentazione dei bandi',
      algoritmo: 'Realizzazione eventi di divulgazione/informazione',
      tipologia: 'data', udm: 'n.', operator: '>=',
      actual: num(1), targets: [num(2), ND, ND], weight: 0.167,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziati a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(2.67, 2), targets: [pct(80), ND, ND], weight: 0.167,
    },
  ],
};

/** 01_01_OS02 – Bando per sostegno alle imprese a seguito di emergenza */
export const bandoEmergenza: CardData = {
  code: '01_01_OS02',
  title: 'Bando per sostegno alle imprese a seguito di emergenza',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_01',
  description: `A seguito degli eventi alluvionali che hanno interessato il territorio di Prato e Pistoia nel mese di novembre 2023, la Camera si impegna a sostenere le imprese che abbiano subito danni mediante l'erogazione di contributi da erogare nel corso del 2024 sulla base di uno specifico bando.`,
  resources: euros(1379480.99),
  area: 'Promozione e sviluppo economico',
  office: 'Dirigente area Promozione e sviluppo economico',
  footnotes: [],
  indicators: [
    {
      name: 'Adozione del bando',
      algoritmo: "Termine per l'adozione del bando",
      tipologia: 'Efficienza', udm: 'data', operator: '<=',
      actual: date('2024-01-24'), targets: [date('2024-01-31'), ND, ND], weight: 0.167,
    },
    {
      name: 'Efficace gestione del bando',
      algoritmo: "Rispetto dei termini previsti nel bando per l'istruttoria delle domande",
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), ND, ND], weight: 0.167,
    },
    {
      name: 'Capacità di attrazione risorse',
      algoritmo: 'Contributi esterni ricevuti/plafond del bando',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(40), ND, ND], weight: 0.167,
    },
    {
      name: 'Presentazione del bando',
      algoritmo: 'Realizzazione eventi di divulgazione/informazione',
      tipologia: 'Efficienza', udm: 'n.', operator: '>=',
      actual: num(2), targets: [num(2), ND, ND], weight: 0.167,
    },
    {
      name: 'Sportello informativo emergenza',
      algoritmo: 'Gestione sportello',
      tipologia: 'Efficienza', udm: 'si/no', operator: '=',
      actual: YES, targets: [YES, ND, ND], weight: 0.167,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziati a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(88), targets: [pct(80), ND, ND], weight: 0.167,
    },
  ],
};

/** 01_04_OS02 – Infrastrutture (progetto FP) Programma regionale */
export const infrastrutture: CardData = {
  code: '01_04_OS02',
  title: 'Infrastrutture (progetto FP) Programma regionale',
  missione: '011',
  programma: '011.005',
  ambitoLine: '01_04',
  description: `La dotazione di infrastrutture rappresenta, per un sistema economico produttivo, un aspetto fondamentale per il rafforzamento e lo sviluppo del tessuto imprenditoriale, in quanto essa è in grado di agevolare l'attività delle aziende presenti a livello locale e allo stesso tempo costituire una stimolo per l'insediamento di nuove attività produttive.

In tale contesto si inserisce il nuovo Programma infrastrutture che, a partire dai risultati ottenuti dalla annualità appena conclusa, intende proseguire il percorso avviato, con le Camere di commercio e le Unioni regionali impegnate a svolgere un ruolo di stimolo e raccordo, fornendo al Governo centrale e alle amministrazioni locali analisi, ipotesi di intervento e contributi operativi allo sviluppo delle reti materiali e immateriali.

Attraverso le attività realizzate, su scala nazionale e a livello regionale, il sistema camerale potrà definire una strategia di intervento, fornendo così indicazioni di policy in grado di favorire la ripresa economica del Paese, attraverso uno sviluppo infrastrutturale sostenibile, non solo dal punto di vista ambientale ma anche da quello economico.

A livello territoriale, il Programma si pone l'obiettivo di creare condizioni affinché ogni singola Camera di commercio/Unione regionale possa attivare un rapporto di collaborazione e condivisione con gli stakeholder territoriali, a partire dalla Regione, anche nell'ottica di offrire il proprio supporto nell'attuazione delle azioni/risorse del PNRR. Le attività del progetto dovranno essere concluse entro il mese di marzo 2024.`,
  resources: euros(13772),
  area: 'Promozione e Sviluppo economico',
  office: "Osservatorio economico dell'area vasta",
  footnotes: [],
  indicators: [
    {
      name: 'Rispetto cronoprogramma definito a livello regionale',
      algoritmo: 'Numero attività effettuate nei termini/numero attività programmate',
      tipologia: 'Efficienza', udm: '%', operator: '=',
      actual: pct(100), targets: [pct(100), EMPTY, EMPTY], weight: 0.333,
    },
    {
      name: 'Roadshow camerale (evento finale regionale)',
      algoritmo: 'Numero partecipanti (imprese e/o associazioni di categoria) del territorio di pertinenza',
      tipologia: 'Efficienza', udm: '%', operator: '>=',
      actual: ND, targets: [pct(20), EMPTY, EMPTY], weight: 0.333,
    },
    {
      name: 'Grado di utilizzo delle risorse',
      algoritmo: 'Risorse utilizzate/risorse stanziare a budget',
      tipologia: 'Salute economica', udm: '%', operator: '>=',
      actual: pct(0), targets: [pct(80), EMPTY, EMPTY], weight: 0.333,
    },
  ],
};
