import { defineAuthorizationMatrix } from '../support/matrix.js';

// The same matrix with PostgreSQL row-level security switched off: the service layer's scoping
// alone must keep every partner's records to itself.
defineAuthorizationMatrix('service');
