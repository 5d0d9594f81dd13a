// The embedded sample: the real 2024 plan of the Camera di Commercio di Pistoia-Prato (mid-year update at 30/06/2024).
// Why: `init --sample` and the app's first file start from it; the seed tests prove it matches the published document.
import type { Catalogues, PlanDocument } from '../model';
import {
  bandoEmergenza,
  competenzeImprese,
  convenzionePrato,
  doppiaTransizione,
  formazioneLavoro,
  infrastrutture,
  puntiSei,
  sostegnoTurismo,
  transizioneEnergetica,
  turismo,
} from './ambito1Cards';
import { semplificazione } from './ambito2Cards';
import {
  compliance,
  pariOpportunita,
  riorganizzazione,
  saluteFinanziaria,
  saluteOrganizzativa,
  spaziCamerali,
  trasparenza,
} from './ambito3Cards';
import { card } from './builders';
import { premessa2024 } from './premessa2024';

const catalogues2024: Catalogues = {
  missioni: [
    { code: '011', name: 'Competitività e sviluppo delle imprese' },
    { code: '012', name: 'Regolazione del mercato' },
    { code: '016', name: 'Commercio internazionale ed internazionalizzazione del sistema produttivo' },
    { code: '032', name: 'Servizi istituzionali e generali delle amministrazioni pubbliche' },
    { code: '033', name: 'Fondi da ripartire' },
  ],
  programmi: [
    {
      code: '011.005',
      name: "Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
      aliases: [
        // The premessa's spelling of the current name, and the name in force until the MISE note of 9.6.2015.
        "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
        'Regolamentazione, incentivazione dei settori imprenditoriali, riassetto industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà intellettuale',
      ],
    },
    {
      code: '016.005',
      name: "Sostegno all'internazionalizzazione delle imprese e promozione del Made in Italy",
      aliases: [],
    },
    {
      code: '032.003',
      name: 'Servizi e affari generali per le amministrazioni di competenza',
      // Chambers moved the activities of 032.004 to 032.003 (premessa).
      aliases: ['032.004', 'Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche'],
    },
  ],
  ambiti: [
    {
      code: '01',
      name: 'Promozione e sostegno allo sviluppo e alla competitività del territorio e del sistema delle imprese',
      description:
        'Comprende tutte le linee dirette di azione/intervento volte allo sviluppo e alla promozione del territorio, e del sistema economico delle imprese locali di riferimento. E\' l\'area sulla quale la Camera investe maggiormente in termini di risorse destinate al promozionale e concentra il "core business" della programmazione sul quale misurare, in via principale, la capacità di rispondere alle aspettative e alle esigenze dei propri stakeholder primari',
      lines: [
        {
          code: '01_01',
          name: "Sostegno alla digitalizzazione dei processi aziendali e all'ammodernamento tecnologico del sistema delle imprese",
        },
        { code: '01_02', name: 'Sostegno al sistema delle imprese con politiche di internazionalizzazione' },
        { code: '01_03', name: "Incremento e rafforzamento dell'attrattività del territorio" },
        { code: '01_04', name: 'Incremento e rafforzamento della competitività del sistema delle imprese' },
        {
          code: '01_05',
          name: "Promozione dell'alternanza scuola lavoro, l'orientamento alle professioni e le politiche attive del lavoro",
        },
      ],
    },
    {
      code: '02',
      name: 'Semplificazione amministrativa ed e-government',
      description:
        "Comprende le linee di azione volte a modernizzare i propri processi interni/esterni con l'obiettivo di migliorarli in termini di efficienza, efficacia ed economicità per una sempre maggiore sburocettazione e semplificazione degli adempimenti per gli utenti finali.",
      lines: [{ code: '02_01', name: 'Semplificazione amministrativa ed e-government' }],
    },
    {
      code: '03',
      name: "Ottimizzazione della struttura, dell'organizzazione e delle risorse",
      description:
        "Comprende le linee di azione volte alla razionalizzazione e all'ottimale allocazione delle risorse umane, strumentali e finanziarie, nonché realizzazione di una maggiore integrazione tra l'aspetto economico-finanziario e le altre dimensioni organizzative, improntando la gestione dei processi interni alla logica del risultato.",
      lines: [{ code: '03_01', name: "L'ottimizzazione organizzativa e gestionale" }],
    },
  ],
  obiettiviStrategici: [
    { code: 'OS1', name: 'Digitalizzazione, nuove tecnologie ed innovazione' },
    { code: 'OS2', name: 'Internazionalizzazione' },
    { code: 'OS3', name: 'Cultura e turismo' },
    { code: 'OS4', name: 'Competitività delle imprese, Sostenibilità ambientale ed Economia circolare' },
    { code: 'OS5', name: 'Imprenditorialità, lavoro e occupazione' },
    { code: 'OS6', name: 'Legalità e Armonizzazione del mercato' },
    { code: 'OS7', name: "L'e-government per la competitività delle Imprese" },
    { code: 'OS8', name: "L'ottimizzazione organizzativa e gestionale" },
  ],
  // Areas and offices exactly as the cards write them (spelling variants included, so every card matches its list).
  aree: [
    { name: 'Promozione e Sviluppo Economico' },
    { name: 'Promozione e sviluppo economico' },
    { name: 'Promozione e Sviluppo economico' },
    { name: 'Segretario Generale' },
    { name: 'Responsabile Prevenzione Corruzione Trasparenza' },
    { name: 'Obiettivo trasversale' },
  ],
  uffici: [
    { name: 'Punto impresa digitale' },
    { name: 'Internazionalizzazione' },
    { name: 'Orientamento al lavoro e alle professioni' },
    { name: 'Orientamento lavoro e professioni / Studi e informazione economica' },
    { name: 'Turismo e cultura' },
    { name: 'Servizio Digitalizzazione e orientamento' },
    { name: 'Dirigente area Promozione e sviluppo economico' },
    { name: "Osservatorio economico dell'area vasta" },
    { name: 'Relazioni esterne' },
    { name: 'Obiettivo trasversale' },
    { name: 'Obiettivo Trasversale' },
  ],
  tipologie: [
    { name: 'Efficienza' },
    { name: 'Efficacia' },
    { name: 'Volume' },
    { name: 'Qualità' },
    { name: 'Salute economica' },
  ],
  unita: [
    { name: 'n.' },
    { name: '%' },
    { name: 'gg' },
    { name: 'data' },
    { name: 'entro' },
    { name: 'si/no' },
    { name: '€' },
  ],
};

/** The cards in the order of the published document. */
const cardsInSeedOrder = [
  doppiaTransizione,
  transizioneEnergetica,
  puntiSei,
  formazioneLavoro,
  competenzeImprese,
  turismo,
  sostegnoTurismo,
  convenzionePrato,
  bandoEmergenza,
  infrastrutture,
  riorganizzazione,
  spaziCamerali,
  pariOpportunita,
  compliance,
  trasparenza,
  semplificazione,
  saluteOrganizzativa,
  saluteFinanziaria,
];

export const samplePlan2024: PlanDocument = {
  id: 0,
  settings: {
    ente: 'Camera di Commercio di Pistoia-Prato',
    year: 2024,
    title: 'Piano degli indicatori e dei risultati attesi di bilancio – aggiornamento 2024',
    monitoringDate: '2024-06-30',
    monitoringDates: ['2024-06-30', '2024-12-31'],
    horizonStart: 2024,
    horizonEnd: 2026,
    premessa: premessa2024,
    policy: { cap: 1, lateDeadline: { mode: 'zero' }, notYetDue: 'score', missingInObjective: 'exclude' },
  },
  catalogues: catalogues2024,
  cards: cardsInSeedOrder.map((data, index) => card(data, index + 1)),
};
