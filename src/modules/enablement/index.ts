import type { ModuleDescriptor } from '../../server/module.js';
import { enablementDemo } from './enablement.demo.js';
import { makeTestCertificate, makeTestCertification, makeTestCourse, makeTestEnrolment } from './enablement.fixtures.js';
import { enablementMetrics } from './enablement.metrics.js';
import { mayAuthorEnablement, mayTakeCourses } from './enablement.policy.js';
import { enablementFileKinds, enablementRoutes } from './enablement.routes.js';
import { runEnablementSweep } from './enablement.service.js';

export { heldCertificationChoices, heldCertificationNames, holdsCertificationCondition } from './enablement.directory.js';
export { makeTestCertificate, makeTestCertification, makeTestCourse, makeTestEnrolment } from './enablement.fixtures.js';
export type { CertificateStatus, CertificationLevel } from './enablement.rules.js';
export { certificates, certifications, courseEnrolments, courses } from './enablement.schema.js';
export type { CertificateDto, CertificationDto, CourseDto, EnablementSweepResult, EnrolmentDto } from './enablement.service.js';
export {
  createCertification,
  createCourse,
  enrol,
  issueCertificate,
  listCertificates,
  partnerEnablement,
  runEnablementSweep,
  setModuleDone,
  submitQuiz,
} from './enablement.service.js';

/**
 * Enablement: courses (modules, a quiz with a pass mark) that partner people take in the portal,
 * certifications (associate / professional / expert) earned by completing their courses, with
 * certificates that expire and are renewed, badges, renewal reminders at 60/30/7 days, and the
 * certified-people metrics that tier requirements read.
 */
export const module: ModuleDescriptor = {
  name: 'enablement',
  routes: enablementRoutes,
  fileKinds: enablementFileKinds,
  demo: enablementDemo,
  metrics: enablementMetrics,
  appPermissions: (actor) => ({ authorEnablement: mayAuthorEnablement(actor), takeCourses: mayTakeCourses(actor) }),
  jobs: [{ name: 'enablement.daily', schedule: '40 5 * * *', run: async (ctx) => runEnablementSweep(ctx) }],
  notificationKinds: [
    {
      kind: 'enablement.renewal',
      label: 'Certifications expiring or expired',
      description:
        'A certification of yours (or, as your company’s admin, a colleague’s) expires in 60, 30 or 7 days, or has expired.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'enablement.certified',
      label: 'A certification is earned',
      description: 'You earned or renewed a certification.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [
    {
      name: 'course',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: await makeTestCourse(ctx) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'certification',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: await makeTestCertification(ctx) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'courseEnrolment',
      belongsTo: 'user',
      make: async (ctx, owner) => ({ id: await makeTestEnrolment(ctx, owner.user, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'certificate',
      belongsTo: 'user',
      make: async (ctx, owner) => ({ id: await makeTestCertificate(ctx, owner.user, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
