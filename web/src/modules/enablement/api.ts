import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Course = Schemas['Course'];
export type CourseEnrolment = Schemas['CourseEnrolment'];
export type Certification = Schemas['Certification'];
export type Certificate = Schemas['Certificate'];
export type PartnerEnablement = Schemas['PartnerEnablement'];
export type CertificationMatrix = Schemas['CertificationMatrix'];
export type QuizSubmission = Schemas['QuizSubmission'];
export type CourseBody = RequestBody<'/api/v1/courses', 'post'>;
export type CoursePatch = RequestBody<'/api/v1/courses/{id}', 'patch'>;
export type CertificationBody = RequestBody<'/api/v1/certifications', 'post'>;
export type CourseStatus = Course['status'];
export type CourseLevel = Course['level'];
export type CertificationLevel = Certification['level'];
export type CertificateStatus = Certificate['status'];
export type ModuleKind = Course['modules'][number]['kind'];

export const enablementKeys = {
  all: ['enablement'] as const,
  courses: ['enablement', 'courses'] as const,
  course: (id: string) => ['enablement', 'courses', id] as const,
  courseFiles: (id: string) => ['enablement', 'courses', id, 'files'] as const,
  certifications: ['enablement', 'certifications'] as const,
  enrolments: (userId?: string) => ['enablement', 'enrolments', userId ?? 'all'] as const,
  enrolment: (id: string) => ['enablement', 'enrolment', id] as const,
  certificates: (filter: Record<string, string | undefined>) => ['enablement', 'certificates', filter] as const,
  certificate: (id: string) => ['enablement', 'certificate', id] as const,
  partner: (id: string) => ['enablement', 'partner', id] as const,
  matrix: ['enablement', 'matrix'] as const,
};

export function useCourses() {
  return useQuery({
    queryKey: enablementKeys.courses,
    queryFn: async () => (await unwrap(api.GET('/api/v1/courses', { params: { query: { limit: 500 } } }))).data,
  });
}

export function useCourse(id: string) {
  return useQuery({
    queryKey: enablementKeys.course(id),
    queryFn: () => unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id } } })),
  });
}

export function useCourseFiles(id: string) {
  return useQuery({
    queryKey: enablementKeys.courseFiles(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/courses/{id}/files', { params: { path: { id } } }))).data,
  });
}

export function useCreateCourse() {
  return useApiMutation({
    mutationFn: (body: CourseBody) => unwrap(api.POST('/api/v1/courses', { body })),
    invalidates: [enablementKeys.courses],
  });
}

export function useUpdateCourse(id: string) {
  return useApiMutation({
    mutationFn: (body: CoursePatch) => unwrap(api.PATCH('/api/v1/courses/{id}', { params: { path: { id } }, body })),
    invalidates: [enablementKeys.all],
  });
}

export function useCertifications() {
  return useQuery({
    queryKey: enablementKeys.certifications,
    queryFn: async () => (await unwrap(api.GET('/api/v1/certifications'))).data,
  });
}

/** Creates a certification (`id` null) or changes one. */
export function useSaveCertification(id: string | null) {
  return useApiMutation({
    mutationFn: (body: CertificationBody) =>
      id
        ? unwrap(api.PATCH('/api/v1/certifications/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/certifications', { body })),
    invalidates: [enablementKeys.certifications],
  });
}

/** Enrolments: the caller's own when `userId` is given (a partner admin otherwise sees the company's). */
export function useEnrolments(userId?: string) {
  return useQuery({
    queryKey: enablementKeys.enrolments(userId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/course-enrolments', { params: { query: { limit: 500, ...(userId ? { userId: [userId] } : {}) } } }),
        )
      ).data,
  });
}

export function useEnrolment(id: string | undefined) {
  return useQuery({
    queryKey: enablementKeys.enrolment(id ?? ''),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/v1/course-enrolments/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useEnrol() {
  return useApiMutation({
    mutationFn: (courseId: string) => unwrap(api.POST('/api/v1/courses/{id}/enrolment', { params: { path: { id: courseId } } })),
    invalidates: [enablementKeys.all],
  });
}

export function useModuleDone() {
  return useApiMutation({
    mutationFn: ({ id, moduleId, done }: { id: string; moduleId: string; done: boolean }) =>
      unwrap(api.POST('/api/v1/course-enrolments/{id}/progress', { params: { path: { id } }, body: { moduleId, done } })),
    invalidates: [enablementKeys.all],
  });
}

export function useSubmitQuiz() {
  return useApiMutation({
    mutationFn: ({ id, answers }: { id: string; answers: { questionId: string; optionIds: string[] }[] }) =>
      unwrap(api.POST('/api/v1/course-enrolments/{id}/quiz', { params: { path: { id } }, body: { answers } })),
    invalidates: [enablementKeys.all],
  });
}

export function useCertificates(filter: { userId?: string; partnerId?: string }) {
  return useQuery({
    queryKey: enablementKeys.certificates(filter),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/certificates', {
            params: {
              query: {
                limit: 500,
                ...(filter.userId ? { userId: [filter.userId] } : {}),
                ...(filter.partnerId ? { partnerId: [filter.partnerId] } : {}),
              },
            },
          }),
        )
      ).data,
  });
}

export function useCertificate(id: string) {
  return useQuery({
    queryKey: enablementKeys.certificate(id),
    queryFn: () => unwrap(api.GET('/api/v1/certificates/{id}', { params: { path: { id } } })),
  });
}

export function usePartnerEnablement(partnerId: string) {
  return useQuery({
    queryKey: enablementKeys.partner(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/enablement', { params: { path: { id: partnerId } } })),
  });
}

export function useCertificationMatrix() {
  return useQuery({ queryKey: enablementKeys.matrix, queryFn: () => unwrap(api.GET('/api/v1/enablement/matrix')) });
}

/** The learners of one course (vendor staff: every partner's; a partner admin: their company's). */
export function useCourseEnrolments(courseId: string) {
  return useQuery({
    queryKey: [...enablementKeys.enrolments(), 'course', courseId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/course-enrolments', { params: { query: { limit: 500, courseId: [courseId] } } }))).data,
  });
}

/** A partner manager or an admin resets a learner's failed quiz attempts and cool-down (audited with the reason). */
export function useResetAttempts() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/course-enrolments/{id}/reset-attempts', { params: { path: { id } }, body: { reason } })),
    invalidates: [enablementKeys.all],
  });
}
