// Migration 1: the whole plan file: plans (one per ente and year), per-plan catalogues, cards, indicators,
// targets per year and measurements per monitoring date. Scores are computed, never stored.
// Kept as a TypeScript string (not a .sql file) so that tsx, vitest and the electron-vite bundle all load it.
export default /* sql */ `
CREATE TABLE plans (
  id              INTEGER PRIMARY KEY,
  ente            TEXT    NOT NULL,
  year            INTEGER NOT NULL,
  title           TEXT    NOT NULL,
  monitoring_date TEXT    NOT NULL, -- yyyy-mm-dd
  horizon_start   INTEGER NOT NULL,
  horizon_end     INTEGER NOT NULL,
  premessa        TEXT    NOT NULL,
  policy_json     TEXT    NOT NULL CHECK (json_valid(policy_json)),
  UNIQUE (ente, year)
);

CREATE TABLE missioni (
  plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code     TEXT    NOT NULL,
  name     TEXT    NOT NULL,
  PRIMARY KEY (plan_id, code)
) WITHOUT ROWID;

CREATE TABLE programmi (
  plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code     TEXT    NOT NULL,
  name     TEXT    NOT NULL,
  PRIMARY KEY (plan_id, code)
) WITHOUT ROWID;

-- Old names and codes of a programma (imports map them to the current one): an alias belongs to one programma.
CREATE TABLE programma_aliases (
  plan_id        INTEGER NOT NULL,
  programma_code TEXT    NOT NULL,
  position       INTEGER NOT NULL,
  alias          TEXT    NOT NULL,
  PRIMARY KEY (plan_id, alias),
  FOREIGN KEY (plan_id, programma_code) REFERENCES programmi (plan_id, code) ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

CREATE TABLE ambiti (
  plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  code        TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL,
  PRIMARY KEY (plan_id, code)
) WITHOUT ROWID;

CREATE TABLE ambito_lines (
  plan_id     INTEGER NOT NULL,
  ambito_code TEXT    NOT NULL,
  position    INTEGER NOT NULL,
  code        TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  PRIMARY KEY (plan_id, code),
  FOREIGN KEY (plan_id, ambito_code) REFERENCES ambiti (plan_id, code) ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

CREATE TABLE obiettivi_strategici (
  plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code     TEXT    NOT NULL,
  name     TEXT    NOT NULL,
  PRIMARY KEY (plan_id, code)
) WITHOUT ROWID;

-- The plain named lists: aree di responsabilità, uffici, tipologie, unità di misura.
CREATE TABLE catalogue_entries (
  plan_id   INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  catalogue TEXT    NOT NULL CHECK (catalogue IN ('aree', 'uffici', 'tipologie', 'unita')),
  position  INTEGER NOT NULL,
  name      TEXT    NOT NULL,
  PRIMARY KEY (plan_id, catalogue, name)
) WITHOUT ROWID;

CREATE TABLE cards (
  id                   INTEGER PRIMARY KEY,
  plan_id              INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  code                 TEXT    NOT NULL,
  title                TEXT    NOT NULL,
  missione             TEXT    NOT NULL,
  programma            TEXT    NOT NULL,
  ambito_line          TEXT    NOT NULL,
  obiettivo_strategico TEXT    NOT NULL,
  description          TEXT    NOT NULL,
  resources_euros      REAL, -- NULL = risorse interne
  area                 TEXT    NOT NULL,
  office               TEXT    NOT NULL,
  footnotes_json       TEXT    NOT NULL CHECK (json_valid(footnotes_json)),
  weight               REAL    NOT NULL,
  UNIQUE (plan_id, code)
);
CREATE INDEX cards_by_position ON cards (plan_id, position, id);

CREATE TABLE indicators (
  id                     INTEGER PRIMARY KEY,
  card_id                INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  position               INTEGER NOT NULL,
  name                   TEXT    NOT NULL,
  algoritmo              TEXT    NOT NULL,
  tipologia              TEXT    NOT NULL,
  udm                    TEXT    NOT NULL,
  operator               TEXT    NOT NULL CHECK (operator IN ('>=', '<=', '=')),
  weight                 REAL    NOT NULL,
  note                   TEXT    NOT NULL,
  fonte                  TEXT    NOT NULL,
  kpi_code               TEXT    NOT NULL,
  cap                    REAL, -- NULL = the plan's policy (unless uncapped)
  uncapped               INTEGER NOT NULL CHECK (uncapped IN (0, 1)),
  override_performance   REAL,
  override_justification TEXT,
  CHECK (NOT (uncapped = 1 AND cap IS NOT NULL)),
  CHECK ((override_performance IS NULL) = (override_justification IS NULL))
);
CREATE INDEX indicators_by_card ON indicators (card_id, position, id);

CREATE TABLE targets (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  year         INTEGER NOT NULL,
  value_json   TEXT    NOT NULL CHECK (json_valid(value_json)),
  PRIMARY KEY (indicator_id, year)
) WITHOUT ROWID;

CREATE TABLE measurements (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  date         TEXT    NOT NULL, -- yyyy-mm-dd
  value_json   TEXT    NOT NULL CHECK (json_valid(value_json)),
  PRIMARY KEY (indicator_id, date)
) WITHOUT ROWID;
`;
