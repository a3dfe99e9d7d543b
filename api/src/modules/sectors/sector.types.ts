import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CommuneAssignment, ImportRowStatus, SectorMatch, StreetParity, UnknownReason } from './sector.enums.js';
import { PsychiatricSector } from './sector.entity.js';

@InputType({ description: 'Une adresse décomposée : la commune (code INSEE), et la rue et le numéro si besoin' })
export class AddressInput {
  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Numéro dans la rue (« 12 », « 12 bis »)' })
  houseNumber?: string | null;
}

@InputType({ description: 'Une rue (ou une plage de numéros) à rattacher à un secteur' })
export class SectorStreetInput {
  @Field(() => String)
  communeCode!: string;

  @Field(() => String)
  street!: string;

  @Field(() => Int, { nullable: true })
  numberFrom?: number | null;

  @Field(() => Int, { nullable: true })
  numberTo?: number | null;

  @Field(() => StreetParity, { nullable: true, defaultValue: StreetParity.ALL })
  parity?: StreetParity | null;
}

@ObjectType({ description: 'Le secteur d’une adresse, et comment il a été trouvé' })
export class SectorLookup {
  @Field(() => SectorMatch)
  match!: SectorMatch;

  @Field(() => UnknownReason, { nullable: true })
  reason!: UnknownReason | null;

  @Field(() => String, { description: 'Explication en clair' })
  explanation!: string;

  @Field(() => PsychiatricSector, { nullable: true })
  sector!: PsychiatricSector | null;

  @Field(() => String, { nullable: true })
  communeCode!: string | null;

  @Field(() => String, { nullable: true })
  communeName!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => Int, { nullable: true })
  houseNumber!: number | null;

  @Field(() => Boolean, { description: 'La réponse vient du découpage de démonstration' })
  isDemo!: boolean;
}

@ObjectType({ description: 'Une commune rattachée entière à un secteur' })
export class SectorCommuneView {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  isDemo!: boolean;
}

@ObjectType({ description: 'Une commune de Metz Métropole et son rattachement aux secteurs' })
export class CommuneSectorStatus {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CommuneAssignment)
  assignment!: CommuneAssignment;

  sectorIds!: string[];
}

@ObjectType({ description: 'Une ligne du fichier importé et son effet' })
export class SectorImportRow {
  @Field(() => Int)
  line!: number;

  @Field(() => String)
  sectorCode!: string;

  @Field(() => String)
  communeCode!: string;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => Int, { nullable: true })
  numberFrom!: number | null;

  @Field(() => Int, { nullable: true })
  numberTo!: number | null;

  @Field(() => StreetParity)
  parity!: StreetParity;

  @Field(() => ImportRowStatus)
  status!: ImportRowStatus;

  @Field(() => String, { nullable: true, description: 'Motif du refus, ou précision' })
  reason!: string | null;
}

@ObjectType({ description: 'Aperçu (ou résultat) de l’import d’un fichier de secteurs' })
export class SectorImportResult {
  @Field(() => [SectorImportRow])
  rows!: SectorImportRow[];

  @Field(() => Boolean, { description: 'Vrai si le fichier a été appliqué' })
  applied!: boolean;

  @Field(() => Int)
  newCount!: number;

  @Field(() => Int)
  changedCount!: number;

  @Field(() => Int)
  unchangedCount!: number;

  @Field(() => Int)
  rejectedCount!: number;
}
