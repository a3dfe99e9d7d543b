import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../errors/errors.js';
import { Partner } from '../partners/partner.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { AcceptInvitationInput, Invitation, InvitationInput, Me, RoleGrant } from './account.types.js';
import { roleLabels } from './role.enum.js';

async function loadMe(ctx: Context): Promise<Me | null> {
  const found = await ctx.services.accounts.me(ctx.viewer);
  if (!found) return null;
  const { account, viewer } = found;
  return {
    id: account.id,
    email: account.email,
    displayName: `${account.person!.firstName} ${account.person!.lastName}`,
    roles: viewer.grants.map((grant) => ({ ...grant, roleLabel: roleLabels[grant.role] })),
  };
}

@Resolver(() => Me)
export class AccountResolver {
  @Query(() => Me, { nullable: true, description: 'Le compte connecté, ou null' })
  me(@Ctx() ctx: Context): Promise<Me | null> {
    return loadMe(ctx);
  }

  @Mutation(() => Me, { description: 'Ouvre une session (cookie httpOnly)' })
  async signIn(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<Me> {
    const session = await ctx.services.accounts.signIn(email, password, ctx.ip);
    ctx.http?.setSessionCookie(session.token, session.expiresAt);
    ctx.viewer = (await ctx.services.sessions.resolve(session.token)).viewer;
    return (await loadMe(ctx))!;
  }

  @Mutation(() => Boolean)
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.signOut(ctx.viewer, ctx.ip);
    ctx.http?.clearSessionCookie();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Envoie un lien de réinitialisation si le compte existe ; répond toujours true' })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.requestPasswordReset(email, ctx.ip);
    return true;
  }

  @Mutation(() => Boolean)
  async resetPassword(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.accounts.resetPassword(token, password, ctx.ip);
    return true;
  }

  @Mutation(() => Invitation, { description: 'Invite une personne (coordination, ou administrateur pour sa structure)' })
  async inviteMember(@Arg('input', () => InvitationInput) input: InvitationInput, @Ctx() ctx: Context): Promise<Invitation> {
    const territory = await ctx.services.territories.findBySlug(input.territory);
    if (!territory) throw new NotFoundError('Ce territoire n’existe pas.');
    return ctx.services.accounts.invite(ctx.viewer, { ...input, territoryId: territory.id, partnerId: input.partnerId ?? null });
  }

  @Mutation(() => Me, { description: 'Accepte une invitation ; ouvre une session pour un nouveau compte' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<Me> {
    const userId = await ctx.services.accounts.acceptInvitation(ctx.viewer, input, ctx.ip);
    const session = await ctx.services.sessions.open(userId);
    ctx.http?.setSessionCookie(session.token, session.expiresAt);
    ctx.viewer = (await ctx.services.sessions.resolve(session.token)).viewer;
    return (await loadMe(ctx))!;
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Territory)
  async territory(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Territory> {
    return (await ctx.loaders.territoryById.load(grant.territoryId))!;
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Partner | null> | null {
    return grant.partnerId ? ctx.loaders.partnerById.load(grant.partnerId) : null;
  }
}
