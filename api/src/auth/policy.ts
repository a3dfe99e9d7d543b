import type { SqlParams } from '../db/sql-params.js';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors.js';
import { Role } from '../modules/accounts/role.enum.js';
import { PartnerKind } from '../modules/partners/partner.enums.js';
import type { SignedInViewer, Viewer } from './viewer.js';

// The access rules of the hub, in one place. Services call them; resolvers never decide.
// Checks take sets (as immich does) so a list costs one pass, not one query per row.

export function requireSignedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== 'user') throw new UnauthenticatedError();
  return viewer;
}

export function territoriesOf(viewer: Viewer): Set<string> {
  return new Set(viewer.kind === 'user' ? viewer.grants.map((grant) => grant.territoryId) : []);
}

export function isCoordinatorOf(viewer: Viewer, territoryId: string): boolean {
  return viewer.kind === 'user' && viewer.grants.some((g) => g.role === Role.COORDINATOR && g.territoryId === territoryId);
}

export function administeredPartners(viewer: Viewer): Set<string> {
  if (viewer.kind !== 'user') return new Set();
  return new Set(viewer.grants.filter((g) => g.role === Role.PARTNER_ADMIN && g.partnerId).map((g) => g.partnerId!));
}

/** Partners whose people's contact details the viewer may read: those of its own territories. */
export function withVisibleContactDetails(viewer: Viewer, partnerTerritories: Map<string, string[]>): Set<string> {
  const mine = territoriesOf(viewer);
  return new Set([...partnerTerritories].filter(([, territories]) => territories.some((t) => mine.has(t))).map(([id]) => id));
}

/** Entries the viewer may edit: any of its territories as coordinator, its own as partner admin. */
export function editablePartners(viewer: Viewer, partnerTerritories: Map<string, string[]>): Set<string> {
  const administered = administeredPartners(viewer);
  return new Set(
    [...partnerTerritories]
      .filter(([id, territories]) => administered.has(id) || territories.some((t) => isCoordinatorOf(viewer, t)))
      .map(([id]) => id),
  );
}

/**
 * editablePartners as an SQL condition on the partner row `p`, for a statement that checks the
 * right and writes at once: a row it rejects is never locked.
 */
export function editablePartnerSql(viewer: SignedInViewer, params: SqlParams): string {
  const coordinated = viewer.grants.filter((g) => g.role === Role.COORDINATOR).map((g) => g.territoryId);
  return `(p.id = ANY(${params.add([...administeredPartners(viewer)])}::uuid[]) OR EXISTS (
    SELECT 1 FROM partner_territory pt WHERE pt.partner_id = p.id AND pt.territory_id = ANY(${params.add(coordinated)}::uuid[])))`;
}

export function requireEditable(viewer: Viewer, partnerId: string, territories: string[]): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!editablePartners(user, new Map([[partnerId, territories]])).has(partnerId)) {
    throw new ForbiddenError('Vous ne pouvez modifier que la fiche de votre structure.');
  }
  return user;
}

export function requireCoordinator(viewer: Viewer, territoryId: string): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!isCoordinatorOf(user, territoryId)) throw new ForbiddenError('Réservé à la coordination du CLSM.');
  return user;
}

/**
 * The housing roles an organisation names for itself (issue #8): a landlord its referents, a CMP
 * or a hospital team its correspondents.
 */
const rolesNamedByKind: Partial<Record<PartnerKind, Role[]>> = {
  [PartnerKind.SOCIAL_LANDLORD]: [Role.LANDLORD_REFERENT],
  [PartnerKind.CMP]: [Role.CARE_TEAM],
  [PartnerKind.HOSPITAL_TEAM]: [Role.CARE_TEAM],
};

/**
 * Who may invite whom: the coordinator any role of its territory; a partner admin its
 * colleagues as members or admins, and as the housing role its kind of organisation names.
 */
export function requireCanInvite(viewer: Viewer, role: Role, partnerId: string | null, territoryId: string, partnerKind: PartnerKind | null = null): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (isCoordinatorOf(user, territoryId)) return user;
  const colleague = partnerId !== null && administeredPartners(user).has(partnerId);
  if (colleague && (role === Role.MEMBER || role === Role.PARTNER_ADMIN)) return user;
  if (colleague && partnerKind && rolesNamedByKind[partnerKind]?.includes(role)) return user;
  throw new ForbiddenError('Vous ne pouvez inviter que des membres de votre structure.');
}

