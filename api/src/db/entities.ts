import { Contact } from '../modules/partners/contact.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { PartnerTerritory } from '../modules/territories/partner-territory.entity.js';
import { Territory } from '../modules/territories/territory.entity.js';

export const entities = [Territory, PartnerTerritory, Partner, Person, Contact];
