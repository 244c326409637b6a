package org.bastion.pairing.internal;

import org.bastion.pairing.VillageNeed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.pairing.PairingKind;
import org.bastion.people.CadreRank;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.springframework.stereotype.Component;

/**
 * Who may be paired in a kind within a division, read from the people and organization modules:
 * the left sides come from the whole county (a county cadre may help any township), the right
 * sides from the division itself.
 */
@Component
public class PairingCandidates {

	private final People people;
	private final Households households;
	private final Organizations organizations;
	private final SideResolver sides;
	private final PairingStore store;
	private final org.springframework.beans.factory.ObjectProvider<org.bastion.pairing.ReserveCadreRoster> rosters;

	PairingCandidates(People people, Households households, Organizations organizations, SideResolver sides,
			PairingStore store, org.springframework.beans.factory.ObjectProvider<org.bastion.pairing.ReserveCadreRoster> rosters) {
		this.rosters = rosters;
		this.people = people;
		this.households = households;
		this.organizations = organizations;
		this.sides = sides;
		this.store = store;
	}

	/** The left and right sides of the kind, each by id in a stable order. */
	public record Candidates(Map<Long, SideInfo> lefts, Map<Long, SideInfo> rights) {
	}

	public Candidates of(PairingKind kind, String divisionCode) {
		String county = CostModel.county(divisionCode);
		Map<Long, SideInfo> lefts = new LinkedHashMap<>();
		Map<Long, SideInfo> rights = new LinkedHashMap<>();
		Map<String, VillageNeed> needs = store.villageNeeds();
		switch (kind) {
			case N_PLUS_ONE -> {
				people.cadres().stream().filter(inCounty(county)).forEach(p -> lefts.put(p.id(), SideResolver.person(p)));
				List<HouseholdView> found = households.inDivision(divisionCode);
				Map<Long, PersonView> heads = people.findAll(found.stream().map(HouseholdView::headId).toList());
				for (HouseholdView h : found) {
					PersonView head = heads.get(h.headId());
					rights.put(h.id(), SideResolver.household(h, head == null ? "#" + h.id() : head.name()));
				}
			}
			case FIRST_SECRETARY, ENTERPRISE_INSTRUCTOR -> {
				people.cadres().stream()
					.filter(inCounty(county))
					.filter(p -> kind == PairingKind.FIRST_SECRETARY || p.cadreRank().compareTo(CadreRank.DIVISION) <= 0)
					.forEach(p -> lefts.put(p.id(), SideResolver.person(p)));
				if (kind == PairingKind.FIRST_SECRETARY) {
					villages(divisionCode, needs, Set.of(VillageNeed.values()), rights);
				}
				else {
					organizations(SideResolver.ENTERPRISES, divisionCode, county, rights);
				}
			}
			case MENTOR, RESERVE_MENTOR -> {
				people.withTag(PersonTag.MENTOR, county).forEach(p -> lefts.put(p.id(), SideResolver.person(p)));
				PersonTag mentee = kind == PairingKind.MENTOR ? PersonTag.VILLAGE_CADRE : PersonTag.RESERVE_CADRE;
				people.withTag(mentee, divisionCode).forEach(p -> rights.put(p.id(), SideResolver.person(p)));
				if (kind == PairingKind.RESERVE_MENTOR) {
					// the reserve pool of the selection module counts as well as the tag
					List<Long> pool = rosters.stream().flatMap(r -> r.inPool(divisionCode).stream())
						.filter(id -> !rights.containsKey(id)).distinct().toList();
					people.findAll(pool).values().forEach(p -> rights.put(p.id(), SideResolver.person(p)));
				}
			}
			case MEMBER_LINK -> {
				Map<Long, SideInfo> organs = new LinkedHashMap<>();
				organizations(Set.of(OrganizationKind.ORGAN_BRANCH), county, county, organs);
				organs.keySet().forEach(id -> people.membersOf(id).forEach(p -> lefts.put(p.id(), SideResolver.person(p))));
				Map<Long, SideInfo> villages = new LinkedHashMap<>();
				organizations(SideResolver.VILLAGES, divisionCode, county, villages);
				villages.keySet().forEach(id -> people.membersOf(id).forEach(p -> rights.put(p.id(), SideResolver.person(p))));
			}
			case BRANCH_VILLAGE, JOINT_BUILDING -> {
				organizations(Set.of(OrganizationKind.ORGAN_BRANCH), county, county, lefts);
				Set<VillageNeed> wanted = kind == PairingKind.BRANCH_VILLAGE
						? Set.of(VillageNeed.POOR, VillageNeed.WEAK, VillageNeed.INDUSTRY) : Set.of(VillageNeed.values());
				if (kind == PairingKind.BRANCH_VILLAGE) {
					// 党群机关帮弱村、经济部门帮穷村、涉农部门帮产业村: a branch of no such department (political-legal) helps none
					lefts.values().removeIf(o -> wanted.stream().noneMatch(need -> PairingRules.suits(kind, o.attribute(), need)));
				}
				villages(divisionCode, needs, wanted, rights);
			}
			case ONE_PLUS_N -> {
				organizations(Set.of(OrganizationKind.STATE_OWNED_ENTERPRISE), county, county, lefts);
				organizations(Set.of(OrganizationKind.NON_PUBLIC_ENTERPRISE), divisionCode, county, rights);
			}
		}
		return new Candidates(lefts, rights);
	}

	private static Predicate<PersonView> inCounty(String county) {
		return p -> p.cadreRank() != null && p.householdDivisionCode() != null && p.householdDivisionCode().startsWith(county);
	}

	private void villages(String divisionCode, Map<String, VillageNeed> needs, Set<VillageNeed> wanted, Map<Long, SideInfo> into) {
		Map<Long, SideInfo> all = new LinkedHashMap<>();
		organizations(SideResolver.VILLAGES, divisionCode, null, all);
		all.forEach((id, o) -> {
			VillageNeed need = o.divisionCode() == null ? null : needs.get(o.divisionCode());
			if (need != null && wanted.contains(need)) {
				into.put(id, o);
			}
		});
	}

	/**
	 * Live organizations of the kinds in scope whose division lies in {@code divisionCode}; those
	 * without a division are placed at {@code fallback} (county organs), or left out when it is null.
	 */
	private void organizations(Set<OrganizationKind> kinds, String divisionCode, String fallback, Map<Long, SideInfo> into) {
		for (OrganizationKind kind : kinds) {
			int page = 0;
			while (true) {
				PageResult<OrganizationView> found = organizations.search(new OrganizationSearch(null, kind, null),
						new PageRequest(page++, PageResult.MAX_SIZE));
				for (OrganizationView o : found.items()) {
					String code = o.divisionCode() != null ? o.divisionCode() : fallback;
					if (code != null && code.startsWith(divisionCode)) {
						SideInfo info = sides.organization(o);
						into.put(o.id(), new SideInfo(info.side(), info.id(), info.name(), info.organizationId(), code,
								info.attribute(), null));
					}
				}
				if (found.items().size() < PageResult.MAX_SIZE) {
					break;
				}
			}
		}
	}

	/** Names of the sides, for listing who is unpaired. */
	List<SideInfo> unpaired(Candidates candidates, Set<Long> pairedRights) {
		List<SideInfo> list = new ArrayList<>();
		candidates.rights().forEach((id, s) -> {
			if (!pairedRights.contains(id)) {
				list.add(s);
			}
		});
		return list;
	}
}
