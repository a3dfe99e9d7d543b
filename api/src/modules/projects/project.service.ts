import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../errors/errors.js';
import { publishEvent } from '../../events/event-bus.js';
import { recordAudit } from '../audit/audit.service.js';
import type { GroupService } from '../groups/group.service.js';
import { groupChangedTopic } from '../groups/group.service.js';
import { Territory } from '../territories/territory.entity.js';
import { Project } from './project.entity.js';

export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupService,
  ) {}

  list(territorySlug: string): Promise<Project[]> {
    return this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Territory, 't', 't.id = p.territory_id')
      .where('t.slug = :territorySlug', { territorySlug })
      .orderBy('p.contribution')
      .addOrderBy('p.name')
      .getMany();
  }

  /** Links a project to a group, or unlinks it: for the group's animators and the coordinator. */
  async link(groupId: string, projectId: string, linked: boolean): Promise<void> {
    const { group, user } = await this.groups.requireEditor(groupId);
    const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
    if (!project || project.territoryId !== group.territoryId) throw new NotFoundError('Ce projet n’existe pas dans ce territoire.');
    await this.dataSource.transaction(async (manager) => {
      if (linked) {
        await manager.query(`INSERT INTO group_project (project_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [projectId, groupId]);
      } else {
        await manager.query(`DELETE FROM group_project WHERE project_id = $1 AND group_id = $2`, [projectId, groupId]);
      }
      await publishEvent(manager, { topic: groupChangedTopic, id: groupId });
      await recordAudit(manager, { action: linked ? 'group.project_linked' : 'group.project_unlinked', actorUserId: user.userId, targetType: 'group', targetId: groupId, details: { projectId } });
    });
  }
}
