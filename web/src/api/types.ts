import type { components, paths } from './schema';

/**
 * The web app's names for the generated schema (`npm run gen:api`): the API's records, request
 * bodies and query parameters. Nothing here is written by hand beyond picking and naming.
 */
type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = User['role'];
export type Me = Schemas['Me'];
export type Session = Schemas['Session'];
export type ApiToken = Schemas['ApiToken'];
export type Partner = Schemas['Partner'];
export type PartnerListItem = Schemas['PartnerListItem'];
export type OpportunityDetail = Schemas['OpportunityDetail'];
export type Fit = Schemas['Fit'];
export type FitReason = Schemas['FitReason'];
export type FitCriterion = Schemas['FitCriterion'];
export type FitAttribute = FitCriterion['attribute'];
export type IdealPartnerProfile = Schemas['IdealPartnerProfile'];
export type PartnerType = Partner['types'][number];
export type Motion = Partner['motion'];
export type Designation = Partner['designation'];
export type PartnerStatus = Partner['status'];
export type Region = Partner['regions'][number];
export type CompanySize = NonNullable<Partner['companySize']>;
export type LifecycleStage = Partner['lifecycleStage'];
export type PersonRef = Schemas['PersonRef'];
export type Contact = Schemas['PartnerContact'];
export type ContactSide = Contact['side'];
export type ContactInfluence = Contact['influence'];
export type StageTransition = Schemas['StageTransition'];
export type Tier = Schemas['Tier'];
export type Program = Schemas['Program'];
export type ProgramMembership = Schemas['ProgramMembership'];
export type TierProgress = Schemas['TierProgress'];
export type RequirementProgress = Schemas['RequirementProgress'];
export type TierEvaluationRun = Schemas['TierEvaluationRun'];
export type TierProposal = Schemas['TierProposal'];
export type MilestoneRule = Schemas['MilestoneRule'];
export type MilestoneProposal = Schemas['MilestoneProposal'];
export type Metric = Schemas['Metric'];
export type CustomMetricValue = Schemas['CustomMetricValue'];
export type TierRequirement = Schemas['TierRequirement'];
/** A stored file attached to a record (`File` is the browser's own type). */
export type StoredFile = Schemas['File'];
export type OrganizationSettings = Schemas['OrganizationSettings'];
export type PublicSettings = Schemas['PublicSettings'];
export type AuditEvent = Schemas['AuditEvent'];
export type Notification = Schemas['Notification'];
export type NotificationPreference = Schemas['NotificationPreference'];
export type NotificationChannel = NotificationPreference['channel'];
export type Problem = Schemas['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

/** One page of a list endpoint. */
export type Page<T> = { data: T[]; nextCursor: string | null };

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body of a request: `RequestBody<'/api/v1/tiers', 'post'>`. */
export type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The JSON body of a successful answer: `ResponseBody<'/api/v1/partners/stats', 'get'>`. */
export type ResponseBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** The query parameters of a GET: `Query<'/api/v1/partners'>`. */
export type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type FxRate = Schemas['FxRate'];
export type Job = Schemas['Job'];
export type JobSchedule = Schemas['JobSchedule'];
export type Importer = Schemas['Importer'];
export type ImportOutcome = Schemas['ImportOutcome'];
export type ImportRun = Schemas['ImportRun'];
export type ImportProblem = ImportOutcome['errors'][number];
export type ReferralSettings = Schemas['ReferralSettings'];
export type ReferralLink = Schemas['ReferralLink'];
export type ReferralSummary = Schemas['ReferralSummary'];
export type ReferralConversion = Schemas['ReferralConversion'];
export type ReferralCommission = Schemas['ReferralCommission'];
export type ReferralSubmission = Schemas['ReferralSubmission'];
export type MarketingKit = Schemas['MarketingKit'];
export type MarketingOffer = Schemas['MarketingOffer'];
export type MarketingPreview = Schemas['MarketingPreview'];
export type MarketingAudience = Schemas['MarketingAudience'];
export type MarketingContact = Schemas['MarketingContact'];
export type MarketingLaunch = Schemas['MarketingLaunch'];
export type MarketingSuppression = Schemas['MarketingSuppression'];
export type MarketingSummary = Schemas['MarketingSummary'];
export type EcosystemMap = Schemas['EcosystemMap'];
export type EcosystemNode = Schemas['EcosystemNode'];
export type EcosystemEdge = Schemas['EcosystemEdge'];
export type EcosystemEdgeKind = EcosystemEdge['kind'];
export type EcosystemEdgeDetail = Schemas['EcosystemEdgeDetail'];
