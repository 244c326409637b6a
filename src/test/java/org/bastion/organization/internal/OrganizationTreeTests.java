package org.bastion.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.bastion.organization.SubtreeCoverage;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

@IntegrationTest
class OrganizationTreeTests {

	/** Stands in for the people module: members counted per organization. */
	static class CountedMembers implements MemberRegistry {
		final Map<Long, Long> members = new ConcurrentHashMap<>();

		@Override
		public long countMembers(long organizationId) {
			return members.getOrDefault(organizationId, 0L);
		}

		@Override
		public long transferMembers(long fromOrganizationId, long toOrganizationId) {
			long moved = members.getOrDefault(fromOrganizationId, 0L);
			members.remove(fromOrganizationId);
			members.merge(toOrganizationId, moved, Long::sum);
			return moved;
		}

		/** Every person: these tests act as the system. */
		@Override
		public boolean isInScope(long personId) {
			return true;
		}
	}

	@TestConfiguration
	static class Members {
		@Bean
		CountedMembers countedMembers() {
			return new CountedMembers();
		}
	}

	@Autowired
	OrganizationTree tree;

	@Autowired
	CountedMembers members;

	@Autowired
	JdbcClient jdbc;

	TreeFixture fixture;
	OrganizationView county;

	@BeforeEach
	void county() {
		// the tree's rules as the system applies them: outside any request, with an unrestricted scope
		RequestContextHolder.resetRequestAttributes();
		fixture = new TreeFixture(tree);
		county = fixture.county("宁化县委");
	}

	@Test
	void coverageGivesTheSubtreesOrganizationsAndTheShortestPrefixesOfTheDivisionsTheirLiveOrganizationsGovern() {
		OrganizationView anle = demoTownship("中共宁化县安乐镇委员会");
		OrganizationView cuijiang = demoTownship("中共宁化县翠江镇委员会");

		SubtreeCoverage anleAlone = tree.coverage(List.of(anle.id()));
		assertThat(anleAlone.organizationIds()).containsExactlyInAnyOrderElementsOf(tree.subtreeIds(anle.id()));
		assertThat(anleAlone.divisionPrefixes()).containsExactly("350424107");
		assertThat(tree.coverage(List.of(anle.id(), cuijiang.id())).divisionPrefixes())
			.containsExactlyInAnyOrder("350424107", "350424100");
		assertThat(tree.coverage(List.of()).organizationIds()).isEmpty();
		fixture.tied("安乐镇产业链党委", OrganizationKind.INDUSTRY_CHAIN, "350424107", county);
		assertThat(tree.coverage(List.of(county.id())).divisionPrefixes()).as("a root tied to no division governs none")
			.isEmpty();
	}

	@Test
	void divisionsTiedBelowARootOutsideTheRootsOwnDivisionWidenNoCoverage() {
		OrganizationView anle = demoTownship("中共宁化县安乐镇委员会");
		// as if stored before the rule held: tied to a village of 翠江镇, then to the county
		OrganizationView tied = fixture.under("安乐镇跨镇支部", OrganizationKind.NON_PUBLIC_ENTERPRISE, anle);
		try {
			for (String outside : List.of(village("350424100"), "350424", "35")) {
				jdbc.sql("update party_organization set division_code = ? where id = ?").params(outside, tied.id()).update();
				assertThat(tree.coverage(List.of(anle.id())).divisionPrefixes()).as(outside).containsExactly("350424107");
			}
			assertThat(tree.coverage(List.of(anle.id())).organizationIds()).contains(tied.id());
		}
		finally {
			jdbc.sql("update party_organization set division_code = null where id = ?").param(tied.id()).update();
			tree.dissolve(tied.id(), null);
		}
	}

