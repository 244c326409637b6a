package org.bastion.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bastion.access.UserAccounts;
import org.bastion.common.DomainException;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.EducationLevel;
import org.bastion.people.People;
import org.bastion.people.PersonData;
import org.bastion.selection.ClassKind;
import org.bastion.selection.Recommendation;
import org.bastion.selection.ReserveSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reserve-cadre selection rounds of this year in 安乐镇 and 翠江镇, with a few generated young villagers at
 * every step up to a public notice published today (墩苗工程), and last year's 安乐镇 round whose
 * candidate is in the pool with a mentor (a RESERVE_MENTOR pairing, named through the same step
 * as on the page). Runs after {@link NinghuaDemoData},
 * once, through the selection module's own steps. Each step is done as the demo user of the
 * township or the county ({@code anle-admin}, {@code cuijiang-admin}, {@code county-admin}) when
 * that user exists, so the timeline shows their name and post as any signed-in clerk's would;
 * otherwise as the demo runner itself.
 */
@Component
@Profile("!command")
@Order(20)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class ReserveDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReserveDemoData.class);
	/** The reasons of the 3 reserve cadres removed as unsuitable (reserve.removed). */
	static final String[] REMOVED = {"外出务工，长期不在村，无法履行后备力量职责", "年度考核不称职，群众评议满意度低",
			"本人申请退出，另有工作安排"};
	static final int BASIC_CLASSES = 32;
	private static final String ANLE = "350424107";
	private static final String CUIJIANG = "350424100";
	private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 1);
	private static final EducationLevel[] QUALIFIED = {EducationLevel.SECONDARY_VOCATIONAL, EducationLevel.JUNIOR_COLLEGE,
			EducationLevel.BACHELOR};

	private final ReserveSteps steps;
	private final Organizations organizations;
	private final Divisions divisions;
	private final People people;
	private final long seed;
	private final UserAccounts users;
	private final Clock clock;

	ReserveDemoData(ReserveSteps steps, Organizations organizations, Divisions divisions, People people,
			@Value("${bastion.demo.seed}") long seed, UserAccounts users, Clock clock) {
		this.clock = clock;
		this.steps = steps;
		this.organizations = organizations;
		this.divisions = divisions;
		this.people = people;
		this.seed = seed;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (steps.anyRound() || committee(ANLE) == null || committee(CUIJIANG) == null) {
			return;
		}
		actAs("demo");
		long started = System.currentTimeMillis();
		try {
			generate();
			log.info("Generated the reserve-cadre demo rounds in {} ms: 3 rounds, 12 candidates, 2 public notices, 1 reserve cadre in the pool with a mentor, 3 removed, 33 classes",
					System.currentTimeMillis() - started);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void generate() {
		PersonFactory factory = new PersonFactory(new Random(seed + 7), REFERENCE);
		// the first villages of each township; tests keep to others
		List<Division> anleVillages = divisions.villagesUnder(ANLE).subList(0, 3);
		List<Division> cuijiangVillages = divisions.villagesUnder(CUIJIANG).subList(0, 2);
		List<PersonData> young = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String village = (i < 6 ? anleVillages.get(i % 3) : cuijiangVillages.get(i % 2)).code();
			young.add(factory.make(new PersonFactory.Profile(village, 26, 32, null, null, null, null, null, QUALIFIED, 0.6,
					null)));
		}
		Map<String, Long> ids = people.registerAll(young);
		// 结对帮带责任人: a township cadre of 安乐镇 tagged 导师
		PersonData mentorData = factory.make(new PersonFactory.Profile(anleVillages.get(0).code(), 40, 50, null, null,
				null, null, java.util.EnumSet.of(org.bastion.people.PersonTag.MENTOR), QUALIFIED, 0.6, null));
		PersonData pooledData = factory.make(new PersonFactory.Profile(anleVillages.get(1).code(), 26, 32, null, null,
				null, null, null, QUALIFIED, 0.6, null));
		List<PersonData> unsuitable = new ArrayList<>();
		for (int i = 0; i < REMOVED.length; i++) {
			unsuitable.add(factory.make(new PersonFactory.Profile(anleVillages.get(i % 3).code(), 26, 32, null, null, null, null,
					null, QUALIFIED, 0.6, null)));
		}
		List<PersonData> others = new ArrayList<>(List.of(mentorData, pooledData));
		others.addAll(unsuitable);
		Map<String, Long> more = people.registerAll(others);
		long mentor = more.get(mentorData.idNumber());
		long pooledPerson = more.get(pooledData.idNumber());
		List<Long> persons = young.stream().map(p -> ids.get(p.idNumber())).toList();

		actAs("anle-admin");
		long anle = steps.openRound("2026 年安乐镇村级后备力量选拔", committee(ANLE).id(), REFERENCE);
		long[] c = new long[6];
		Recommendation[] ways = {Recommendation.SELF, Recommendation.MASS, Recommendation.ORGANIZATION};
		String[] sources = {"本人书面申请", "村民代表会议推荐", "村党支部推荐"};
		for (int i = 0; i < 6; i++) {
			c[i] = steps.recommend(anle, persons.get(i), ways[i % 3], sources[i % 3], ways[i % 3] == Recommendation.MASS
					? 21 + i : null, i % 2 == 0 ? "村委会委员" : "村党支部委员");
		}
		for (int i = 1; i < 6; i++) {
			steps.townshipReview(c[i], true, null);
		}
		actAs("county-admin");
		for (int i = 2; i < 6; i++) {
			steps.countyReview(c[i], true, null);
		}
		for (int i = 3; i < 6; i++) {
			steps.inspect(c[i], "罗建华、王丽萍", REFERENCE.plusMonths(2), "政治素质好，群众基础扎实，熟悉村情民意，有带头致富能力。", true);
		}
		try {
			steps.publishNotice(anle, List.of(c[4], c[5]), LocalDate.now(clock));
		}
		catch (DomainException ex) {
			log.info("No demo public notice: {}", ex.messageKey());
		}

		// last year's round: its candidate is in the pool, with a mentor (a RESERVE_MENTOR pairing)
		LocalDate lastYear = REFERENCE.minusYears(1);
		actAs("anle-admin");
		long earlier = steps.openRound("2025 年安乐镇村级后备力量选拔", committee(ANLE).id(), lastYear);
		long pooled = steps.recommend(earlier, pooledPerson, Recommendation.ORGANIZATION, "村党支部推荐", null, "村党支部委员");
		List<Long> lastYearsPool = new ArrayList<>(List.of(pooled));
		for (PersonData p : unsuitable) {
			lastYearsPool.add(steps.recommend(earlier, more.get(p.idNumber()), Recommendation.ORGANIZATION, "村党支部推荐", null,
					"村委会委员"));
		}
		lastYearsPool.forEach(id -> steps.townshipReview(id, true, null));
		actAs("county-admin");
		for (long id : lastYearsPool) {
			steps.countyReview(id, true, null);
			steps.inspect(id, "罗建华、王丽萍", lastYear.plusMonths(2), "思想政治素质好，办事公道，在群众中有威信。", true);
		}
		steps.recordPastNotice(earlier, lastYearsPool, lastYear.plusMonths(3));
		steps.enterPool();
		actAs("anle-admin");
		steps.nameMentor(pooled, mentor, LocalDate.now(clock));
		// 已调整不适合人选3人: removed this year with the reason (the published reserve.removed)
		for (int i = 0; i < REMOVED.length; i++) {
			steps.remove(lastYearsPool.get(i + 1), LocalDate.now(clock), REMOVED[i]);
		}
		classes();

		actAs("cuijiang-admin");
		long cuijiang = steps.openRound("2026 年翠江镇社区后备力量选拔", committee(CUIJIANG).id(), REFERENCE);
		long d0 = steps.recommend(cuijiang, persons.get(6), Recommendation.ORGANIZATION, "社区党总支推荐", null, "社区居委会委员");
		long d1 = steps.recommend(cuijiang, persons.get(7), Recommendation.SELF, "本人书面申请", null, "社区居委会委员");
		steps.townshipReview(d0, true, null);
		steps.townshipReview(d1, false, "近三年未在社区实际居住，不符合资格审查要求");
	}

	/**
	 * The training of 2026 (三位一体: 集中培训): 1 demonstration class of the county and 32 basic
	 * classes, two in each township, on fixed days.
	 */
	private void classes() {
		actAs("county-admin");
		OrganizationView county = organizations.tiedTo(NinghuaDemoData.NINGHUA).stream()
			.filter(o -> o.kind() == OrganizationKind.COUNTY_COMMITTEE).findFirst().orElseThrow();
		steps.createClass(county.id(), ClassKind.DEMONSTRATION, "2026 年村级后备力量示范培训班", LocalDate.of(2026, 4, 20));
		List<OrganizationView> townships = organizations.children(county.id()).stream()
			.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE)
			.sorted(java.util.Comparator.comparing(OrganizationView::divisionCode))
			.toList();
		for (int i = 0; i < BASIC_CLASSES; i++) {
			OrganizationView township = townships.get(i % townships.size());
			steps.createClass(township.id(), ClassKind.BASIC, township.name().replace("中共", "").replace("委员会", "")
					+ "后备力量基础班（第" + (i / townships.size() + 1) + "期）", LocalDate.of(2026, 3 + i % 8, 10 + i / 8));
		}
	}

	/** Acts as the named demo user when it exists, else as the demo runner; with the selection authorities either way. */
	private void actAs(String username) {
		String name = users.find(username).isPresent() ? username : "demo";
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority(Authorities.SELECTION_READ),
						new SimpleGrantedAuthority(Authorities.SELECTION_WRITE))));
		SecurityContextHolder.setContext(context);
	}

	private OrganizationView committee(String code) {
		return organizations.tiedTo(code).stream().filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE).findFirst()
			.orElse(null);
	}
}
