import { z } from 'zod';
import { defineFileKind } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZId, ZIdList, ZIdParams, ZLimit, zAnyOf, zOptionalText, zPage, zString, zText } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import {
  attachFile,
  DOCUMENT_TYPES,
  IMAGE_TYPES,
  listRecordFiles,
  simplePdf,
  uploaded,
  ZFile,
  ZFileList,
} from '../files/index.js';
import { ZAudience } from '../resources/index.js';
import { coursePermissions, mayAuthorEnablement } from './enablement.policy.js';
import { CERTIFICATE_STATUSES, CERTIFICATION_LEVELS, COURSE_LEVELS, COURSE_STATUSES, MODULE_KINDS } from './enablement.rules.js';
import {
  certificatePdf,
  certificationMatrix,
  createCertification,
  createCourse,
  enrol,
  getCertificate,
  getCertification,
  getCourse,
  getEnrolment,
  listCertificates,
  listCertifications,
  listCourses,
  listEnrolments,
  loadCourseForFiles,
  MATERIAL_KIND,
  partnerEnablement,
  resetQuizAttempts,
  setModuleDone,
  submitQuiz,
  updateCertification,
  updateCourse,
} from './enablement.service.js';

const TAGS = ['enablement'];
const AUTHORS = ['admin', 'partner_manager'] as const;
const VENDOR = ['admin', 'partner_manager', 'executive', 'finance'] as const;
const LEARNERS = ['partner_admin', 'partner_user'] as const;
const MATERIAL_MAX_BYTES = 50 * 1024 * 1024;

const zUrl = zString(2000).refine((v) => /^https?:\/\/[^\s]+$/i.test(v), 'must be an http(s) URL');
const zLocalId = zString(100).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _');

const ZModule = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(MODULE_KINDS),
  url: z.string().nullable(),
  fileId: z.string().nullable(),
  text: z.string(),
});

const ZCourse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    level: z.enum(COURSE_LEVELS),
    status: z.enum(COURSE_STATUSES),
    durationMinutes: z.number().int(),
    modules: z.array(ZModule),
    quiz: z.array(
      z.object({
        id: z.string(),
        prompt: z.string(),
        multiple: z.boolean(),
        options: z.array(z.object({ id: z.string(), label: z.string() })),
        correct: z.array(z.string()).optional().describe('Only for the course’s authors: never sent to learners'),
      }),
    ),
    questionCount: z.number().int(),
    passMark: z.number().int(),
    maxAttempts: z.number().int().nullable(),
    cooldownHours: z.number().int(),
    audience: z
      .array(ZAudience)
      .describe('Who may take it: programs and a minimum tier (empty: every partner). Vendor staff only.'),
    publishedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean(), publish: z.boolean(), retire: z.boolean(), enrol: z.boolean() }),
  })
  .meta({ id: 'Course' });

const courseFields = {
  title: zText(200),
  description: zOptionalText(5000).optional(),
  level: z.enum(COURSE_LEVELS, { error: `must be one of ${COURSE_LEVELS.join(', ')}` }).optional(),
  durationMinutes: z.number().int('must be whole minutes').min(0, 'must be 0 to 6000').max(6000, 'must be 0 to 6000').optional(),
  modules: z
    .array(
      z.strictObject({
        id: zLocalId.optional(),
        title: zText(200),
        kind: z.enum(MODULE_KINDS, { error: `must be one of ${MODULE_KINDS.join(', ')}` }),
        url: zUrl.nullable().optional(),
        fileId: ZId.nullable().optional(),
        text: zOptionalText(20000).optional(),
      }),
    )
    .max(50, 'at most 50 modules')
    .optional(),
  quiz: z
    .array(
      z.strictObject({
        id: zLocalId.optional(),
        prompt: zText(1000),
        multiple: z.boolean().optional(),
        options: z
          .array(z.strictObject({ id: zLocalId.optional(), label: zText(500) }))
          .min(2, 'must offer at least two options')
          .max(10, 'at most 10 options'),
        correct: z
          .array(z.union([zLocalId, z.number().int().min(0)]))
          .max(10)
          .describe('The correct options, by id or by position (0-based)'),
      }),
    )
    .max(100, 'at most 100 questions')
    .optional(),
  passMark: z.number().int('must be a whole percent').min(1, 'must be 1 to 100').max(100, 'must be 1 to 100').optional(),
  maxAttempts: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').nullable().optional(),
  cooldownHours: z.number().int().min(0, 'must be 0 to 720').max(720, 'must be 0 to 720').optional(),
  audience: z
    .array(ZAudience)
    .max(50, 'at most 50 lines')
    .optional()
    .describe('Programs (and a minimum tier in each) whose partners may take it; empty: every partner'),
};

