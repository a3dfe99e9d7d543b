import type { DataSource } from 'typeorm';
import { requireSignedIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { checkDocument, type DocumentUpload } from '../../documents/document-rules.js';
import { ForbiddenError, NotFoundError } from '../../errors/errors.js';
import { isUuid } from '../../text/ids.js';
import { recordCaseAccess } from './case-audit.js';
import { canReadCaseField } from './case-policy.js';
import { rolesOnCase, withCaseScope } from './case-scope.js';
import { lockCase, saveCaseChange } from './case-store.js';
import { ImlCase, ImlCaseDocument } from './iml-case.entity.js';

// Files of a case (lease, sublease, review reports): added and opened by the parties the field
// policy lets read documents; row-level security on `iml_case_document` says the same.

export class ImlCaseDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly ip: string | null,
  ) {}

  async add(caseId: string, upload: DocumentUpload): Promise<ImlCaseDocument> {
    const user = requireSignedIn(this.viewer);
    const file = checkDocument(upload);
    if (!isUuid(caseId)) throw new NotFoundError('Ce dossier n’existe pas ou ne vous est pas accessible.');
    return withCaseScope(this.dataSource, this.viewer, async (manager) => {
      const locked = await lockCase(manager, this.viewer, caseId);
      if (!canReadCaseField('documents', locked.roles)) throw new ForbiddenError('Les documents du dossier sont pour l’équipe de soin, l’opérateur et le bailleur.');
      const repository = manager.getRepository(ImlCaseDocument);
      const saved = await repository.save(repository.create({ caseId, ...file, byteSize: file.content.length, uploadedBy: user.userId }));
      await saveCaseChange(manager, locked, { viewer: this.viewer, ip: this.ip, what: 'document' });
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** The file with its content, or null when absent or not the viewer's to open. */
  async forDownload(documentId: string): Promise<ImlCaseDocument | null> {
    if (this.viewer.kind !== 'user' || !isUuid(documentId)) return null;
    return withCaseScope(this.dataSource, this.viewer, async (manager) => {
      const document = await manager.getRepository(ImlCaseDocument).createQueryBuilder('d').addSelect('d.content').where('d.id = :documentId', { documentId }).getOne();
      if (!document) return null;
      const row = await manager.getRepository(ImlCase).findOneBy({ id: document.caseId });
      if (!row || !canReadCaseField('documents', rolesOnCase(this.viewer, row.partyKeys))) return null;
      await recordCaseAccess(manager, this.viewer, this.ip, [row.id], 'iml_case.document_read', { documentId });
      return document;
    });
  }
}
