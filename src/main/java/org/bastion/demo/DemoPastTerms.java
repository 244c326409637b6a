package org.bastion.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.Pairings;
import org.bastion.people.CadreRank;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pairing history behind Ninghua's published 2026 figures, generated deterministically (ids in
 * order, no randomness): the finished N+1 term 2023-01-01 – 2026-03-31 (任期届满) in which every one
 * of the 2,398 cadres was paired with the 4,614 registered poor households (each cadre one household
 * first, then the rest within their rank's quota: 处级 4, 正科 3, 副科 2, 一般干部 1), and the 162
 * first secretaries in post since 2025-04-01, economic and agriculture cadres first, one village
 * each. Runs right after the demo data was generated, before the current pairings (翠江镇's N+1 run).
 */
@Component
@Profile("!command")
@Order(15)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class DemoPastTerms implements ApplicationRunner {

	static final LocalDate TERM_START = LocalDate.of(2023, 1, 1);
	static final LocalDate TERM_END = LocalDate.of(2026, 3, 31);
	static final LocalDate SECRETARIES_SINCE = LocalDate.of(2025, 4, 1);
	static final int FIRST_SECRETARIES = 162;

	private static final Logger log = LoggerFactory.getLogger(DemoPastTerms.class);

	private final NinghuaDemoData demo;
	private final Organizations organizations;
	private final People people;
	private final Households households;
	private final Pairings pairings;
	private final TransactionTemplate transaction;

	DemoPastTerms(NinghuaDemoData demo, Organizations organizations, People people, Households households, Pairings pairings,
			TransactionTemplate transaction) {
		this.demo = demo;
		this.organizations = organizations;
		this.people = people;
		this.households = households;
		this.pairings = pairings;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.generated()) {
			return;
		}
		DemoSystem.run(() -> {
			long started = System.currentTimeMillis();
			int[] made = transaction.execute(status -> generate());
			log.info("Demo pairing history in {} ms: {} finished N+1 terms, {} first secretaries in post",
					System.currentTimeMillis() - started, made[0], made[1]);
		}, Authorities.PAIRING_READ, Authorities.PAIRING_WRITE, Authorities.PERSON_READ, Authorities.HOUSEHOLD_READ);
	}

	private int[] generate() {
		List<OrganizationView> organs = all(OrganizationKind.ORGAN_BRANCH);
		List<PersonView> cadres = organs.stream()
			.flatMap(o -> people.membersOf(o.id()).stream())
			.filter(p -> p.cadreRank() != null)
			.distinct()
			.sorted(Comparator.comparingLong(PersonView::id))
			.limit(NinghuaDemoData.CADRES)
			.toList();
		List<HouseholdView> poor = households.inDivision(NinghuaDemoData.NINGHUA).stream()
			.sorted(Comparator.comparingLong(HouseholdView::id))
			.toList();
		List<Pairings.PastTerm> terms = new ArrayList<>();
		int[] held = new int[cadres.size()];
		int next = 0;
		for (HouseholdView h : poor) {
			int c = next < cadres.size() ? next++ : spare(cadres, held);
			if (c < 0) {
				break;
			}
			held[c]++;
			terms.add(new Pairings.PastTerm(cadres.get(c).id(), h.id(), TERM_START, TERM_END));
		}
		pairings.recordPastTerms(PairingKind.N_PLUS_ONE, terms, "任期届满，2026 年一季度轮换结对");

		List<PersonView> secretaries = cadres.stream()
			.sorted(Comparator.comparingInt((PersonView p) -> p.departmentKind() == DepartmentKind.ECONOMIC
					|| p.departmentKind() == DepartmentKind.AGRICULTURE ? 0 : 1).thenComparingLong(PersonView::id))
			.toList();
		List<OrganizationView> villages = all(OrganizationKind.VILLAGE_BRANCH);
		int sent = Math.min(FIRST_SECRETARIES, Math.min(villages.size(), secretaries.size()));
		for (int i = 0; i < sent; i++) {
			pairings.pairActive(PairingKind.FIRST_SECRETARY, secretaries.get(i).id(), villages.get(i).id(), SECRETARIES_SINCE);
		}
		return new int[] {terms.size(), sent};
	}

	/** The first cadre (in id order) with room left in their rank's quota, or -1. */
	private static int spare(List<PersonView> cadres, int[] held) {
		for (int c = 0; c < cadres.size(); c++) {
			if (held[c] < quota(cadres.get(c).cadreRank())) {
				return c;
			}
		}
		return -1;
	}

	private static int quota(CadreRank rank) {
		return switch (rank) {
			case DIVISION -> 4;
			case SECTION_CHIEF -> 3;
			case DEPUTY_SECTION_CHIEF -> 2;
			default -> 1;
		};
	}

	private List<OrganizationView> all(OrganizationKind kind) {
		List<OrganizationView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<OrganizationView> found = organizations.search(new OrganizationSearch(null, kind, null),
					new PageRequest(page, PageResult.MAX_SIZE));
			all.addAll(found.items());
			if (!found.hasNext()) {
				break;
			}
		}
		all.removeIf(o -> o.dissolved() || Objects.isNull(o.divisionCode()) && kind == OrganizationKind.VILLAGE_BRANCH);
		all.sort(Comparator.comparingLong(OrganizationView::id));
		return all;
	}
}
