// How much the generator writes at a given size: 1 is the national network of issue #9.

export interface ScaleCounts {
  /** Fictional territories, beside the real Metz one. */
  territories: number;
  partners: number;
  contacts: number;
  groups: number;
  meetings: number;
  events: number;
  housingCases: number;
  /** Of the housing cases: Metz cases referred by the demo CMP correspondent's team. */
  metzCareTeamCases: number;
}

export const nationalCounts: ScaleCounts = {
  territories: 260,
  partners: 20_000,
  contacts: 100_000,
  groups: 2_000,
  meetings: 200_000,
  events: 50_000,
  housingCases: 5_000,
  metzCareTeamCases: 300,
};

/** The organisations every fictional territory has whatever its size (anchorTemplates). */
export const anchorsPerTerritory = 11;

/**
 * Counts at `size` (a fraction of the national network). Small sizes keep what the network
 * needs to hang together: three territories, their anchor organisations, a contact for each,
 * a few Metz cases for the demo CMP.
 */
export function scaleCounts(size: number): ScaleCounts {
  if (!(size > 0) || size > 10) throw new Error(`size must be a fraction in ]0, 10], not ${size}`);
  const of = (n: number) => Math.round(n * size);
  const territories = Math.max(3, of(nationalCounts.territories));
  const partners = Math.max(of(nationalCounts.partners), territories * anchorsPerTerritory);
  const metzCareTeamCases = Math.max(3, of(nationalCounts.metzCareTeamCases));
  return {
    territories,
    partners,
    contacts: Math.max(of(nationalCounts.contacts), partners),
    groups: Math.max(of(nationalCounts.groups), territories + 1),
    meetings: Math.max(of(nationalCounts.meetings), 50),
    events: Math.max(of(nationalCounts.events), 10),
    housingCases: Math.max(of(nationalCounts.housingCases), metzCareTeamCases + territories),
    metzCareTeamCases,
  };
}
