/** Named-entity recogniser: `recognise(text)` returns people, organisations and places with offsets. */
export { type EntitySpan, getDefaultModel, loadModel, recognise, type WordKnowledge, wordKnowledge } from './recognise.ts';
export type { NerModel } from './model.ts';
