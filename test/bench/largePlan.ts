/**
 * A large synthetic plan for the benchmarks: the sample's cards repeated with unique codes and names.
 * Why: the office's real plans have 15–30 cards; the bench checks that thousands still feel instant.
 */
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';

export function largePlan(cardCount: number, indicatorsPerCard: number): PlanDocument {
  const templates = samplePlan2024.cards.filter((c) => c.indicators.length > 0);
  const cards: Card[] = Array.from({ length: cardCount }, (_, n) => {
    const template = templates[n % templates.length]!;
    const indicators = Array.from({ length: indicatorsPerCard }, (_, i) => ({
      ...template.indicators[i % template.indicators.length]!,
      id: 0,
      name: `Indicatore ${i + 1} della scheda ${n + 1}`,
    }));
    return { ...template, id: 0, code: `${template.ambitoLine}_OS${String(n + 1).padStart(4, '0')}`, position: n, indicators };
  });
  return { ...samplePlan2024, id: 0, cards };
}
