// A frozen copy of the event-signature code as it was before its fast paths (main at eb42e7d):
// the oracle of test/unit/events-signature-fast.test.ts. When a change of the events' behaviour
// is meant, change this copy the same way (or retire the test); for speed work, leave it alone.
export { tokenize } from './tokens.js';
export { findPredicates } from './predicates.js';
export { findNumbers } from './numbers.js';
export { findDates, publicationDate } from './dates.js';
export { findEntities } from './entities.js';
export { documentSignature } from './signature.js';
