package org.bastion.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundKind;
import org.bastion.funds.Funds;
import org.bastion.pairing.HouseholdWork;
import org.bastion.pairing.HouseholdWorks;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.WorkWay;
import org.bastion.pairing.Pairings;
import org.bastion.project.ProjectData;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.Projects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The results of Ninghua's branch–village pairings as records (百个支部帮穷村): the 58 assistance projects
 * and 5 professional cooperatives founded, each in the helped village and belonging to the pairing that
 * brought it; 7,530,000.00 yuan of assistance funds, one ledger entry per pair from the organ branch to
 * the village; and 1,563 registered poor households brought into work, of the helped villages first and
 * then of their townships. Everything is dated in 2026 (the demo's year) between its first day and today
 * (or its last day), so that the default period shows the article's figures. Runs right after {@link DemoPairings}, as the system.
 */
@Component
@Profile("!command")
@Order(40)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class DemoAssistance implements ApplicationRunner {

	/** The demo's year, as the other demo runners' (the default period the reconciliation reads). */
	static final int YEAR = 2026;
	/** assistance.projects */
	static final int PROJECTS = 58;
	/** assistance.cooperatives */
	static final int COOPERATIVES = 5;
	/** assistance.funds_yuan */
	static final BigDecimal FUNDS_YUAN = new BigDecimal("7530000.00");
	/** assistance.households_employed */
	static final int HOUSEHOLDS_EMPLOYED = 1_563;
	private static final WorkWay[] WAYS = {WorkWay.EMPLOYMENT, WorkWay.EMPLOYMENT, WorkWay.INDUSTRY, WorkWay.EMPLOYMENT,
			WorkWay.BUSINESS, WorkWay.INDUSTRY, WorkWay.EMPLOYMENT, WorkWay.INDUSTRY, WorkWay.EMPLOYMENT, WorkWay.EMPLOYMENT};

	private static final Logger log = LoggerFactory.getLogger(DemoAssistance.class);
	private static final String[] PROJECT_NAMES = {"村级光伏电站", "高标准农田改造", "河龙贡米种植基地", "三叶青种植示范园", "客家小吃加工坊",
			"烟叶烤房改造", "油茶林提升", "村道硬化", "农产品冷链仓储", "乡村旅游民宿", "淮山种植基地", "生猪标准化养殖场",
			"红军村红色研学点", "灌溉水渠修缮"};
	private static final String[] COOPERATIVE_NAMES = {"贡米种植专业合作社", "三叶青种植专业合作社", "客家小吃专业合作社",
			"油茶专业合作社", "淮山种植专业合作社"};

	private final NinghuaDemoData demo;
	private final Organizations organizations;
	private final Pairings pairings;
	private final Projects projects;
	private final Funds funds;
	private final HouseholdWorks works;
	private final Households households;
	private final Clock clock;

	DemoAssistance(NinghuaDemoData demo, Organizations organizations, Pairings pairings, Projects projects, Funds funds,
			HouseholdWorks works, Households households, Clock clock) {
		this.demo = demo;
		this.organizations = organizations;
		this.pairings = pairings;
		this.projects = projects;
		this.funds = funds;
		this.works = works;
		this.households = households;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.generated()) {
			return;
		}
		DemoSystem.run(() -> {
			long started = System.currentTimeMillis();
			List<PairingView> pairs = branchVillagePairs();
			if (pairs.isEmpty()) {
				return;
			}
			LocalDate first = LocalDate.of(YEAR, 1, 1);
			LocalDate last = LocalDate.now(clock).isBefore(first.plusYears(1)) ? LocalDate.now(clock) : first.plusYears(1).minusDays(1);
			int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
			List<ProjectData> registered = new ArrayList<>();
			List<PairingView> spread = byTownshipInTurn(pairs);
			for (int i = 0; i < PROJECTS; i++) {
				PairingView p = spread.get(i % spread.size());
				LocalDate on = first.plusDays((long) i * days / PROJECTS);
				registered.add(new ProjectData(ProjectKind.ASSISTANCE, village(p) + PROJECT_NAMES[i % PROJECT_NAMES.length],
						p.rightDivision(), p.rightId(), on, null, i % 3 == 0 ? ProjectStatus.COMPLETED : ProjectStatus.UNDER_WAY,
						BigDecimal.valueOf(200_000L + 50_000L * (i % 7)), BigDecimal.valueOf(50_000L + 10_000L * (i % 4)), "pairing",
						p.id(), "由" + p.leftName() + "协调落地"));
			}
			for (int i = 0; i < COOPERATIVES; i++) {
				PairingView p = pairs.get((i * pairs.size() / COOPERATIVES + 3) % pairs.size());
				LocalDate on = first.plusDays((long) (2 * i + 1) * days / (2 * COOPERATIVES));
				registered.add(new ProjectData(ProjectKind.COOPERATIVE, village(p) + COOPERATIVE_NAMES[i], p.rightDivision(), p.rightId(),
						on, null, ProjectStatus.UNDER_WAY, BigDecimal.valueOf(300_000L + 100_000L * i), null, "pairing", p.id(),
						"支部领办，" + p.leftName() + "帮扶成立"));
			}
			projects.registerAll(registered);
			funds.enterAll(funds(pairs, first, days));
			int employed = works.recordAll(householdsBroughtIntoWork(pairs, first, days)).size();
			log.info("Demo assistance in {} ms: {} projects, {} cooperatives, {} yuan, {} households brought into work, of {} branch–village pairs",
					System.currentTimeMillis() - started, PROJECTS, COOPERATIVES, FUNDS_YUAN, employed, pairs.size());
		}, Authorities.PAIRING_READ, Authorities.PAIRING_WRITE, Authorities.PROJECT_READ,
				Authorities.PROJECT_WRITE, Authorities.FUNDS_READ, Authorities.FUNDS_WRITE, Authorities.HOUSEHOLD_READ);
	}

	/** One assistance payment per pair from the organ branch to the village, adding up to {@link #FUNDS_YUAN}. */
	private static List<FundEntryData> funds(List<PairingView> pairs, LocalDate first, int days) {
		List<FundEntryData> entries = new ArrayList<>();
		BigDecimal rest = FUNDS_YUAN;
		for (int i = 0; i < pairs.size(); i++) {
			PairingView p = pairs.get(i);
			BigDecimal amount = i < pairs.size() - 1 ? BigDecimal.valueOf(50_000L + 10_000L * (i % 6)).setScale(2) : rest;
			rest = rest.subtract(amount);
			entries.add(new FundEntryData(FundKind.ASSISTANCE, amount, "帮扶资金：" + village(p) + "村级产业发展", p.leftId(), null,
					p.rightId(), null, first.plusDays((long) i * days / pairs.size()), p.rightDivision(), "pairing", p.id(),
					p.leftName() + "协调拨付"));
		}
		return entries;
	}

	/**
	 * {@link #HOUSEHOLDS_EMPLOYED} households, each brought into work by one pair: the households of the helped
	 * villages by the pair of their village, then those of the helped villages' townships by a pair of the township.
	 */
	private List<HouseholdWork> householdsBroughtIntoWork(List<PairingView> pairs, LocalDate first, int days) {
		Map<String, PairingView> byVillage = new LinkedHashMap<>();
		Map<String, PairingView> byTownship = new LinkedHashMap<>();
		pairs.forEach(p -> {
			byVillage.putIfAbsent(p.rightDivision(), p);
			byTownship.putIfAbsent(p.rightDivision().substring(0, 9), p);
		});
		Map<Long, PairingView> chosen = new LinkedHashMap<>();
		for (Map.Entry<String, PairingView> v : byVillage.entrySet()) {
			households.inDivision(v.getKey()).stream().sorted(Comparator.comparingLong(HouseholdView::id))
				.forEach(h -> chosen.putIfAbsent(h.id(), v.getValue()));
		}
		Set<String> townships = new LinkedHashSet<>(byTownship.keySet());
		for (String township : townships) {
			if (chosen.size() >= HOUSEHOLDS_EMPLOYED) {
				break;
			}
			for (HouseholdView h : households.inDivision(township).stream().sorted(Comparator.comparingLong(HouseholdView::id)).toList()) {
				if (chosen.size() >= HOUSEHOLDS_EMPLOYED) {
					break;
				}
				chosen.putIfAbsent(h.id(), byTownship.get(township));
			}
		}
		List<HouseholdWork> records = new ArrayList<>();
		int i = 0;
		for (Map.Entry<Long, PairingView> c : chosen.entrySet()) {
			if (i == HOUSEHOLDS_EMPLOYED) {
				break;
			}
			records.add(new HouseholdWork(0, c.getValue().id(), c.getKey(), WAYS[i % WAYS.length],
					first.plusDays((long) i * days / HOUSEHOLDS_EMPLOYED), null));
			i++;
		}
		return records;
	}

	/** The pairs taking the townships in turn (the first pair of each township, then the second …), so that every township gets its share. */
	private static List<PairingView> byTownshipInTurn(List<PairingView> pairs) {
		Map<String, List<PairingView>> byTownship = new LinkedHashMap<>();
		pairs.forEach(p -> byTownship.computeIfAbsent(p.rightDivision().substring(0, 9), t -> new ArrayList<>()).add(p));
		List<PairingView> spread = new ArrayList<>();
		for (int round = 0; spread.size() < pairs.size(); round++) {
			for (List<PairingView> township : byTownship.values()) {
				if (round < township.size()) {
					spread.add(township.get(round));
				}
			}
		}
		return spread;
	}

	/** The county's live branch–village pairs, by id. */
	private List<PairingView> branchVillagePairs() {
		List<PairingView> pairs = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<OrganizationView> organs = organizations.search(new OrganizationSearch(null, OrganizationKind.ORGAN_BRANCH, null),
					new PageRequest(page, PageResult.MAX_SIZE));
			for (OrganizationView organ : organs.items()) {
				pairings.ofOrganization(organ.id()).stream()
					.filter(p -> p.kind() == PairingKind.BRANCH_VILLAGE && p.status() == PairingStatus.ACTIVE && p.leftId() == organ.id())
					.forEach(pairs::add);
			}
			if (!organs.hasNext()) {
				break;
			}
		}
		pairs.sort(Comparator.comparingLong(PairingView::id));
		return pairs;
	}

	private static String village(PairingView p) {
		return p.rightName().replace("中共宁化县", "").replace("总支部委员会", "").replace("支部委员会", "");
	}
}
