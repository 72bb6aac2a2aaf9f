import type { AuditVocabulary } from '../../app/module';
import type { CertificateStatus, CertificationLevel, CourseLevel, CourseStatus, ModuleKind } from './api';

export const courseStatus: Record<CourseStatus, string> = { draft: 'Draft', published: 'Published', retired: 'Retired' };
export const courseLevel: Record<CourseLevel, string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
export const certificationLevel: Record<CertificationLevel, string> = {
  associate: 'Associate',
  professional: 'Professional',
  expert: 'Expert',
};
export const certificateStatus: Record<CertificateStatus, string> = {
  current: 'Current',
  expiring: 'Expiring soon',
  expired: 'Expired',
  renewed: 'Renewed',
};
export const moduleKind: Record<ModuleKind, string> = { link: 'Link', file: 'File', text: 'Text' };

export const enablementLabels = { courseStatus, courseLevel, certificationLevel, certificateStatus, moduleKind };
export const enablementColors = {
  courseStatus: { draft: 'gray', published: 'teal', retired: 'dark' } as Record<CourseStatus, string>,
  certificateStatus: { current: 'teal', expiring: 'yellow', expired: 'red', renewed: 'gray' } as Record<
    CertificateStatus,
    string
  >,
  certificationLevel: { associate: 'blue', professional: 'violet', expert: 'orange' } as Record<CertificationLevel, string>,
};

type EnablementLabelSets = typeof enablementLabels;
type EnablementColorSets = typeof enablementColors;

declare module '../../app/module' {
  interface LabelSets extends EnablementLabelSets {}
  interface ColorSets extends EnablementColorSets {}
}

export const enablementAudit: AuditVocabulary = {
  entities: {
    course: { label: 'Course', link: (e) => `/enablement/courses/${e.entityId}` },
    course_enrolment: { label: 'Course enrolment' },
    certification: { label: 'Certification', link: () => '/enablement' },
    certificate: { label: 'Certificate', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
  },
  fields: {
    passMark: 'Pass mark',
    maxAttempts: 'Attempts allowed',
    cooldownHours: 'Cool-down (hours)',
    completedModuleIds: 'Modules done',
    lastScore: 'Last score',
    bestScore: 'Best score',
    validityMonths: 'Valid for (months)',
    requiredCourseIds: 'Required courses',
    renewalCourseId: 'Renewal course',
    badgeEmoji: 'Badge',
    renewedById: 'Renewed by',
    expiresOn: 'Expires',
    issuedOn: 'Issued',
  },
};
