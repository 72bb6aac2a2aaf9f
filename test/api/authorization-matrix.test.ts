import { defineAuthorizationMatrix } from '../support/matrix.js';

// Every route × role × {own, another partner's, the vendor's, missing} record, held to the modules'
// access tables: with both walls up in the api and api-postgres projects, and with row-level
// security off (the service layer alone) in the api-service-wall project.
defineAuthorizationMatrix();
