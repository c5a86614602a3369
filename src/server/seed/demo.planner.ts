import { DEMO_ACCOUNTS } from './demo-account.fixtures';
import type { DemoCity } from './demo-city.reader';
import { type OrgPlan, planOrganizations, practiceStreams } from './demo-organization.planner';
import { type ProPlan, planProfessionals } from './demo-professional.planner';
import { DemoSeedError } from './demo-seed.error';

/**
 * Builds every demo row in memory, in a fixed order; nothing here touches the database.
 * Organisations come first because the people are placed in them.
 */

export interface DemoPlan {
  organizations: OrgPlan[];
  professionals: ProPlan[];
  cityCentre: OrgPlan;
  cityBureau: OrgPlan;
  countyCentres: Map<string, OrgPlan>;
  countyBureaus: Map<string, OrgPlan>;
  /** The professionals the handler accounts log in as, by username. */
  accountProfessionals: Map<string, ProPlan>;
}

export function planDemo(city: DemoCity): DemoPlan {
  const streams = practiceStreams();
  const network = planOrganizations(city, streams);
  const { professionals, accountProfessionals } = planProfessionals(city, network, streams);

  // A handler account and its professional row are one person: give both the account's name.
  for (const account of DEMO_ACCOUNTS) {
    const professional = accountProfessionals.get(account.username);
    if (professional) professional.name = account.displayName;
  }
  for (const username of ['lawyer', 'mediator', 'advisor']) {
    if (!accountProfessionals.has(username)) {
      throw new DemoSeedError(`No professional found for the demo account ${username}: are the divisions Jining's?`);
    }
  }

  const { organizations, cityCentre, cityBureau, countyCentres, countyBureaus } = network;
  return { organizations, professionals, cityCentre, cityBureau, countyCentres, countyBureaus, accountProfessionals };
}
