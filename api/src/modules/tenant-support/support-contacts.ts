import { Field, ObjectType } from 'type-graphql';
import { In, type DataSource } from 'typeorm';
import { requireTerritoryMember } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { Partner } from '../partners/partner.entity.js';

// Who to turn to: each landlord's referents and each CMP's correspondents, as the accounts name
// them (a landlord's or a CMP's admin invites them with that role).

@ObjectType({ description: 'Les référents d’un bailleur ou les correspondants d’un CMP' })
export class SupportContactGroup {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => String, { nullable: true, description: 'Le secteur du CMP' })
  sectorName!: string | null;

  @Field(() => [String], { description: 'Noms des personnes' })
  people!: string[];
}

export async function supportContacts(dataSource: DataSource, viewer: Viewer, territoryId: string): Promise<SupportContactGroup[]> {
  requireTerritoryMember(viewer, territoryId);
  const rows: Array<{ partner_id: string; sector_name: string | null; people: string[] }> = await dataSource.query(
    `SELECT p.id AS partner_id,
            (SELECT s.name FROM psychiatric_sector s WHERE s.cmp_partner_id = p.id AND s.territory_id = $1 ORDER BY s.name LIMIT 1) AS sector_name,
            coalesce(array_agg(pe.first_name || ' ' || pe.last_name ORDER BY pe.last_name, pe.first_name) FILTER (WHERE pe.id IS NOT NULL), '{}') AS people
     FROM partner p
     JOIN partner_territory pt ON pt.partner_id = p.id AND pt.territory_id = $1
     LEFT JOIN role_assignment r ON r.partner_id = p.id AND r.territory_id = $1
          AND ((p.kind = 'SOCIAL_LANDLORD' AND r.role = 'LANDLORD_REFERENT') OR (p.kind = 'CMP' AND r.role = 'CARE_TEAM'))
     LEFT JOIN user_account u ON u.id = r.user_id AND NOT u.disabled
     LEFT JOIN person pe ON pe.id = u.person_id
     WHERE p.kind IN ('SOCIAL_LANDLORD', 'CMP')
     GROUP BY p.id, p.kind, p.name
     ORDER BY p.kind DESC, p.name`,
    [territoryId],
  );
  const partners = await dataSource.getRepository(Partner).findBy({ id: In(rows.map((row) => row.partner_id)) });
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  return rows.map((row) => ({ partner: byId.get(row.partner_id)!, sectorName: row.sector_name, people: row.people }));
}
