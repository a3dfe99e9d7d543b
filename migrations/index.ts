import { Directory1763900000000 } from './1763900000000-directory.js';
import { Accounts1763990000000 } from './1763990000000-accounts.js';
import { Meetings1764000000000 } from './1764000000000-meetings.js';
import { Projects1764010000000 } from './1764010000000-projects.js';
import { Conventions1764020000000 } from './1764020000000-conventions.js';
import { ConventionDocuments1764030000000 } from './1764030000000-convention-documents.js';
import { ProjectDetails1764040000000 } from './1764040000000-project-details.js';
import { Events1764050000000 } from './1764050000000-events.js';
import { Sectors1764060000000 } from './1764060000000-sectors.js';
import { Services1764070000000 } from './1764070000000-services.js';
import { ApplicationRole1764080000000 } from './1764080000000-application-role.js';
import { Housing1764090000000 } from './1764090000000-housing.js';
import { TenantSupport1764100000000 } from './1764100000000-tenant-support.js';
import { NationalScale1764110000000 } from './1764110000000-national-scale.js';
import { SessionRevocation1764120000000 } from './1764120000000-session-revocation.js';

// Every migration, in order. TypeORM reads this list instead of globbing files, so the
// compiled API and the tests see the same set.
export const migrations = [Directory1763900000000, Accounts1763990000000, Meetings1764000000000, Projects1764010000000, Conventions1764020000000, ConventionDocuments1764030000000, ProjectDetails1764040000000, Events1764050000000, Sectors1764060000000, Services1764070000000, ApplicationRole1764080000000, Housing1764090000000, TenantSupport1764100000000, NationalScale1764110000000, SessionRevocation1764120000000];