	@Test
	void anOrganizationsDivisionMustLieWithinTheDivisionItsNearestTiedAncestorGoverns() {
		OrganizationView township = fixture.tied("安乐镇产业链党委", OrganizationKind.INDUSTRY_CHAIN, "350424107", county);
		OrganizationView untied = fixture.under("安乐镇机关党支部", OrganizationKind.NON_PUBLIC_ENTERPRISE, township);

		for (String outside : List.of(village("350424100"), "350424")) {
			assertThatThrownBy(() -> tree.create(new NewOrganization("越界支部" + fixture.tag(), OrganizationKind.CROSS_VILLAGE_GENERAL_BRANCH,
					null, outside, untied.id())))
				.as(outside)
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.faults())
					.extracting(DomainException.FieldFault::field, DomainException.FieldFault::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("divisionCode", "organization.division.outsideParent")));
		}
		assertThat(fixture.tied("安乐村联村党总支", OrganizationKind.CROSS_VILLAGE_GENERAL_BRANCH, village("350424107"), untied).divisionCode())
			.startsWith("350424107");
	}

	@Test
	void aRevisedDivisionKeepsItsParentsAroundItAndItsDescendantsWithin() {
		OrganizationView township = fixture.tied("安乐镇产业链党委", OrganizationKind.INDUSTRY_CHAIN, "350424107", county);
		OrganizationView village = fixture.tied("安乐村联村党总支", OrganizationKind.CROSS_VILLAGE_GENERAL_BRANCH, village("350424107"), township);

		assertThatThrownBy(() -> tree.revise(township.id(), tree.details(township.id()).version(), township.name(), null,
				"350424100"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.faults())
				.extracting(DomainException.FieldFault::messageKey).containsExactly("organization.division.belowOutside"));
		assertThatThrownBy(() -> tree.revise(village.id(), tree.details(village.id()).version(), village.name(), null,
				village("350424100")))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.faults())
				.extracting(DomainException.FieldFault::messageKey).containsExactly("organization.division.outsideParent"));
		assertThat(tree.get(township.id()).divisionCode()).isEqualTo("350424107");
		assertThat(tree.get(village.id()).divisionCode()).startsWith("350424107");
	}

	@Test
	void movingOrHandingOverPutsAnOrganizationOnlyUnderAParentWhoseDivisionContainsIt() {
		OrganizationView anle = fixture.tied("安乐镇产业链党委", OrganizationKind.INDUSTRY_CHAIN, "350424107", county);
		OrganizationView cuijiang = fixture.tied("翠江镇产业链党委", OrganizationKind.INDUSTRY_CHAIN, "350424100", county);
		OrganizationView untied = fixture.under("安乐镇企业党支部", OrganizationKind.NON_PUBLIC_ENTERPRISE, anle);
		OrganizationView village = fixture.tied("安乐村联村党总支", OrganizationKind.CROSS_VILLAGE_GENERAL_BRANCH, village("350424107"), untied);

		assertThatThrownBy(() -> tree.move(untied.id(), cuijiang.id())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.faults()).extracting(DomainException.FieldFault::field, DomainException.FieldFault::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("newParentId", "organization.move.outsideDivision")));
		assertThatThrownBy(() -> tree.dissolve(untied.id(), cuijiang.id())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.faults()).extracting(DomainException.FieldFault::field).containsExactly("transferToId"));
		assertThat(tree.get(untied.id()).parentId()).isEqualTo(anle.id());
		assertThat(tree.get(untied.id()).dissolved()).isFalse();
		assertThat(tree.get(village.id()).parentId()).isEqualTo(untied.id());
		assertThat(tree.move(untied.id(), county.id()).parentId()).as("the county's division (none here) holds it").isEqualTo(county.id());
	}

	/** The first village-level division of a township. */
	private String village(String township) {
		return jdbc.sql("select min(code) from division where code like ? and level = 'VILLAGE'").param(township + "%")
			.query(String.class).single();
	}

	private OrganizationView demoTownship(String name) {
		return tree.search(OrganizationSearch.byName(name), new PageRequest(0, 5)).items().stream()
			.filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anOrganizationFoundedUnderAParentSitsOneLevelBelowIt() {
		OrganizationView township = fixture.township("安乐镇党委", county);

		assertThat(township.depth()).isEqualTo(1);
		assertThat(township.parentId()).isEqualTo(county.id());
		assertThat(tree.path(township.id())).extracting(OrganizationView::id).containsExactly(county.id(), township.id());
	}

	@Test
	void organBranchNeedsADepartmentKind() {
		assertThatThrownBy(() -> tree.create(new NewOrganization("县农业农村局党支部", OrganizationKind.ORGAN_BRANCH, null,
				null, county.id())))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.faults())
				.extracting(DomainException.FieldFault::field, DomainException.FieldFault::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("departmentKind", "organization.departmentKind.required")));
	}

	@Test
	void onlyOrganBranchesHaveADepartmentKind() {
		assertThatThrownBy(() -> tree.create(new NewOrganization("水茜村党支部", OrganizationKind.VILLAGE_BRANCH,
				DepartmentKind.AGRICULTURE, null, county.id())))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.faults()).extracting(DomainException.FieldFault::field).containsExactly("departmentKind"));
	}

	@Test
	void anOrganBranchKeepsItsDepartmentKind() {
		OrganizationView branch = tree.create(new NewOrganization("县公安局党支部", OrganizationKind.ORGAN_BRANCH,
				DepartmentKind.POLITICAL_LEGAL, null, county.id()));

		assertThat(tree.get(branch.id()).departmentKind()).isEqualTo(DepartmentKind.POLITICAL_LEGAL);
	}

	@Test
	void aDivisionCodeMustBeAKnownDivision() {
		assertThatThrownBy(() -> tree.create(new NewOrganization("某村党支部", OrganizationKind.VILLAGE_BRANCH, null,
				"350424999999", county.id())))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID);
				assertThat(ex.faults()).extracting(DomainException.FieldFault::field).containsExactly("divisionCode");
			});
	}

	@Test
	void anOrganizationTiedToADivisionIsFoundByItsCode() {
		OrganizationView township = tree.create(new NewOrganization("翠江镇党委" + fixture.tag(),
				OrganizationKind.TOWNSHIP_COMMITTEE, null, "350424100", county.id()));

		assertThat(tree.tiedTo("350424100")).extracting(OrganizationView::id).contains(township.id());
	}

	@Test
	void nothingIsFoundedUnderADissolvedOrganization() {
		OrganizationView township = fixture.township("旧镇党委", county);
		tree.dissolve(township.id(), null);

		assertThatThrownBy(() -> fixture.village("新村党支部", township))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.faults())
				.extracting(DomainException.FieldFault::messageKey).containsExactly("organization.parent.dissolved"));
	}

	@Test
	void movingABranchTakesItsWholeSubtreeAlong() {
		OrganizationView anle = fixture.township("安乐镇党委", county);
		OrganizationView shuiqian = fixture.township("水茜镇党委", county);
		OrganizationView general = fixture.under("夏坊村党总支", OrganizationKind.VILLAGE_GENERAL_BRANCH, anle);
		OrganizationView branch = fixture.village("夏坊村第一党支部", general);

		tree.move(general.id(), shuiqian.id());

		assertThat(tree.isWithin(branch.id(), shuiqian.id())).isTrue();
		assertThat(tree.isWithin(branch.id(), anle.id())).isFalse();
		assertThat(tree.subtreeIds(anle.id())).containsExactly(anle.id());
		assertThat(tree.subtreeIds(shuiqian.id())).containsExactlyInAnyOrder(shuiqian.id(), general.id(), branch.id());
		assertThat(tree.path(branch.id())).extracting(OrganizationView::id)
			.containsExactly(county.id(), shuiqian.id(), general.id(), branch.id());
		assertClosureAgreesWithParents(county.id());
	}

	@Test
	void movingASubtreeUpALevelShiftsEveryDepth() {
		OrganizationView township = fixture.township("城郊镇党委", county);
		OrganizationView general = fixture.under("城郊社区党总支", OrganizationKind.COMMUNITY_GENERAL_BRANCH, township);
		OrganizationView compound = fixture.under("翠园小区党支部", OrganizationKind.COMPOUND_BRANCH, general);

		tree.move(general.id(), county.id());

		assertThat(tree.get(general.id()).depth()).isEqualTo(1);
		assertThat(tree.get(compound.id()).depth()).isEqualTo(2);
		assertClosureAgreesWithParents(county.id());
	}

	@Test
	void refusesToMoveAnOrganizationUnderItsOwnDescendant() {
		OrganizationView township = fixture.township("湖村镇党委", county);
		OrganizationView village = fixture.village("湖村村党支部", township);

		assertThatThrownBy(() -> tree.move(township.id(), village.id()))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("organization.move.intoOwnSubtree");
			});
		assertThat(tree.get(township.id()).parentId()).isEqualTo(county.id());
	}

	@Test
	void refusesToMoveAnOrganizationUnderItself() {
		OrganizationView township = fixture.township("泉上镇党委", county);

		assertThatThrownBy(() -> tree.move(township.id(), township.id())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.move.intoOwnSubtree"));
	}

	@Test
	void refusesToDissolveAnOrganizationThatStillHasChildren() {
		OrganizationView township = fixture.township("曹坊镇党委", county);
		fixture.village("曹坊村党支部", township);

		assertThatThrownBy(() -> tree.dissolve(township.id(), null)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.dissolve.hasChildren"));
		assertThat(tree.get(township.id()).dissolved()).isFalse();
	}

	@Test
	void refusesToDissolveAnOrganizationThatStillHasMembers() {
		OrganizationView village = fixture.village("治平村党支部", county);
		members.members.put(village.id(), 3L);

		assertThatThrownBy(() -> tree.dissolve(village.id(), null)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.dissolve.hasMembers"));
	}

	@Test
	void refusesToDissolveAnOrganizationWhosePostsAreStillHeld() {
		OrganizationView village = fixture.village("石壁村党支部", county);
		tree.assignPosition(village.id(), 101, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1));

		assertThatThrownBy(() -> tree.dissolve(village.id(), null)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.dissolve.hasPositions"));
	}

	@Test
	void dissolvingWithATransferTargetHandsOverChildrenMembersAndPosts() {
		OrganizationView old = fixture.township("淮土镇党委", county);
		OrganizationView target = fixture.township("方田乡党委", county);
		OrganizationView village = fixture.village("淮土村党支部", old);
		OrganizationView group = fixture.under("淮土小区党支部", OrganizationKind.COMPOUND_BRANCH, village);
		members.members.put(old.id(), 5L);
		tree.assignPosition(old.id(), 202, PositionRole.DEPUTY_SECRETARY, LocalDate.of(2022, 1, 4));

		OrganizationView dissolved = tree.dissolve(old.id(), target.id());

		assertThat(dissolved.dissolved()).isTrue();
		assertThat(tree.children(target.id())).extracting(OrganizationView::id).containsExactly(village.id());
		assertThat(tree.get(group.id()).depth()).isEqualTo(3);
		assertThat(members.countMembers(target.id())).isEqualTo(5);
		assertThat(tree.positions(target.id())).extracting(PositionView::personId).containsExactly(202L);
		assertThat(tree.positions(old.id())).isEmpty();
		assertClosureAgreesWithParents(county.id());
	}

	@Test
	void refusesToHandOverToAnOrganizationInsideTheOneBeingDissolved() {
		OrganizationView township = fixture.township("河龙乡党委", county);
		OrganizationView village = fixture.village("河龙村党支部", township);

		assertThatThrownBy(() -> tree.dissolve(township.id(), village.id())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.dissolve.transferIntoOwnSubtree"));
	}

	@Test
	void aDissolvedOrganizationCannotBeRenamed() {
		OrganizationView village = fixture.village("济村党支部", county);
		tree.dissolve(village.id(), null);

		assertThatThrownBy(() -> tree.rename(village.id(), "新名称")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("organization.dissolved"));
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefused() {
		OrganizationView village = fixture.village("安远村党支部", county);
		long version = tree.details(village.id()).version();
		tree.revise(village.id(), version, "安远村党支部（一）", null, null);

		assertThatThrownBy(() -> tree.revise(village.id(), version, "安远村党支部（二）", null, null))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("error.conflict.version");
			});
		assertThat(tree.get(village.id()).name()).isEqualTo("安远村党支部（一）");
	}

	@Test
	void anOrganizationHasOneSecretaryAtATime() {
		OrganizationView village = fixture.village("中沙村党支部", county);
		tree.assignPosition(village.id(), 301, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1));

		assertThatThrownBy(() -> tree.assignPosition(village.id(), 302, PositionRole.SECRETARY, LocalDate.of(2023, 1, 1)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("position.secretaryTaken"));
	}

	@Test
	void endingThePostOfSecretaryLetsAnotherTakeIt() {
		OrganizationView village = fixture.village("城南村党支部", county);
		PositionView first = tree.assignPosition(village.id(), 401, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1));

		tree.endPosition(first.id(), LocalDate.of(2024, 3, 1));
		tree.assignPosition(village.id(), 402, PositionRole.SECRETARY, LocalDate.of(2024, 3, 1));

		assertThat(tree.positions(village.id())).extracting(PositionView::personId).containsExactly(402L);
	}

	@Test
	void postsAreListedSecretaryFirst() {
		OrganizationView village = fixture.village("禾口村党支部", county);
		tree.assignPosition(village.id(), 503, PositionRole.COMMITTEE_MEMBER, LocalDate.of(2021, 10, 1));
		tree.assignPosition(village.id(), 502, PositionRole.DEPUTY_SECRETARY, LocalDate.of(2021, 10, 1));
		tree.assignPosition(village.id(), 501, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1));

		assertThat(tree.positions(village.id())).extracting(PositionView::role).containsExactly(PositionRole.SECRETARY,
				PositionRole.DEPUTY_SECRETARY, PositionRole.COMMITTEE_MEMBER);
	}

	@Test
	void countsLiveDescendantsByKind() {
		OrganizationView township = fixture.township("安乐镇党委", county);
		fixture.village("马家围村党支部", township);
		fixture.village("黄庄村党支部", township);
		OrganizationView gone = fixture.village("旧村党支部", township);
		tree.dissolve(gone.id(), null);

		assertThat(tree.countDescendantsByKind(county.id())).containsOnly(
				Map.entry(OrganizationKind.TOWNSHIP_COMMITTEE, 1L), Map.entry(OrganizationKind.VILLAGE_BRANCH, 2L));
	}

	@Test
	void searchFindsLiveOrganizationsByNameAPageAtATime() {
		for (int i = 1; i <= 5; i++) {
			fixture.village("查找村" + i + "党支部", county);
		}

		PageResult<OrganizationView> first = tree.search(OrganizationSearch.byName(fixture.tag()), new PageRequest(0, 2));
		PageResult<OrganizationView> last = tree.search(OrganizationSearch.byName(fixture.tag()), new PageRequest(2, 2));

		assertThat(first.total()).isEqualTo(6);
		assertThat(first.items()).hasSize(2);
		assertThat(last.items()).hasSize(2);
	}

	@Test
	void searchTreatsLikeWildcardsAsPlainText() {
		fixture.village("百分之百_村党支部", county);

		assertThat(tree.search(OrganizationSearch.byName("%_" + fixture.tag()), new PageRequest(0, 10)).total()).isZero();
	}

	/** Every organization's path read from the closure table is the chain of its parents. */
	private void assertClosureAgreesWithParents(long rootId) {
		for (long id : tree.subtreeIds(rootId)) {
			List<Long> byParents = new ArrayList<>();
			OrganizationView current = tree.get(id);
			while (current != null) {
				byParents.add(0, current.id());
				current = current.parentId() == null ? null : tree.get(current.parentId());
			}
			assertThat(tree.path(id)).extracting(OrganizationView::id).as("path of %d", id).containsExactlyElementsOf(byParents);
			assertThat(tree.get(id).depth()).isEqualTo(byParents.size() - 1);
		}
	}
}
