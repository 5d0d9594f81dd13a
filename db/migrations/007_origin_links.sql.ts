// Migration 7: the link from a card and an indicator to the one of an earlier plan of the file it was carried over
// from ("Nuovo piano" copying the cards), used to pair them when two plans are compared. Saves never rewrite it;
// deleting the origin leaves the link empty rather than pointing at a stranger.
export default /* sql */ `
ALTER TABLE cards ADD COLUMN origin_card_id INTEGER REFERENCES cards (id) ON DELETE SET NULL;
ALTER TABLE indicators ADD COLUMN origin_indicator_id INTEGER REFERENCES indicators (id) ON DELETE SET NULL;
CREATE INDEX cards_by_origin ON cards (origin_card_id);
CREATE INDEX indicators_by_origin ON indicators (origin_indicator_id);
`;