const ZEnrolment = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string().describe('The learner’s company'),
    userId: z.uuid(),
    userName: z.string(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    status: z.enum(['in_progress', 'completed']),
    completedModuleIds: z.array(z.string()),
    moduleCount: z.number().int(),
    progress: z.number().int().describe('Percent of modules done'),
    hasQuiz: z.boolean(),
    passMark: z.number().int(),
    attempts: z.number().int(),
    failedAttempts: z.number().int(),
    lastScore: z.number().int().nullable(),
    bestScore: z.number().int().nullable(),
    lastAttemptAt: z.date().nullable(),
    completedAt: z.date().nullable(),
    quizBlockedReason: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ take: z.boolean() }),
  })
  .meta({ id: 'CourseEnrolment' });

const ZCertification = z
  .object({
    id: z.uuid(),
    name: z.string(),
    level: z.enum(CERTIFICATION_LEVELS),
    description: z.string(),
    validityMonths: z.number().int(),
    requiredCourses: z.array(z.object({ id: z.uuid(), title: z.string() })),
    renewalCourse: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    renewalPath: z.string(),
    badgeEmoji: z.string(),
    status: z.enum(['active', 'retired']),
    audience: z
      .array(ZAudience)
      .describe('Who may earn it: programs and a minimum tier (empty: every partner). Vendor staff only.'),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'Certification' });

const certificationFields = {
  name: zText(200),
  level: z.enum(CERTIFICATION_LEVELS, { error: `must be one of ${CERTIFICATION_LEVELS.join(', ')}` }),
  description: zOptionalText(5000).optional(),
  validityMonths: z.number().int('must be whole months').min(1, 'must be 1 to 120').max(120, 'must be 1 to 120').optional(),
  requiredCourseIds: z.array(ZId).max(20, 'at most 20 courses').optional(),
  renewalCourseId: ZId.nullable().optional(),
  badgeEmoji: zText(16).optional(),
  status: z.enum(['active', 'retired'], { error: 'must be active or retired' }).optional(),
  audience: z
    .array(ZAudience)
    .max(50, 'at most 50 lines')
    .optional()
    .describe('Programs (and a minimum tier in each) whose partners may earn it; empty: every partner'),
};

const ZCertificate = z
  .object({
    id: z.uuid(),
    number: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    certificationId: z.uuid(),
    certificationName: z.string(),
    level: z.enum(CERTIFICATION_LEVELS),
    badge: z.object({ emoji: z.string(), name: z.string() }),
    issuedOn: z.string(),
    expiresOn: z.string().describe('The first day it is no longer valid'),
    daysToExpiry: z.number().int(),
    status: z.enum(CERTIFICATE_STATUSES),
    renewalOf: z.uuid().nullable(),
    renewedById: z.uuid().nullable(),
    downloadUrl: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'Certificate' });

const ZQuizResult = z.object({
  score: z.number().int(),
  correctCount: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  questions: z.array(z.object({ questionId: z.string(), correct: z.boolean() })),
});

