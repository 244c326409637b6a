package org.bastion.demo;

import java.time.LocalDate;
import java.util.List;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingRuns;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.bastion.pairing.VillageNeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ninghua's demo pairings, made the way staff would make them: a need for 70 villages spread over
 * the county (poor, weak, industry), the solver's branch–village proposal for the county (every organ branch
 * helps one village, a village has one or two helping branches) and its N+1 proposal
 * for 翠江镇, both confirmed, and a few help records. Runs only right after the demo data was
 * generated, acting as the system with the pairing authorities.
 */
@Component
@Profile("!command")
@Order(30)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class DemoPairings implements ApplicationRunner {

	static final String CUIJIANG = "350424100";
	/** Poor villages in the branch–village program (pairing.branch_village.villages: 70). */
	static final int POOR_VILLAGES = 70;

	private static final Logger log = LoggerFactory.getLogger(DemoPairings.class);
	private static final VillageNeed[] NEEDS = {VillageNeed.POOR, VillageNeed.WEAK, VillageNeed.INDUSTRY};

	private final NinghuaDemoData demo;
	private final Organizations organizations;
	private final PairingRuns runs;
	private final Pairings pairings;

	DemoPairings(NinghuaDemoData demo, Organizations organizations, PairingRuns runs, Pairings pairings) {
		this.demo = demo;
		this.organizations = organizations;
		this.runs = runs;
		this.pairings = pairings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.generated()) {
			return;
		}
		DemoSystem.run(() -> {
			long started = System.currentTimeMillis();
			int villages = 0;
			// the county's 70 poor villages (百个支部帮穷村), spread evenly over its village branches
			List<String> villageCodes = new java.util.ArrayList<>();
			for (int page = 0;; page++) {
				PageResult<OrganizationView> found = organizations.search(
						new OrganizationSearch(null, OrganizationKind.VILLAGE_BRANCH, null), new PageRequest(page, PageResult.MAX_SIZE));
				found.items().stream().map(OrganizationView::divisionCode).filter(java.util.Objects::nonNull).forEach(villageCodes::add);
				if (!found.hasNext()) {
					break;
				}
			}
			int poor = Math.min(POOR_VILLAGES, villageCodes.size());
			for (int i = 0; i < poor; i++) {
				runs.setVillageNeed(villageCodes.get(i * villageCodes.size() / poor), NEEDS[villages++ % NEEDS.length]);
			}
			PairingRuns.RunSummary branches = runs.solve(PairingKind.BRANCH_VILLAGE, NinghuaDemoData.NINGHUA);
			int confirmedBranches = branches.status().equals("DONE") ? runs.confirmAll(branches.id()) : 0;
			PairingRuns.RunSummary households = runs.solve(PairingKind.N_PLUS_ONE, CUIJIANG);
			int confirmedHouseholds = households.status().equals("DONE") ? runs.confirmAll(households.id()) : 0;
			int visits = 0;
			for (OrganizationView organ : organizations.search(new OrganizationSearch(null, OrganizationKind.ORGAN_BRANCH, null),
					new PageRequest(0, 20)).items()) {
				for (PairingView p : pairings.ofOrganization(organ.id())) {
					if (p.kind() == PairingKind.BRANCH_VILLAGE && p.status() == PairingStatus.ACTIVE) {
						pairings.recordVisit(p.id(), "VISIT", LocalDate.of(2026, 3, 5), organ.name(), "走访村两委，了解产业发展需求");
						pairings.recordVisit(p.id(), "HELP", LocalDate.of(2026, 6, 18), organ.name(), "协调帮扶资金建设村级产业项目");
						visits += 2;
					}
				}
			}
			log.info("Demo pairings in {} ms: {} villages with a need, {} branch–village pairs, {} N+1 pairs in 翠江镇, {} visits",
					System.currentTimeMillis() - started, villages, confirmedBranches, confirmedHouseholds, visits);
		}, Authorities.PAIRING_READ, Authorities.PAIRING_WRITE);
	}
}
