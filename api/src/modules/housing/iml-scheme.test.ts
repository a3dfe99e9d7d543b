import { describe, expect, it } from 'vitest';
import { useActorsServer } from '../../auth/actors.test-helpers.js';
import { testLog } from '../../test-support/test-database.js';
import { housingActions } from './iml-case.test-helpers.js';
import { remindDueReviews } from './iml-notifications.js';

// The scheme's figures and the parties' reminders, through the real API and database.

const env = useActorsServer();
const act = housingActions(env);

const figuresQuery = `{ imlSchemeFigures(territory: "clsm-metz") {
  referred housedEver housedNow byState { state count }
  funding { year flat person personDoubled total flatDays personDays } } }`;

type Figures = {
  referred: number;
  housedEver: number;
  housedNow: number;
  byState: Array<{ state: string; count: number }>;
  funding: Array<{ year: number; flat: number; person: number; personDoubled: number; total: number; flatDays: number; personDays: number }>;
};
const figures = async () => (await act.ok<{ imlSchemeFigures: Figures }>('coordinator', figuresQuery)).imlSchemeFigures;
const year = (f: Figures, y: number) => f.funding.find((row) => row.year === y) ?? { flat: 0, person: 0, personDoubled: 0, total: 0, flatDays: 0, personDays: 0 };
const count = (f: Figures, state: string) => f.byState.find((row) => row.state === state)!.count;

describe('the scheme figures', () => {
  it('fund a flat and a person over their actual dates, to the cent', async () => {
    const before = await figures();
    let c = await act.housedCase({ leaseStartsOn: '2024-01-01', subleaseStartsOn: '2024-02-01' });
    const propose = `mutation($i: ImlOutcomeInput!) { proposeImlOutcome(input: $i) { decisions { id } } }`;
    const decision = (await act.ok<{ proposeImlOutcome: { decisions: Array<{ id: string }> } }>('housingOperator', propose, {
      i: { caseId: c.id, version: c.version, outcome: 'EXITED', decidedOn: '2025-01-01', reason: 'Départ de la région (fictif)' },
    })).proposeImlOutcome.decisions[0].id;
    for (const party of ['careTeam', 'landlordReferent'] as const) {
      await act.ok(party, `mutation($d: ID!) { answerImlOutcome(decisionId: $d, agree: true) { state } }`, { d: decision });
    }
    c = (await act.read('careTeam', c.id)).data!.imlCase!;
    expect(c.state).toBe('EXITED');
    const after = await figures();
    expect(after.referred - before.referred).toBe(1);
    expect(after.housedEver - before.housedEver).toBe(1);
    expect(after.housedNow - before.housedNow).toBe(0);
    expect(count(after, 'EXITED') - count(before, 'EXITED')).toBe(1);
    // 2024 is a leap year. The lease runs 1 Jan 2024 → 1 Jan 2025: 366 of 366 days, 5,000.00 €.
    // The sublease runs 1 Feb 2024 → 1 Jan 2025: 335 days, 1,400 × 335 / 366 = 1,281.42 €
    // (2,562.84 € doubled). Nothing falls in 2025.
    const diff = (field: 'flat' | 'person' | 'personDoubled' | 'total' | 'flatDays' | 'personDays') =>
      Math.round((year(after, 2024)[field] - year(before, 2024)[field]) * 100) / 100;
    expect([diff('flatDays'), diff('personDays')]).toEqual([366, 335]);
    expect([diff('flat'), diff('person'), diff('personDoubled'), diff('total')]).toEqual([5000, 1281.42, 2562.84, 6281.42]);
    expect(year(after, 2025)).toEqual(year(before, 2025));
  });

  it('are figures only: no case, and not for accounts outside the scheme', async () => {
    const result = await act.run('gemMember', figuresQuery);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});

describe('reminders', () => {
  it('tell the coordination of a new referral, and the three parties of a review falling due, once', async () => {
    const c = await act.refer();
    await expect.poll(() => env.outbox.sent.filter((mail) => mail.subject.includes(c.pseudonym)).map((mail) => mail.to)).toEqual(['coordination@example.org']);
    const housed = await act.housedCase({ leaseStartsOn: '2026-02-01', subleaseStartsOn: '2026-02-01' });
    const mailsOf = () => env.outbox.sent.filter((mail) => mail.subject.includes(housed.pseudonym) && !mail.subject.startsWith('Nouvelle')).map((mail) => `${mail.to} ${mail.subject.split(' : ')[0]}`);
    // Before the due date's 30-day notice nothing is sent.
    await remindDueReviews(env.database.dataSource, env.outbox, 'http://hub.test', testLog, '2026-06-15');
    expect(mailsOf()).toEqual([]);
    await remindDueReviews(env.database.dataSource, env.outbox, 'http://hub.test', testLog, '2026-08-15');
    expect(mailsOf().sort()).toEqual([
      'operateur.amli@example.org Évaluation partagée en retard',
      'referent.bailleur@example.org Évaluation partagée en retard',
      'soins.erah@example.org Évaluation partagée en retard',
    ]);
    await remindDueReviews(env.database.dataSource, env.outbox, 'http://hub.test', testLog, '2026-08-20');
    expect(mailsOf()).toHaveLength(3);
    const text = env.outbox.sent.find((mail) => mail.subject.startsWith('Évaluation') && mail.subject.includes(housed.pseudonym))!.text;
    expect(text).toContain(`http://hub.test/logement/${housed.id}`);
    expect(text).not.toMatch(/Essai-|Prénom-Fictif/);
  });
});
