package org.bastion.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bastion.common.Command;
import org.bastion.common.CommandOptions;
import org.bastion.common.Commands;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate-province --code 35 [--members N] [--cadres N] [--households N] [--seed S]}: a
 * whole province of generated data on its real divisions, for benchmarks — a county committee per
 * county with its organ branches, township committees, a branch per village-level committee;
 * Party members spread over the villages, ranked cadres over the organ branches, and registered
 * poor households over the village committees. Written in bulk, in chunks of one transaction each.
 */
@Component
class GenerateProvinceCommand implements Command {

	private static final int CHUNK = 10_000;
	private static final EducationLevel[] EDUCATION = EducationLevel.values();

	private final Divisions divisions;
	private final Organizations organizations;
	private final People people;
	private final Households households;
	private final TransactionTemplate tx;
	private final PlannerStatistics statistics;
	private final Clock clock;

	GenerateProvinceCommand(Divisions divisions, Organizations organizations, People people, Households households,
			TransactionTemplate tx, PlannerStatistics statistics, Clock clock) {
		this.clock = clock;
		this.statistics = statistics;
		this.divisions = divisions;
		this.organizations = organizations;
		this.people = people;
		this.households = households;
		this.tx = tx;
	}

	@Override
	public String name() {
		return Commands.GENERATE_PROVINCE;
	}

	@Override
	public String usage() {
		return """
				  --code CODE       a province (35), city or county code whose divisions are loaded
				  --members N       Party members in the village branches (default 100000)
				  --cadres N        ranked cadres in county organ branches (default 0)
				  --households N    registered poor households over the village committees (default 50000)
				  --seed S          random seed (default 1); the same seed gives the same data""";
	}

