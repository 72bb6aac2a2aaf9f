import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Onboarding = Schemas['Onboarding'];
export type OnboardingTask = Schemas['OnboardingTask'];
export type OnboardingTemplate = Schemas['OnboardingTemplate'];
export type OnboardingStep = Schemas['OnboardingStep'];
export type OnboardingStatus = Onboarding['status'];
export type OwnerSide = OnboardingTask['ownerSide'];
export type TaskRequirement = OnboardingTask['requirement'];
export type TemplateBody = RequestBody<'/api/v1/onboarding-templates', 'post'>;

export const onboardingKeys = {
  all: ['onboarding'] as const,
  partner: (id: string) => ['onboarding', 'partner', id] as const,
  templates: ['onboarding', 'templates'] as const,
  overview: ['onboarding', 'overview'] as const,
  stats: ['onboarding', 'stats'] as const,
  overdue: ['onboarding', 'overdue'] as const,
};

export function usePartnerOnboardings(partnerId: string) {
  return useQuery({
    queryKey: onboardingKeys.partner(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/onboardings', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useTemplates(enabled = true) {
  return useQuery({
    queryKey: onboardingKeys.templates,
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/onboarding-templates'))).data,
  });
}

export function useOnboardingsInProgress() {
  return useQuery({
    queryKey: onboardingKeys.overview,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/onboardings', { params: { query: { status: ['in_progress'], limit: 200 } } }))).data,
  });
}

export function useOnboardingStats() {
  return useQuery({ queryKey: onboardingKeys.stats, queryFn: () => unwrap(api.GET('/api/v1/onboardings/stats')) });
}

export function useOverdueTasks() {
  return useQuery({
    queryKey: onboardingKeys.overdue,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/onboarding-tasks', { params: { query: { overdue: 'true', limit: 200 } } }))).data,
  });
}

export function useStartOnboarding(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/partners/{id}/onboardings', 'post'>) =>
      unwrap(api.POST('/api/v1/partners/{id}/onboardings', { params: { path: { id: partnerId } }, body })),
    // The partner may have moved into the onboarding stage.
    invalidates: [onboardingKeys.all, ['partners']],
  });
}

export function useCompleteTask() {
  return useApiMutation({
    mutationFn: ({ id, acknowledged }: { id: string; acknowledged?: boolean }) =>
      unwrap(api.POST('/api/v1/onboarding-tasks/{id}/complete', { params: { path: { id } }, body: { acknowledged } })),
    invalidates: [onboardingKeys.all],
  });
}

export function useTaskAssignees(taskId: string | null) {
  return useQuery({
    queryKey: ['onboarding', 'assignees', taskId],
    enabled: taskId !== null,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/onboarding-tasks/{id}/assignees', { params: { path: { id: taskId as string } } }))).data,
  });
}

export function useUpdateTask() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: { id: string } & RequestBody<'/api/v1/onboarding-tasks/{id}', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/onboarding-tasks/{id}', { params: { path: { id } }, body })),
    invalidates: [onboardingKeys.all],
  });
}

export function useCancelTask() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/onboarding-tasks/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    invalidates: [onboardingKeys.all],
  });
}

export function useCancelOnboarding() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/onboardings/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    invalidates: [onboardingKeys.all],
  });
}

export function useSaveTemplate() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TemplateBody }) =>
      id
        ? unwrap(api.PATCH('/api/v1/onboarding-templates/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/onboarding-templates', { body })),
    invalidates: [onboardingKeys.templates],
  });
}

export function useDeleteTemplate() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/onboarding-templates/{id}', { params: { path: { id } } })),
    invalidates: [onboardingKeys.templates],
  });
}

export function uploadTaskDocument(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile('POST', uploadPath('/api/v1/onboarding-tasks/{id}/files', { id }), file, onProgress);
}

export const DOCUMENT_ACCEPT = [
  'application/pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.txt',
  'image/png',
  'image/jpeg',
];
