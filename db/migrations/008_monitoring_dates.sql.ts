// Migration 8: the monitoring dates of each plan (one value column each; 30/06 and 31/12 of the plan year, the
// plan's monitoring date and every date that already holds values), the closing of a date (who, when and the
// scores kept as they were) and the amendments of closed values (who, when, before, after, why).
export default /* sql */ `
CREATE TABLE monitoring_dates (
  plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  date          TEXT    NOT NULL, -- yyyy-mm-dd
  closed_at     TEXT,             -- ISO date and time; NULL = open
  closed_by     TEXT,
  snapshot_json TEXT CHECK (snapshot_json IS NULL OR json_valid(snapshot_json)),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL) AND (closed_at IS NULL) = (snapshot_json IS NULL)),
  PRIMARY KEY (plan_id, date)
) WITHOUT ROWID;

INSERT OR IGNORE INTO monitoring_dates (plan_id, date)
  SELECT id, printf('%04d-06-30', year) FROM plans
  UNION SELECT id, printf('%04d-12-31', year) FROM plans
  UNION SELECT id, monitoring_date FROM plans
  UNION SELECT c.plan_id, m.date FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN cards c ON c.id = i.card_id;

CREATE TABLE amendments (
  id             INTEGER PRIMARY KEY,
  plan_id        INTEGER NOT NULL,
  date           TEXT    NOT NULL,
  card_id        INTEGER REFERENCES cards (id) ON DELETE SET NULL,
  indicator_id   INTEGER REFERENCES indicators (id) ON DELETE SET NULL,
  card_code      TEXT    NOT NULL,
  indicator_name TEXT    NOT NULL,
  before_json    TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json     TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
  reason         TEXT    NOT NULL CHECK (trim(reason) <> ''),
  author         TEXT    NOT NULL,
  amended_at     TEXT    NOT NULL,
  FOREIGN KEY (plan_id, date) REFERENCES monitoring_dates (plan_id, date) ON DELETE CASCADE
);
CREATE INDEX amendments_by_plan ON amendments (plan_id, date, id);
CREATE INDEX amendments_by_card ON amendments (card_id);
CREATE INDEX amendments_by_indicator ON amendments (indicator_id);
`;
