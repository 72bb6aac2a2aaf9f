import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = User['role'];
export type Me = Schemas['Me'];
export type Session = Schemas['Session'];
export type ApiToken = Schemas['ApiToken'];
export type Partner = Schemas['Partner'];
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
export type OrganizationSettings = Schemas['OrganizationSettings'];
export type AuditEvent = Schemas['AuditEvent'];

export type Page<T> = { data: T[]; nextCursor: string | null };
