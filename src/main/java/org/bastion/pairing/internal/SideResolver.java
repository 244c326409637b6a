package org.bastion.pairing.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.DomainException;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.Side;
import org.bastion.people.CadreRank;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.springframework.stereotype.Component;

/**
 * Reads the sides of a pairing from the people and organization modules and checks that each
 * fits its kind (an N+1 left side is a cadre with a rank, a branch–village left side an organ
 * branch, and so on); a side that does not fit is refused naming the rule.
 */
@Component
public class SideResolver {

	static final Set<OrganizationKind> VILLAGES = EnumSet.of(OrganizationKind.VILLAGE_BRANCH,
			OrganizationKind.VILLAGE_GENERAL_BRANCH);
	static final Set<OrganizationKind> ENTERPRISES = EnumSet.of(OrganizationKind.NON_PUBLIC_ENTERPRISE,
			OrganizationKind.STATE_OWNED_ENTERPRISE);

	private final People people;
	private final Households households;
	private final Organizations organizations;
	private final PairingStore store;
	private final org.springframework.beans.factory.ObjectProvider<org.bastion.pairing.ReserveCadreRoster> rosters;

	SideResolver(People people, Households households, Organizations organizations, PairingStore store,
			org.springframework.beans.factory.ObjectProvider<org.bastion.pairing.ReserveCadreRoster> rosters) {
		this.rosters = rosters;
		this.people = people;
		this.households = households;
		this.organizations = organizations;
		this.store = store;
	}

	public SideInfo left(PairingKind kind, long id) {
		SideInfo info = FoundOrForbidden.found(read(kind.left(), id), "side", id);
		refuseUnfit(kind, info, true);
		return info;
	}

	public SideInfo right(PairingKind kind, long id) {
		SideInfo info = FoundOrForbidden.found(read(kind.right(), id), "side", id);
		refuseUnfit(kind, info, false);
		return info;
	}

	Optional<SideInfo> read(Side side, long id) {
		return switch (side) {
			case PERSON -> people.find(id).map(SideResolver::person);
			case HOUSEHOLD -> households.find(id).map(this::household);
			case ORGANIZATION -> organizations.find(id).map(this::organization);
		};
	}

	static SideInfo person(PersonView p) {
		return new SideInfo(Side.PERSON, p.id(), p.name(), p.organizationId(), p.householdDivisionCode(),
				p.departmentKind() == null ? null : p.departmentKind().name(), p.cadreRank());
	}

	SideInfo household(HouseholdView h) {
		String head = people.find(h.headId()).map(PersonView::name).orElse("#" + h.id());
		return household(h, head);
	}

	static SideInfo household(HouseholdView h, String headName) {
		return new SideInfo(Side.HOUSEHOLD, h.id(), headName + "户", null, h.villageCode(), null, null);
	}

	SideInfo organization(OrganizationView o) {
		String attribute = o.departmentKind() != null ? o.departmentKind().name()
				: o.divisionCode() == null ? null : store.villageNeed(o.divisionCode()).map(Enum::name).orElse(null);
		return new SideInfo(Side.ORGANIZATION, o.id(), o.name(), o.id(), o.divisionCode(), attribute, null);
	}

	private void refuseUnfit(PairingKind kind, SideInfo info, boolean left) {
		String rule = fitRule(kind, info, left);
		if (rule != null) {
			throw DomainException.conflict(rule, info.name());
		}
	}

	/** The message key of the rule this side breaks for the kind, or null when it fits. */
	String fitRule(PairingKind kind, SideInfo info, boolean left) {
		switch (kind) {
			case N_PLUS_ONE, FIRST_SECRETARY:
				if (left && info.rank() == null) {
					return "pairing.rule.cadreOnly";
				}
				break;
			case ENTERPRISE_INSTRUCTOR:
				if (left && (info.rank() == null || info.rank().compareTo(CadreRank.DIVISION) > 0)) {
					return "pairing.rule.countyLeaderOnly";
				}
				break;
			case MENTOR, RESERVE_MENTOR:
				if (left && !hasTag(info.id(), PersonTag.MENTOR)) {
					return "pairing.rule.mentorOnly";
				}
				if (!left && kind == PairingKind.RESERVE_MENTOR && !isReserveCadre(info.id())) {
					return "pairing.rule.reserveCadreOnly";
				}
				break;
			case MEMBER_LINK:
				if (left && info.organizationId() == null) {
					return "pairing.rule.memberOnly";
				}
				break;
			default:
				break;
		}
		if (info.side() == Side.ORGANIZATION) {
			OrganizationKind ok = organizations.find(info.id()).map(OrganizationView::kind).orElse(null);
			Set<OrganizationKind> allowed = switch (kind) {
				case BRANCH_VILLAGE, JOINT_BUILDING -> left ? EnumSet.of(OrganizationKind.ORGAN_BRANCH) : VILLAGES;
				case FIRST_SECRETARY -> VILLAGES;
				case ONE_PLUS_N -> left ? EnumSet.of(OrganizationKind.STATE_OWNED_ENTERPRISE)
						: EnumSet.of(OrganizationKind.NON_PUBLIC_ENTERPRISE);
				case ENTERPRISE_INSTRUCTOR -> ENTERPRISES;
				default -> EnumSet.allOf(OrganizationKind.class);
			};
			if (ok == null || !allowed.contains(ok)) {
				return left ? "pairing.rule.leftOrganizationKind" : "pairing.rule.rightOrganizationKind";
			}
		}
		return null;
	}

	/** Tagged 后备力量, or in the reserve pool of a {@link org.bastion.pairing.ReserveCadreRoster}. */
	private boolean isReserveCadre(long personId) {
		return hasTag(personId, PersonTag.RESERVE_CADRE) || rosters.stream().anyMatch(r -> r.inPool(personId));
	}

	private boolean hasTag(long personId, PersonTag tag) {
		return people.find(personId).map(p -> p.tags().contains(tag)).orElse(false);
	}
}
