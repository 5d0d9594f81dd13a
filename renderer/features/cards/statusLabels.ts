/**
 * Italian names of the performance traffic light (from `performanceStatus`), used by filters and badges.
 */
import type { PerformanceStatus } from '../../../shared/scoring';

export const STATUS_LABELS: Record<PerformanceStatus, string> = {
  raggiunto: 'Raggiunto (100%)',
  parziale: 'Parziale (60–99%)',
  critico: 'Critico (sotto 60%)',
  nd: 'Non disponibile (n.d.)',
};