/** Course material (a module's uploaded file): authors upload, whoever may see the course reads. */
export const enablementFileKinds = [
  defineFileKind({
    kind: MATERIAL_KIND,
    recordKind: 'course',
    label: 'Course material',
    maxBytes: MATERIAL_MAX_BYTES,
    types: [...DOCUMENT_TYPES, ...IMAGE_TYPES],
    loadRecord: loadCourseForFiles,
    canRead: (actor, course) => mayAuthorEnablement(actor) || course.status === 'published' || !actor.partnerId,
    canAttach: (actor, course) => coursePermissions(actor, course).edit,
  }),
];

export const enablementRoutes = [
  // ——— Courses ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/courses',
    summary: 'Courses by title (partner people: the published catalogue)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'course.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, status: zAnyOf(COURSE_STATUSES).optional(), q: zString(200).optional() }),
    response: zPage(ZCourse),
    export: { omit: ['modules', 'quiz'] },
    handler: async ({ ctx, query }) => listCourses(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/courses',
    summary: 'Author a course: modules (a link, an uploaded file or text), a quiz and its pass mark',
    description:
      'A quiz question names its correct options in `correct`, by option id or 0-based position; a single-choice question has exactly one. The answers are never sent to learners.',
    tags: TAGS,
    access: access.roles(AUTHORS, { scope: 'none' }),
    permission: 'course.create',
    status: 201,
    body: z.strictObject({
      ...courseFields,
      status: z.enum(['draft', 'published'], { error: 'must be draft or published' }).optional(),
    }),
    response: ZCourse,
    example: () => ({
      title: 'Selling Consort Cloud',
      level: 'introductory',
      modules: [{ title: 'Why customers buy', kind: 'link', url: 'https://learn.example/why' }],
      quiz: [{ prompt: 'Who buys Consort Cloud?', options: [{ label: 'Channel teams' }, { label: 'Nobody' }], correct: [0] }],
      passMark: 80,
      status: 'published',
    }),
    handler: async ({ ctx, body }) => createCourse(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/courses/:id',
    summary: 'Get a course (learners: without the quiz’s answers)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'course.read',
    target: 'course',
    params: ZIdParams,
    response: ZCourse,
    handler: async ({ ctx, params }) => getCourse(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/courses/:id',
    summary: 'Change a course, or move it: draft → published → retired (a retired course may be published again)',
    tags: TAGS,
    access: access.roles(AUTHORS, { scope: 'none' }),
    permission: 'course.edit',
    target: 'course',
    params: ZIdParams,
    body: z
      .strictObject({
        ...courseFields,
        status: z.enum(COURSE_STATUSES, { error: `must be one of ${COURSE_STATUSES.join(', ')}` }),
      })
      .partial(),
    response: ZCourse,
    example: () => ({ description: 'The first course every seller takes' }),
    handler: async ({ ctx, params, body }) => updateCourse(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/courses/:id/files',
    summary: "A course's uploaded material",
    tags: [...TAGS, 'files'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'course.read',
    target: 'course',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listRecordFiles(ctx, params.id, [MATERIAL_KIND]), nextCursor: null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/courses/:id/files',
    summary: 'Upload course material (PDF, Office, OpenDocument, image or text; ≤ 50 MiB) for a file module',
    tags: [...TAGS, 'files'],
    access: access.roles(AUTHORS, { scope: 'none' }),
    permission: 'course.attach',
    target: 'course',
    params: ZIdParams,
    upload: {
      maxBytes: MATERIAL_MAX_BYTES,
      example: () => ({ filename: 'battlecard.pdf', contentType: 'application/pdf', bytes: simplePdf(['Battlecard']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, MATERIAL_KIND, params.id, uploaded(upload)),
  }),
  // ——— Taking a course ———
  defineRoute({
    method: 'POST',
    url: '/api/v1/courses/:id/enrolment',
    summary: 'Enrol yourself in a published course (enrolling again answers your enrolment)',
    tags: TAGS,
    access: access.roles(LEARNERS, { scope: 'partner' }),
    permission: 'courseEnrolment.create',
    target: 'course',
    params: ZIdParams,
    response: ZEnrolment,
    handler: async ({ ctx, params }) => enrol(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/course-enrolments',
    summary: 'Enrolments, newest first (a partner user: their own; a partner admin: their company’s)',
    tags: TAGS,
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'courseEnrolment.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      userId: ZIdList.optional(),
      courseId: ZIdList.optional(),
      partnerId: ZIdList.optional(),
    }),
    response: zPage(ZEnrolment),
    export: { omit: ['completedModuleIds'] },
    handler: async ({ ctx, query }) => listEnrolments(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/course-enrolments/:id',
    summary: 'Get an enrolment',
    tags: TAGS,
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'courseEnrolment.read',
    target: 'courseEnrolment',
    params: ZIdParams,
    response: ZEnrolment,
    handler: async ({ ctx, params }) => getEnrolment(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/course-enrolments/:id/progress',
    summary: 'Mark a module of your course done (or not); a course without a quiz completes with its last module',
    tags: TAGS,
    access: access.roles(LEARNERS, { scope: 'partner' }),
    permission: 'courseEnrolment.take',
    target: 'courseEnrolment',
    params: ZIdParams,
    body: z.strictObject({ moduleId: zLocalId, done: z.boolean().optional() }),
    response: ZEnrolment,
    example: () => ({ moduleId: 'm1', done: true }),
    handler: async ({ ctx, params, body }) => setModuleDone(ctx, params.id, { moduleId: body.moduleId, done: body.done ?? true }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/course-enrolments/:id/reset-attempts',
    summary: 'Reset a learner’s failed quiz attempts and cool-down (partner manager or admin; audited with the reason)',
    tags: TAGS,
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'courseEnrolment.reset',
    target: 'courseEnrolment',
    params: ZIdParams,
    body: z.strictObject({ reason: zOptionalText(500).optional() }),
    response: ZEnrolment,
    example: () => ({ reason: 'Question 3 had two right answers; fixed' }),
    handler: async ({ ctx, params, body }) => resetQuizAttempts(ctx, params.id, body.reason ?? ''),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/course-enrolments/:id/quiz',
    summary: 'Submit your quiz answers: scored on the server; a pass completes the course and may earn certifications',
    tags: TAGS,
    access: access.roles(LEARNERS, { scope: 'partner' }),
    permission: 'courseEnrolment.take',
    target: 'courseEnrolment',
    params: ZIdParams,
    body: z.strictObject({
      answers: z
        .array(z.strictObject({ questionId: zLocalId, optionIds: z.array(zLocalId).max(10, 'at most 10 options') }))
        .max(100, 'at most 100 answers'),
    }),
    response: z
      .object({ enrolment: ZEnrolment, result: ZQuizResult, certificatesEarned: z.array(ZCertificate) })
      .meta({ id: 'QuizSubmission' }),
    example: () => ({ answers: [{ questionId: 'q1', optionIds: ['a'] }] }),
    handler: async ({ ctx, params, body }) =>
      submitQuiz(ctx, params.id, Object.fromEntries(body.answers.map((a) => [a.questionId, a.optionIds]))),
  }),
  // ——— Certifications ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/certifications',
    summary: 'Certifications, associate to expert: required courses, validity and renewal path',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'certification.read',
    response: z.object({ data: z.array(ZCertification) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await listCertifications(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/certifications',
    summary: 'Define a certification: level, required courses, validity in months, renewal course, badge',
    tags: TAGS,
    access: access.roles(AUTHORS, { scope: 'none' }),
    permission: 'certification.create',
    status: 201,
    body: z.strictObject(certificationFields),
    response: ZCertification,
    example: (refs) => ({
      name: `Consort Certified Associate ${refs.unique}`,
      level: 'associate',
      validityMonths: 24,
      badgeEmoji: '🥉',
    }),
    handler: async ({ ctx, body }) => createCertification(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/certifications/:id',
    summary: 'Get a certification',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'certification.read',
    target: 'certification',
    params: ZIdParams,
    response: ZCertification,
    handler: async ({ ctx, params }) => getCertification(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/certifications/:id',
    summary: 'Change a certification (retire it to stop new certificates; held ones stay until they expire)',
    tags: TAGS,
    access: access.roles(AUTHORS, { scope: 'none' }),
    permission: 'certification.edit',
    target: 'certification',
    params: ZIdParams,
    body: z.strictObject(certificationFields).partial(),
    response: ZCertification,
    example: () => ({ validityMonths: 24 }),
    handler: async ({ ctx, params, body }) => updateCertification(ctx, params.id, body),
  }),
  // ——— Certificates ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/certificates',
    summary: 'Certificates, the soonest expiry first (a partner user: their own; a partner admin: their company’s)',
    tags: TAGS,
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'certificate.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      userId: ZIdList.optional(),
      certificationId: ZIdList.optional(),
      status: zAnyOf(CERTIFICATE_STATUSES).optional(),
    }),
    response: zPage(ZCertificate),
    export: { pick: { badge: 'name' } },
    handler: async ({ ctx, query }) => listCertificates(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/certificates/:id',
    summary: 'Get a certificate',
    tags: TAGS,
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'certificate.read',
    target: 'certificate',
    params: ZIdParams,
    response: ZCertificate,
    handler: async ({ ctx, params }) => getCertificate(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/certificates/:id/certificate.pdf',
    summary: 'The certificate as a PDF',
    tags: TAGS,
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'certificate.read',
    target: 'certificate',
    params: ZIdParams,
    handler: async ({ ctx, params, reply }) => {
      const pdf = await certificatePdf(ctx, params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdf.filename}"`)
        .header('cache-control', 'private, no-cache')
        .send(pdf.bytes);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/enablement',
    summary: "A partner's certified people with their badges, current certifications and those expiring within 60 days",
    tags: [...TAGS, 'partners'],
    access: access.roles([...VENDOR, ...LEARNERS], { scope: 'partner' }),
    permission: 'certificate.read',
    target: 'partner',
    params: ZIdParams,
    response: z
      .object({
        partnerId: z.uuid(),
        certifiedPeople: z.number().int(),
        certificationsActive: z.number().int(),
        expiringSoon: z.number().int(),
        people: z.array(
          z.object({
            userId: z.uuid(),
            name: z.string(),
            badges: z.array(
              z.object({
                certificationId: z.uuid(),
                name: z.string(),
                emoji: z.string(),
                level: z.enum(CERTIFICATION_LEVELS),
                expiresOn: z.string(),
                status: z.enum(CERTIFICATE_STATUSES),
              }),
            ),
          }),
        ),
      })
      .meta({ id: 'PartnerEnablement' }),
    handler: async ({ ctx, params }) => partnerEnablement(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/enablement/matrix',
    summary: 'Who holds what: partner × certification, people current, expiring within 60 days and lapsed',
    tags: TAGS,
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'certificate.report',
    response: z
      .object({
        certifications: z.array(
          z.object({ id: z.uuid(), name: z.string(), level: z.enum(CERTIFICATION_LEVELS), badgeEmoji: z.string() }),
        ),
        rows: z.array(
          z.object({
            partnerId: z.uuid(),
            partnerName: z.string(),
            certifiedPeople: z.number().int(),
            cells: z.array(
              z.object({
                certificationId: z.uuid(),
                current: z.number().int(),
                expiring: z.number().int(),
                expired: z.number().int(),
              }),
            ),
          }),
        ),
      })
      .meta({ id: 'CertificationMatrix' }),
    handler: async ({ ctx }) => certificationMatrix(ctx),
  }),
];