	@Override
	public int run(List<String> args) {
		CommandOptions options = new CommandOptions(args);
		String code = options.value("code").orElse("");
		if (divisions.find(code).isEmpty()) {
			System.err.println("--code must name a loaded division (see import-divisions); usage:\n" + usage());
			return 2;
		}
		int members = options.intValue("members", 100_000);
		int cadres = options.intValue("cadres", 0);
		int poor = options.intValue("households", 50_000);
		long started = System.currentTimeMillis();
		PersonFactory factory = new PersonFactory(new Random(options.longValue("seed", 1)), LocalDate.now(clock));
		Random random = factory.random();

		List<Division> counties = countiesUnder(code);
		if (counties.stream().anyMatch(c -> !organizations.tiedTo(c.code()).isEmpty())) {
			System.err.println("organizations for " + code + " exist already; generate into an empty database");
			return 1;
		}
		List<Long> countyIds = tx.execute(s -> organizations.createAll(counties.stream()
			.map(c -> new NewOrganization("中共" + c.name() + "委员会", OrganizationKind.COUNTY_COMMITTEE, null, c.code(), null))
			.toList()));
		Map<String, Long> countyByCode = index(counties, countyIds);

		List<Division> townships = counties.stream().flatMap(c -> divisions.children(c.code()).stream()).toList();
		List<Long> townshipIds = tx.execute(s -> organizations.createAll(townships.stream()
			.map(t -> new NewOrganization("中共" + t.name() + "委员会", OrganizationKind.TOWNSHIP_COMMITTEE, null, t.code(),
					countyByCode.get(t.parentCode())))
			.toList()));
		Map<String, Long> townshipByCode = index(townships, townshipIds);

		List<Division> villages = divisions.villagesUnder(code);
		List<Long> branchIds = new ArrayList<>();
		for (int from = 0; from < villages.size(); from += CHUNK) {
			List<Division> chunk = villages.subList(from, Math.min(villages.size(), from + CHUNK));
			branchIds.addAll(tx.execute(s -> organizations.createAll(chunk.stream()
				.map(v -> new NewOrganization("中共" + v.shortName() + "支部委员会",
						v.committeeKind() == CommitteeKind.RESIDENTS ? OrganizationKind.COMMUNITY_GENERAL_BRANCH
								: OrganizationKind.VILLAGE_BRANCH,
						null, v.code(), townshipByCode.get(v.parentCode())))
				.toList())));
		}

		List<NewOrganization> organs = new ArrayList<>();
		List<CountyDepartments.Department> organDepartments = new ArrayList<>();
		if (cadres > 0) {
			for (int c = 0; c < counties.size(); c++) {
				for (CountyDepartments.Department d : CountyDepartments.ALL) {
					String name = d.name().replace("宁化县", counties.get(c).name());
					organs.add(new NewOrganization("中共" + name + "机关支部委员会", OrganizationKind.ORGAN_BRANCH, d.kind(), null,
							countyIds.get(c)));
					organDepartments.add(new CountyDepartments.Department(name, d.kind(), 1));
				}
			}
		}
		List<Long> organIds = organs.isEmpty() ? List.of() : tx.execute(s -> organizations.createAll(organs));
		long organizationCount = countyIds.size() + townshipIds.size() + branchIds.size() + organIds.size();
		statistics.refresh();
		System.out.printf("organizations: %,d in %.1f s%n", organizationCount, (System.currentTimeMillis() - started) / 1000.0);

		List<CadreRank> rankMix = new ArrayList<>();
		NinghuaDemoData.RANK_MIX.forEach((rank, n) -> {
			for (int i = 0; i < n; i++) {
				rankMix.add(rank);
			}
		});
		long personsStarted = System.currentTimeMillis();
		List<PersonData> batch = new ArrayList<>(CHUNK);
		for (int m = 0; m < members; m++) {
			int v = random.nextInt(villages.size());
			batch.add(factory.make(new PersonFactory.Profile(villages.get(v).code(), 22, 80, branchIds.get(v), null, null, null,
					Set.of(), EDUCATION, 0.7, null)));
			flushIfFull(batch, false);
		}
		for (int c = 0; c < cadres; c++) {
			int b = random.nextInt(organIds.size());
			CountyDepartments.Department d = organDepartments.get(b);
			String home = villages.get(random.nextInt(villages.size())).code();
			batch.add(factory.make(new PersonFactory.Profile(home, 25, 58, organIds.get(b),
					rankMix.get(random.nextInt(rankMix.size())), d.name(), d.kind(), Set.of(), EDUCATION, 0.64, null)));
			flushIfFull(batch, false);
		}
		flushIfFull(batch, true);
		System.out.printf("persons: %,d members and %,d cadres in %.1f s%n", members, cadres,
				(System.currentTimeMillis() - personsStarted) / 1000.0);

		long householdsStarted = System.currentTimeMillis();
		List<Division> rural = villages.stream().filter(v -> v.committeeKind() == CommitteeKind.VILLAGE).toList();
		Map<String, Integer> perVillage = new HashMap<>();
		for (int from = 0; from < poor; from += CHUNK) {
			int size = Math.min(CHUNK, poor - from);
			List<PersonData> heads = new ArrayList<>(size);
			for (int h = 0; h < size; h++) {
				heads.add(factory.make(new PersonFactory.Profile(rural.get(random.nextInt(rural.size())).code(), 30, 80, null,
						null, null, null, Set.of(), EDUCATION, 0.8, null)));
			}
			tx.executeWithoutResult(s -> {
				Map<String, Long> ids = people.registerAll(heads);
				households.registerAll(heads.stream()
					.map(p -> new HouseholdData(p.householdDivisionCode()
							+ String.format("%05d", perVillage.merge(p.householdDivisionCode(), 1, Integer::sum)),
							p.householdDivisionCode(), ids.get(p.idNumber()),
							random.nextInt(10) == 0 ? HouseholdStatus.IN_POVERTY : HouseholdStatus.LEFT_POVERTY, null, List.of()))
					.map(h -> h.status() == HouseholdStatus.LEFT_POVERTY ? new HouseholdData(h.householdNumber(), h.villageCode(),
							h.headId(), h.status(), 2016 + random.nextInt(5), h.members()) : h)
					.toList());
			});
			statistics.grew();
		}
		System.out.printf("households: %,d in %.1f s%n", poor, (System.currentTimeMillis() - householdsStarted) / 1000.0);
		System.out.printf("generated %s in %.1f s%n", code, (System.currentTimeMillis() - started) / 1000.0);
		return 0;
	}

	private void flushIfFull(List<PersonData> batch, boolean force) {
		if (batch.size() >= CHUNK || (force && !batch.isEmpty())) {
			List<PersonData> chunk = List.copyOf(batch);
			tx.executeWithoutResult(s -> people.registerAll(chunk));
			batch.clear();
			statistics.grew();
		}
	}

	private List<Division> countiesUnder(String code) {
		Division root = divisions.get(code);
		if (root.level() == DivisionLevel.COUNTY) {
			return List.of(root);
		}
		List<Division> result = new ArrayList<>();
		for (Division child : divisions.children(code)) {
			if (child.level().ordinal() < DivisionLevel.COUNTY.ordinal()) {
				result.addAll(countiesUnder(child.code()));
			}
			else if (child.level() == DivisionLevel.COUNTY) {
				result.add(child);
			}
		}
		return result;
	}

	private static Map<String, Long> index(List<Division> divisions, List<Long> ids) {
		Map<String, Long> byCode = new HashMap<>();
		for (int i = 0; i < divisions.size(); i++) {
			byCode.put(divisions.get(i).code(), ids.get(i));
		}
		return byCode;
	}
}
