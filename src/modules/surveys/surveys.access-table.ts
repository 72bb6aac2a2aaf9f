import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_PEOPLE = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Surveys (decisions 0285–0292): vendor staff read every partner's rounds and results; an admin or
 * the partner's manager sends and closes a partner's rounds; admins and partner managers keep the
 * templates and send NPS/PX waves to many partners; an admin sets the schedule. The people asked
 * answer — vendor staff on any partner's round they were asked on, a partner's people on their own
 * company's — and a partner's people read their own company's rounds and aggregated results. Only
 * admins read individual answers by name.
 */
export const accessTable: AccessTable = {
  surveyTemplate: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any' }),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
  },
  surveyRound: {
    read: grants(VENDOR_READS, PARTNER_PEOPLE),
    create: grants({ admin: 'any', partner_manager: 'owned' }),
    /** POST /survey-waves: one round per partner; a partner manager may survey the programme. */
    send: grants({ admin: 'any', partner_manager: 'any' }),
    answer: grants(VENDOR_READS, PARTNER_PEOPLE),
    close: grants({ admin: 'any', partner_manager: 'owned' }),
    results: grants(VENDOR_READS, PARTNER_PEOPLE),
    responses: grants({ admin: 'any' }),
    /** Answers collected outside Consort, into an open round (the CSV import; each row checked against its round's partner). */
    import: grants({ admin: 'any', partner_manager: 'any' }),
    /** Portfolio trends (NPS and PX across partners): the vendor's view. */
    report: grants(VENDOR_READS),
  },
  surveySettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
};
