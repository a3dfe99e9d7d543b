import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a row PostgreSQL turned into JSON (`to_jsonb(row)`), with the values TypeORM
 * would give the row itself (dates as Date, through the driver's own conversion). It lets one
 * statement bring back rows of several tables, each once, where joins would repeat them.
 */
export function entityFromJson<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, json: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    // Columns left out of default selects stay out; relations are not hydrated, but the plain
    // property that shares a relation's foreign key (`meetingId` beside `meeting`) is.
    if (!column.isSelect || !(column.databaseName in json) || column.relationMetadata?.propertyName === column.propertyName) continue;
    const value = dataSource.driver.prepareHydratedValue(json[column.databaseName], column);
    if (column.relationMetadata) (entity as Record<string, unknown>)[column.propertyName] = value;
    else column.setEntityValue(entity, value);
  }
  return entity;
}
