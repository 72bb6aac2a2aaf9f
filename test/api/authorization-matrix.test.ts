import { defineAuthorizationMatrix } from '../support/matrix.js';

// Every route × role × {own, other partner's, missing} record, with both walls up.
defineAuthorizationMatrix('both');
