// The reference event-signature functions the differential tests compare the current code with.
export { tokenize } from './tokens.js';
export { findPredicates } from './predicates.js';
export { findNumbers } from './numbers.js';
export { findDates, publicationDate } from './dates.js';
export { findEntities } from './entities.js';
export { documentSignature } from './signature.js';
