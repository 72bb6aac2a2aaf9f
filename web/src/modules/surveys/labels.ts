import type { AuditVocabulary } from '../../app/module';
import type { SurveyRound } from './api';

export const surveyKind: Record<SurveyRound['kind'], string> = {
  health_diagnostic: 'Health diagnostic',
  nps: 'Partner NPS',
  px: 'Partner experience (PX)',
};
export const surveyRoundStatus: Record<SurveyRound['status'], string> = {
  scheduled: 'Scheduled',
  open: 'Open',
  closed: 'Closed',
};
export const surveyCadence: Record<'off' | 'quarterly' | 'half_yearly', string> = {
  off: 'Off',
  quarterly: 'Every quarter',
  half_yearly: 'Every half-year',
};
/** Dimensions of the health diagnostic (seed 001) and of the PX survey; unknown ones show as written. */
export const surveyDimension: Record<string, string> = {
  trust: 'Trust',
  commitments: 'Commitments met',
  problem_resolution: 'Problems resolved efficiently',
  communication: 'Communication',
  strategic_alignment: 'Strategic alignment',
  value: 'Value delivered',
  fit: 'Cultural and operational fit',
  support: 'Support',
  enablement: 'Enablement',
  ease_of_doing_business: 'Ease of doing business',
  nps: 'Recommendation (NPS)',
};

export const surveyLabels = { surveyKind, surveyRoundStatus, surveyCadence, surveyDimension };
export const surveyColors = {
  surveyRoundStatus: { scheduled: 'gray', open: 'blue', closed: 'teal' } as Record<SurveyRound['status'], string>,
  surveyKind: { health_diagnostic: 'grape', nps: 'indigo', px: 'cyan' } as Record<SurveyRound['kind'], string>,
};

type SurveyLabelSets = typeof surveyLabels;
type SurveyColorSets = typeof surveyColors;

declare module '../../app/module' {
  interface LabelSets extends SurveyLabelSets {}
  interface ColorSets extends SurveyColorSets {}
}

export function dimensionLabel(key: string): string {
  return surveyDimension[key] ?? key.replace(/_/g, ' ');
}

export const surveyAudit: AuditVocabulary = {
  entities: {
    survey: { label: 'Survey', link: (e) => `/surveys/${e.entityId}` },
    survey_response: { label: 'Survey response', link: () => null },
    survey_template: { label: 'Survey template', link: () => '/surveys/templates' },
    survey_settings: { label: 'Survey settings', link: () => '/surveys' },
  },
  fields: {
    opensOn: 'Opens',
    closesOn: 'Closes',
    pxCadence: 'PX survey schedule',
    npsCadence: 'NPS survey schedule',
    gapThreshold: 'Perception-gap threshold',
    responseDays: 'Days open',
    reminderDays: 'Reminder days before close',
    questions: 'Questions',
  },
};
