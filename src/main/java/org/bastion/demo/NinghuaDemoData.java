package org.bastion.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionRole;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates Ninghua into an empty database: its Party organizations on the real divisions, the
 * 2,398 cadres of the N+1 program with a rank mix whose quotas cover the 4,614 registered poor
 * households, village and community members, and the households themselves. Names and ID numbers
 * are generated (never real persons); the same seed gives the same data.
 */
@Component
@Profile("!command")
@Order(10)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class NinghuaDemoData implements ApplicationRunner {

	static final String NINGHUA = "350424";
	static final int CADRES = 2_398;
	static final int POOR_HOUSEHOLDS = 4_614;
	/** 处级 4, 正科 3, 副科 2, 一般干部 1 household each: 480 + 1,950 + 1,900 + 678 = 5,008 ≥ 4,614. */
	static final Map<CadreRank, Integer> RANK_MIX = rankMix();
	/** The county seat's residents' committees: the article's 11 urban communities. */
	static final Set<String> COUNTY_SEAT_TOWNSHIPS = Set.of("350424100", "350424109", "350424110");
	static final int COMPOUND_BRANCHES = 55;

	private static final Logger log = LoggerFactory.getLogger(NinghuaDemoData.class);

	private static final String[] COMPOUND_NAMES = {"翠江花园", "阳光城", "锦绣家园", "滨江苑", "御景湾", "书香门第",
			"和谐家园", "幸福里", "南山小区", "康城", "金域华府", "龙湖苑", "东门新村", "北门小区", "客家新城"};
	private static final EducationLevel[] CADRE_EDUCATION = {EducationLevel.POSTGRADUATE, EducationLevel.BACHELOR,
			EducationLevel.BACHELOR, EducationLevel.BACHELOR, EducationLevel.BACHELOR, EducationLevel.BACHELOR,
			EducationLevel.JUNIOR_COLLEGE, EducationLevel.JUNIOR_COLLEGE, EducationLevel.JUNIOR_COLLEGE,
			EducationLevel.SECONDARY_VOCATIONAL};
	private static final EducationLevel[] RURAL_EDUCATION = {EducationLevel.JUNIOR_SECONDARY_OR_BELOW,
			EducationLevel.JUNIOR_SECONDARY_OR_BELOW, EducationLevel.JUNIOR_SECONDARY_OR_BELOW, EducationLevel.SENIOR_HIGH,
			EducationLevel.SENIOR_HIGH, EducationLevel.SECONDARY_VOCATIONAL, EducationLevel.JUNIOR_COLLEGE,
			EducationLevel.BACHELOR};
	private static final EducationLevel[] POOR_EDUCATION = {EducationLevel.JUNIOR_SECONDARY_OR_BELOW,
			EducationLevel.JUNIOR_SECONDARY_OR_BELOW, EducationLevel.JUNIOR_SECONDARY_OR_BELOW, EducationLevel.SENIOR_HIGH,
			EducationLevel.SECONDARY_VOCATIONAL};

	/** The persons of each branch made by the last {@link #generate}, by branch id, the secretary first. */
	private volatile Map<Long, List<Long>> branchMembers = Map.of();
	private final Divisions divisions;
	private final Organizations organizations;
	private final People people;
	private final Households households;
	private final long seed;
	private volatile boolean generated;

	NinghuaDemoData(Divisions divisions, Organizations organizations, People people, Households households,
			@Value("${bastion.demo.seed}") long seed) {
		this.divisions = divisions;
		this.organizations = organizations;
		this.people = people;
		this.households = households;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!organizations.roots().isEmpty() || divisions.find(NINGHUA).isEmpty()) {
			return;
		}
		long started = System.currentTimeMillis();
		Summary summary = generate(new PersonFactory(new Random(seed), LocalDate.of(2026, 1, 1)));
		generated = true;
		log.info("Generated the Ninghua demo data in {} ms: {}", System.currentTimeMillis() - started, summary);
	}

	/**
	 * In the ranks' own order: iterating a {@code Map.of} would follow this JVM's hash seed, shuffle the
	 * ranks differently at each start and so draw different persons from the same seed.
	 */
	private static Map<CadreRank, Integer> rankMix() {
		Map<CadreRank, Integer> mix = new EnumMap<>(CadreRank.class);
		mix.put(CadreRank.DIVISION, 120);
		mix.put(CadreRank.SECTION_CHIEF, 650);
		mix.put(CadreRank.DEPUTY_SECTION_CHIEF, 950);
		mix.put(CadreRank.GENERAL_CADRE, 678);
		return Collections.unmodifiableMap(mix);
	}

	/** Whether this start-up generated the demo data (rather than finding it there). */
	boolean generated() {
		return generated;
	}

	record Summary(int organizations, int persons, int households) {
	}

	Summary generate(PersonFactory factory) {
		Random random = factory.random();
		long county = organizations.createAll(List.of(new NewOrganization("中共宁化县委员会",
				OrganizationKind.COUNTY_COMMITTEE, null, NINGHUA, null))).get(0);

		List<Division> townships = divisions.children(NINGHUA);
		List<Long> townshipIds = organizations.createAll(townships.stream()
			.map(t -> new NewOrganization("中共宁化县" + t.name() + "委员会", OrganizationKind.TOWNSHIP_COMMITTEE, null,
					t.code(), county))
			.toList());
		Map<String, Long> townshipByCode = new LinkedHashMap<>();
		for (int i = 0; i < townships.size(); i++) {
			townshipByCode.put(townships.get(i).code(), townshipIds.get(i));
		}

		List<Division> villages = divisions.villagesUnder(NINGHUA);
		List<NewOrganization> branches = new ArrayList<>();
		for (Division v : villages) {
			String township = v.code().substring(0, 9);
			boolean urban = v.committeeKind() == CommitteeKind.RESIDENTS && COUNTY_SEAT_TOWNSHIPS.contains(township);
			OrganizationKind kind = urban ? OrganizationKind.COMMUNITY_GENERAL_BRANCH
					: random.nextInt(5) == 0 && v.committeeKind() == CommitteeKind.VILLAGE
							? OrganizationKind.VILLAGE_GENERAL_BRANCH : OrganizationKind.VILLAGE_BRANCH;
			String name = switch (kind) {
				case COMMUNITY_GENERAL_BRANCH -> "中共宁化县" + v.shortName() + "社区总支部委员会";
				case VILLAGE_GENERAL_BRANCH -> "中共宁化县" + v.shortName() + "总支部委员会";
				default -> "中共宁化县" + v.shortName() + "支部委员会";
			};
			branches.add(new NewOrganization(name, kind, null, v.code(), townshipByCode.get(township)));
		}
		List<Long> branchIds = organizations.createAll(branches);

		List<NewOrganization> compounds = new ArrayList<>();
		List<Integer> communities = new ArrayList<>();
		for (int i = 0; i < branches.size(); i++) {
			if (branches.get(i).kind() == OrganizationKind.COMMUNITY_GENERAL_BRANCH) {
				communities.add(i);
			}
		}
		for (int c = 0; c < COMPOUND_BRANCHES; c++) {
			int i = communities.get(c % communities.size());
			String compound = COMPOUND_NAMES[(c * 7 + i) % COMPOUND_NAMES.length] + (c / COMPOUND_NAMES.length + 1) + "期";
			compounds.add(new NewOrganization(villages.get(i).shortName() + "社区" + compound + "小区党支部",
					OrganizationKind.COMPOUND_BRANCH, null, villages.get(i).code(), branchIds.get(i)));
		}
		List<Long> compoundIds = organizations.createAll(compounds);

		List<CountyDepartments.Department> departments = CountyDepartments.ALL;
		List<NewOrganization> organs = new ArrayList<>();
		List<CountyDepartments.Department> organDepartment = new ArrayList<>();
		for (CountyDepartments.Department d : departments) {
			for (int b = 1; b <= d.branches(); b++) {
				String suffix = d.branches() == 1 ? "机关支部委员会" : "机关第" + "一二三四".charAt(b - 1) + "支部委员会";
				organs.add(new NewOrganization("中共" + d.name() + suffix, OrganizationKind.ORGAN_BRANCH, d.kind(), null, county));
				organDepartment.add(d);
			}
		}
		List<Long> organIds = organizations.createAll(organs);

		List<PersonData> persons = new ArrayList<>();
		List<CadreRank> ranks = new ArrayList<>();
		RANK_MIX.forEach((rank, n) -> ranks.addAll(Collections.nCopies(n, rank)));
		Collections.shuffle(ranks, random);
		List<String> villageCodes = villages.stream().map(Division::code).toList();
		for (int c = 0; c < CADRES; c++) {
			int b = c % organIds.size();
			CountyDepartments.Department d = organDepartment.get(b);
			CadreRank rank = ranks.get(c);
			int minAge = rank == CadreRank.DIVISION ? 40 : rank == CadreRank.SECTION_CHIEF ? 33 : 25;
			persons.add(factory.make(new PersonFactory.Profile(villageCodes.get(random.nextInt(villageCodes.size())), minAge,
					58, organIds.get(b), rank, d.name(), d.kind(), Set.of(), CADRE_EDUCATION, 0.64, null)));
		}
		Map<Long, List<Integer>> membersByBranch = new LinkedHashMap<>();
		for (int i = 0; i < branchIds.size(); i++) {
			int members = 12 + random.nextInt(24);
			for (int m = 0; m < members; m++) {
				Set<PersonTag> tags = m < 4 ? EnumSet.of(PersonTag.VILLAGE_CADRE) : Set.of();
				membersByBranch.computeIfAbsent(branchIds.get(i), k -> new ArrayList<>()).add(persons.size());
				persons.add(factory.make(new PersonFactory.Profile(villages.get(i).code(), m < 4 ? 26 : 22, m < 4 ? 58 : 82,
						branchIds.get(i), null, null, null, tags, RURAL_EDUCATION, 0.7, null)));
			}
		}
		for (int i = 0; i < compoundIds.size(); i++) {
			int members = 5 + random.nextInt(6);
			for (int m = 0; m < members; m++) {
				Set<PersonTag> tags = m < 3 ? EnumSet.of(PersonTag.BUILDING_HEAD) : Set.of();
				membersByBranch.computeIfAbsent(compoundIds.get(i), k -> new ArrayList<>()).add(persons.size());
				persons.add(factory.make(new PersonFactory.Profile(compounds.get(i).divisionCode(), 25, 75, compoundIds.get(i),
						null, null, null, tags, RURAL_EDUCATION, 0.55, null)));
			}
		}

		List<Division> ruralVillages = villages.stream().filter(v -> v.committeeKind() == CommitteeKind.VILLAGE).toList();
		List<int[]> householdPersons = new ArrayList<>();
		List<String> householdVillages = new ArrayList<>();
		List<HouseholdRelation[]> householdRelations = new ArrayList<>();
		for (int h = 0; h < POOR_HOUSEHOLDS; h++) {
			String village = ruralVillages.get(random.nextInt(ruralVillages.size())).code();
			int size = 1 + random.nextInt(4);
			int[] indexes = new int[size];
			HouseholdRelation[] relations = new HouseholdRelation[size];
			indexes[0] = persons.size();
			persons.add(factory.make(new PersonFactory.Profile(village, 35, 78, null, null, null, null, Set.of(),
					POOR_EDUCATION, 0.8, null)));
			for (int m = 1; m < size; m++) {
				relations[m] = m == 1 ? HouseholdRelation.SPOUSE : HouseholdRelation.CHILD;
				int minAge = relations[m] == HouseholdRelation.SPOUSE ? 33 : 3;
				int maxAge = relations[m] == HouseholdRelation.SPOUSE ? 75 : 30;
				indexes[m] = persons.size();
				persons.add(factory.make(new PersonFactory.Profile(village, minAge, maxAge, null, null, null, null, Set.of(),
						POOR_EDUCATION, 0.5, null)));
			}
			householdPersons.add(indexes);
			householdVillages.add(village);
			householdRelations.add(relations);
		}

		Map<String, Long> ids = people.registerAll(persons);

		List<HouseholdData> poor = new ArrayList<>();
		Map<String, Integer> perVillage = new LinkedHashMap<>();
		for (int h = 0; h < householdPersons.size(); h++) {
			int[] indexes = householdPersons.get(h);
			String village = householdVillages.get(h);
			int n = perVillage.merge(village, 1, Integer::sum);
			List<HouseholdData.Member> members = new ArrayList<>();
			for (int m = 1; m < indexes.length; m++) {
				members.add(new HouseholdData.Member(ids.get(persons.get(indexes[m]).idNumber()), householdRelations.get(h)[m]));
			}
			poor.add(new HouseholdData(village + String.format("%04d", n), village,
					ids.get(persons.get(indexes[0]).idNumber()), HouseholdStatus.LEFT_POVERTY, 2016 + random.nextInt(5), members));
		}
		households.registerAll(poor);

		Map<Long, List<Long>> members = new LinkedHashMap<>();
		membersByBranch.forEach((branch, indexes) -> members.put(branch,
				indexes.stream().map(i -> ids.get(persons.get(i).idNumber())).toList()));
		branchMembers = members;
		membersByBranch.forEach((branch, indexes) -> organizations.assignPosition(branch,
				ids.get(persons.get(indexes.get(0)).idNumber()), PositionRole.SECRETARY, LocalDate.of(2021, 1, 15)));

		int created = 1 + townshipIds.size() + branchIds.size() + compoundIds.size() + organIds.size();
		return new Summary(created, persons.size(), poor.size());
	}

	/** The persons of each branch this start-up generated, by branch id, the secretary first; empty when it generated nothing. */
	Map<Long, List<Long>> branchMembers() {
		return branchMembers;
	}
}