/** The change history names the people who edited: for members of the entry's territories. */
export function requireHistoryReader(viewer: Viewer, territories: string[]): SignedInViewer {
  const user = requireSignedIn(viewer);
  const mine = territoriesOf(user);
  if (!territories.some((t) => mine.has(t))) throw new ForbiddenError('Historique réservé aux membres du territoire.');
  return user;
}

/** Groups marked public are for everyone; the others for accounts of their territory. */
export function canReadGroup(viewer: Viewer, group: { territoryId: string; isPublic: boolean }): boolean {
  return group.isPublic || territoriesOf(viewer).has(group.territoryId);
}

/** A group's animators and its territory's coordinator edit the group and its meetings. */
export function canEditGroup(viewer: Viewer, group: { territoryId: string }, animatorPersonIds: string[]): boolean {
  if (viewer.kind !== 'user') return false;
  return isCoordinatorOf(viewer, group.territoryId) || animatorPersonIds.includes(viewer.personId);
}

export function requireGroupEditor(viewer: Viewer, group: { territoryId: string }, animatorPersonIds: string[]): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!canEditGroup(user, group, animatorPersonIds)) throw new ForbiddenError('Réservé aux animateurs du groupe et à la coordination.');
  return user;
}

/** Organisations a person acts for in a territory, whatever the role. */
export function partnersOf(viewer: Viewer, territoryId?: string): Set<string> {
  if (viewer.kind !== 'user') return new Set();
  return new Set(
    viewer.grants.filter((g) => g.partnerId && (!territoryId || g.territoryId === territoryId)).map((g) => g.partnerId!),
  );
}

/** Figures of a territory's life (the yearly report) are for the accounts of that territory. */
export function requireTerritoryMember(viewer: Viewer, territoryId: string): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!territoriesOf(user).has(territoryId)) throw new ForbiddenError('Réservé aux membres du territoire.');
  return user;
}

/** A convention's attached documents are for the signed-in accounts of its territory. */
export function canReadConventionDocuments(viewer: Viewer, convention: { territoryId: string }): boolean {
  return territoriesOf(viewer).has(convention.territoryId);
}

// Events of a project's editions and training sessions (issue #5).

/** Accepted and cancelled events are public; a submission is seen by its submitter and the coordinator. */
export function canSeeProjectEvent(viewer: Viewer, event: { status: string; submittedBy: string | null }, territoryId: string): boolean {
  if (event.status === 'ACCEPTED' || event.status === 'CANCELLED') return true;
  if (viewer.kind !== 'user') return false;
  return isCoordinatorOf(viewer, territoryId) || event.submittedBy === viewer.userId;
}

/** A partner proposes events it organises; the coordinator proposes for anyone. */
export function requireEventSubmitter(viewer: Viewer, territoryId: string, organiserIds: string[]): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (isCoordinatorOf(user, territoryId)) return user;
  const mine = partnersOf(user, territoryId);
  if (!mine.size) throw new ForbiddenError('Réservé aux partenaires du territoire.');
  if (!organiserIds.some((id) => mine.has(id))) throw new ForbiddenError('Votre structure doit faire partie des organisateurs de l’événement.');
  return user;
}

/** The headcount of an event is recorded by the coordinator or an account of one of its organisers. */
export function canRecordEventAttendance(viewer: Viewer, territoryId: string, organiserIds: string[]): boolean {
  if (viewer.kind !== 'user') return false;
  if (isCoordinatorOf(viewer, territoryId)) return true;
  const mine = partnersOf(viewer, territoryId);
  return organiserIds.some((id) => mine.has(id));
}

/** Projects are public to read; their territory's coordinator edits them, funding included. */
export function canEditProject(viewer: Viewer, project: { territoryId: string }): boolean {
  return isCoordinatorOf(viewer, project.territoryId);
}

export function requireProjectEditor(viewer: Viewer, project: { territoryId: string }): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!canEditProject(user, project)) throw new ForbiddenError('Réservé à la coordination du CLSM.');
  return user;
}

// Psychiatric sectors (issue #6).

/** The coordination of a territory keeps its sectors (communes, streets, CMP) up to date. */
export function requireSectorEditor(viewer: Viewer, territoryId: string): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!isCoordinatorOf(user, territoryId)) throw new ForbiddenError('Réservé à la coordination du CLSM.');
  return user;
}
