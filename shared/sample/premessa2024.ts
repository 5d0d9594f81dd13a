// The premessa (introduction) of the 2024 plan, whole, as published in the seed document.
// Why: the sample prints like the official document; the text keeps its paragraphs, lists, **bold** and *italics*.

export const premessa2024 = `Il **Piano degli indicatori e dei risultati attesi di bilancio** è il documento che illustra gli obiettivi della spesa, misura i risultati e monitora l'effettivo andamento in termini di servizi forniti e di interventi realizzati. Viene redatto contestualmente al bilancio di previsione ed al bilancio consuntivo.

L'art. 19, comma 2, del d. lgs. 91/2011 ha disposto l'inserimento nel Piano delle informazioni sintetiche relative ai principali obiettivi da realizzare, con riferimento a ciascun programma di spesa del bilancio per il triennio della programmazione finanziaria, e degli indicatori individuati per quantificare tali obiettivi nonché la misurazione annuale degli stessi indicatori per monitorare i risultati conseguiti.

Il D.P.C.M. 12 dicembre 2012 definisce le **Missioni** delle Amministrazioni pubbliche come *“le funzioni principali e gli obiettivi strategici perseguiti dalle amministrazioni pubbliche nell'utilizzo delle risorse finanziarie, umane e strumentali ed esse destinate”*. *Ciascuna amministrazione [...] individua tra le missioni del bilancio dello Stato quelle maggiormente rappresentative delle finalità istituzionali, delle funzioni principali e degli obiettivi strategici dalla stessa perseguite.*

Per le Camere di Commercio, il Decreto del Ministero dell'economia e delle Finanze 27 marzo 2013 – istruzioni applicative – budget economico delle amministrazioni in contabilità economica, ha individuato le seguenti missioni:

- Missione 011 – “Competitività e sviluppo delle imprese”;
- Missione 012 – “Regolazione del mercato”;
- Missione 016 – “Commercio internazionale ed internazionalizzazione del sistema produttivo”;
- Missione 032 – “Servizi istituzionali e generali delle amministrazioni pubbliche”;
- Missione 033 – “Fondi da ripartire”

All'interno di ciascuna missione le amministrazioni individuano i **Programmi** intesi come *“gli aggregati omogenei di attività realizzate dall'amministrazione volte a perseguire le finalità individuate nell'ambito delle missioni. La realizzazione di ciascun programma è attribuita ad un unico centro di responsabilità amministrativa, corrispondente all'unità organizzativa individuata in conformità con i regolamenti di organizzazione, ovvero, con altri idonei provvedimenti adottati dalle singole amministrazioni pubbliche”*.

Il Ministero dello Sviluppo Economico, con nota del 9.6.2015 Prot. n. 0087080, ha comunicato l'opportunità di procedere alla ridenominazione di due programmi. In particolare:

- 1) la denominazione del programma 011.005 *“Regolamentazione, incentivazione dei settori imprenditoriali, riassetto industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà intellettuale”* è stata modificata in *“Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo”*;
- 2) con riferimento al programma 032.004 *“Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche”*, il contenuto di quest'ultimo corrisponde al programma 032.003 *“Servizi e affari generali per le amministrazioni di competenza”* previsto per le amministrazioni centrali dello Stato; pertanto per ragioni di uniformità anche le camere di commercio devono far rientrare le relative attività nel programma 032.003 anziché nel programma 032.004.

La programmazione 2024

Uno dei primi e principali compiti che gli organi sono chiamati a compiere all'inizio del loro mandato è quello di progettare l'attività camerale definendone obiettivi e programmi, andando quindi a pianificare l'attività dell'Ente sull'arco temporale corrispondente alla durata del mandato.

Il Consiglio camerale, ai sensi dell'art. 11, 1° comma della Legge 29 dicembre 1993, n. 580 di Riordino delle Camere di Commercio, "determina gli indirizzi generali e approva il programma pluriennale di attività della Camera di Commercio".

L'art. 4 del D.P.R. 2 novembre 2005, n. 254, precisa che il programma pluriennale ha, di norma, durata coincidente con quella del mandato e "tiene conto degli atti di programmazione degli enti territoriali, nonché delle risorse necessarie e dei risultati che si intendono conseguire".

Il Programma pluriennale per il periodo 2021-2025 rappresenta pertanto il quadro di riferimento cui si ispirerà l'intero processo di programmazione; in esso gli amministratori camerali stabiliscono le priorità di intervento, ovvero gli ambiti sui quali si intende focalizzare l'azione politica dell'Ente e gli obiettivi strategici; definiscono, inoltre, l'ordine di grandezza necessario alla loro attuazione, determinato sulla base della valutazione della capacità economico-patrimoniale e della capacità finanziaria dell'Ente.

Compete altresì al Consiglio l'approvazione della Relazione Previsionale e Programmatica che, ai sensi dell'art. 5 del citato D.P.R. 254/2005, aggiorna annualmente il programma pluriennale, "ha carattere generale e illustra i programmi che si intendono attuare nell'anno di riferimento, in rapporto alle caratteristiche ed ai possibili sviluppi dell'economia locale e al sistema delle relazioni con gli organismi pubblici e privati operanti sul territorio, specificando, altresì, le finalità che si intendono perseguire e le risorse a loro destinate".

Il programma pluriennale rappresenta pertanto il quadro di riferimento cui si ispirerà l'intero processo di programmazione, aggiornato nella Relazione previsionale programmatica, documento d'indirizzo strategico annuale, nel preventivo economico, che traduce gli obiettivi programmatici in attività e progetti, fino al budget direzionale, che attribuisce a ciascun dirigente risorse per oneri e investimenti per il raggiungimento degli obiettivi d'area.

La Relazione previsionale e programmatica, derivando direttamente dal documento di programmazione pluriennale, di cui coniuga la visione di medio-lungo termine con una visione di breve termine, ne fa proprio il quadro di riferimento da cui originano quei contenuti, contestualizzandoli rispetto alle specificità del momento. La sua redazione è pertanto anche un momento di verifica delle ipotesi e delle condizioni di scenario, sulla base delle quali è costruito il Documento di Programmazione pluriennale e di valutazione dell'andamento degli obiettivi strategici.

La Relazione previsionale e programmatica funge da ricognizione ed aggiornamento del programma pluriennale a cui la Giunta dà progressiva attuazione ed è la traccia delle linee di indirizzo per la predisposizione del Bilancio preventivo. La Relazione Previsionale e Programmatica 2024 è stata approvata con Deliberazione di Consiglio n. 09/23 del 26 ottobre 2023.

Il Preventivo annuale, redatto in coerenza con la Relazione previsionale e programmatica è predisposto dalla Giunta e approvato entro il 31 dicembre dal Consiglio. Entro il 31 dicembre di ogni anno la Giunta approva inoltre il budget direzionale.

Nel proprio Programma Pluriennale la Camera di Pistoia – Prato ha individuato

- **TRE AMBITI STRATEGICI**
- **AMBITO STRATEGICO 1 - Promozione e sostegno allo sviluppo e alla competitività del territorio e del sistema delle imprese** che comprende tutte le linee dirette di azione/intervento volte allo sviluppo e alla promozione del territorio, e del sistema economico delle imprese locali di riferimento. E' l'area sulla quale la Camera investe maggiormente in termini di risorse destinate al promozionale e concentra il "core business" della programmazione sul quale misurare, in via principale, la capacità di rispondere alle aspettative e alle esigenze dei propri stakeholder primari
- **AMBITO STRATEGICO 2 - Semplificazione amministrativa ed e-government** che comprende le linee di azione volte a modernizzare i propri processi interni/esterni con l'obiettivo di migliorarli in termini di efficienza, efficacia ed economicità per una sempre maggiore sburocettazione e semplificazione degli adempimenti per gli utenti finali.
- **AMBITO STRATEGICO 3 - Ottimizzazione della struttura, dell'organizzazione e delle risorse** che comprende le linee di azione volte alla razionalizzazione e all'ottimale allocazione delle risorse umane, strumentali e finanziarie, nonché realizzazione di una maggiore integrazione tra l'aspetto economico-finanziario e le altre dimensioni organizzative, improntando la gestione dei processi interni alla logica del risultato.
- **OTTO OBIETTIVI STRATEGICI:**
1) Digitalizzazione, nuove tecnologie ed innovazione
2) Internazionalizzazione
3) Cultura e turismo
4) Competitività delle imprese, Sostenibilità ambientale ed Economia circolare
5) Imprenditorialità, lavoro e occupazione
6) Legalità e Armonizzazione del mercato
7) L'e-government per la competitività delle Imprese
8) L'ottimizzazione organizzativa e gestionale

Di seguito si riportano le schede relative ai progetti che la Camera ha programmato per il 2024 con il relativo livello di raggiungimento al 30 giugno dello stesso anno e la classificazione per Missioni e Programmi.`;
