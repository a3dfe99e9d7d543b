import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { groupRows } from '../../graphql/group-rows.js';
import { recordRowAccess } from '../audit/audit.service.js';
import { withCaseScope } from '../housing/case-scope.js';
import { SupportRequestClinicalNote, SupportRequestStep, SupportRequestTenant } from './support-request.entity.js';
import { supportAuditTarget } from './support-request.service.js';

// The nested parts of requests, batched per request, read under the viewer's scope; reading the
// tenant's identity or the clinical notes is logged with the rows returned.

export function createSupportLoaders(dataSource: DataSource, viewer: Viewer, ip: string | null) {
  /** The parts of the requests `ids`, oldest first, one list per request. */
  const partsOf = <T extends { requestId: string }>(entity: new () => T, order: string | null, action: string | null) =>
    async (ids: readonly string[]): Promise<T[][]> => {
      const rows = await withCaseScope(dataSource, viewer, async (manager) => {
        const query = manager.getRepository(entity).createQueryBuilder('part').where('part.request_id = ANY(:ids)', { ids: [...ids] });
        const found = await (order ? query.orderBy(`part.${order}`, 'ASC') : query).getMany();
        if (action) {
          await recordRowAccess(manager, { table: supportAuditTarget, ids: found.map((row) => row.requestId), actorUserId: viewer.kind === 'user' ? viewer.userId : null, action, ip });
        }
        return found;
      });
      return groupRows(ids, rows, (row) => row.requestId);
    };
  const tenants = partsOf(SupportRequestTenant, null, 'support_request.identity_read');
  return {
    supportTenant: new DataLoader<string, SupportRequestTenant | null>(async (ids) => (await tenants(ids)).map((rows) => rows[0] ?? null)),
    supportSteps: new DataLoader<string, SupportRequestStep[]>(partsOf(SupportRequestStep, 'at', null)),
    supportClinicalNotes: new DataLoader<string, SupportRequestClinicalNote[]>(partsOf(SupportRequestClinicalNote, 'at', 'support_request.clinical_read')),
  };
}

export type SupportLoaders = ReturnType<typeof createSupportLoaders>;
