import { createPlanFile } from '../../db/planFile';
import { scaledSample, withChangedValues } from './scaledPlan';
const dir = process.argv[2]!;
const plan = scaledSample(100);
createPlanFile(dir + '/piano.pira', [plan]).close();
createPlanFile(dir + '/cambiato.pira', [withChangedValues(plan, 0.01).doc]).close();
console.log(plan.cards.map((c) => c.code).join(','));
