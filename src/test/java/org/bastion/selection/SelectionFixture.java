package org.bastion.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.EducationLevel;
import org.bastion.people.Ethnicities;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.bastion.selection.internal.ReserveRounds;
import org.bastion.selection.internal.CandidateSteps;
import org.bastion.selection.internal.ReserveNotices;
import org.springframework.stereotype.Component;

/** Rounds in 安乐镇 (350424107) and 翠江镇 (350424100) and candidates driven to any step, for tests. */
@Component
public class SelectionFixture {

	public static final String ANLE = "350424107";
	public static final String CUIJIANG = "350424100";

	private final ReserveRounds reserveRounds;
	private final CandidateSteps candidateSteps;
	private final ReserveNotices reserveNotices;
	private final Organizations organizations;
	private final PeopleTestData people;

	SelectionFixture(ReserveRounds reserveRounds, CandidateSteps candidateSteps, ReserveNotices reserveNotices,
			Organizations organizations, PeopleTestData people) {
		this.reserveRounds = reserveRounds;
		this.candidateSteps = candidateSteps;
		this.reserveNotices = reserveNotices;
		this.organizations = organizations;
		this.people = people;
	}

	public OrganizationView township(String code) {
		return organizations.tiedTo(code).stream().filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE)
			.findFirst().orElseThrow();
	}

	public String village(String township) {
		return people.villages().stream().filter(v -> v.code().startsWith(township)).findFirst().orElseThrow().code();
	}

	public Round round(String township, LocalDate referenceDate) {
		return reserveRounds.openRound(new RoundRules("测试轮次" + PeopleTestData.uniqueName(""), township(township).id(),
				referenceDate, null, null, null, null, null));
	}

	/** A person born exactly on {@code born} (the ID number carries that date), retried on a taken number. */
	public PersonView person(LocalDate born, EducationLevel education, String village) {
		return person(born, education, village, Set.of());
	}

	/** A person tagged 导师 (mentor) registered in the village, as the pairing engine wants a reserve cadre's mentor. */
	public PersonView mentor(String village) {
		return person(LocalDate.of(1975, 5, 20), EducationLevel.BACHELOR, village,
				Set.of(org.bastion.people.PersonTag.MENTOR));
	}

	private PersonView person(LocalDate born, EducationLevel education, String village,
			Set<org.bastion.people.PersonTag> tags) {
		for (int attempt = 0;; attempt++) {
			String id = PersonFixtures.idNumber(born, Gender.MALE, java.util.concurrent.ThreadLocalRandom.current().nextInt(500));
			try {
				return people.register(new PersonData(PeopleTestData.uniqueName("王"), Gender.MALE, Ethnicities.HAN,
						new ChineseIdNumber(id).birthDate(), id, "13900001111", education, village, null, null, null,
						null, null, null, tags));
			}
			catch (org.bastion.common.DomainException ex) {
				if (attempt > 20) {
					throw ex;
				}
			}
		}
	}

	/** A 28-year-old with 大专 registered in the round's first village. */
	public PersonView eligible(Round round) {
		return person(round.referenceDate().minusYears(28), EducationLevel.JUNIOR_COLLEGE, village(round.divisionCode()));
	}

	/** The {@code n}th village (from 0) of a township. */
	public String village(String township, int n) {
		return people.villages().stream().filter(v -> v.code().startsWith(township)).skip(n).findFirst().orElseThrow().code();
	}

	public Candidate recommended(Round round) {
		return recommended(round, village(round.divisionCode()));
	}

	public Candidate recommended(Round round, String village) {
		PersonView p = person(round.referenceDate().minusYears(28), EducationLevel.JUNIOR_COLLEGE, village);
		return candidateSteps.recommend(round.id(), p.id(), null, Recommendation.MASS, "村民代表会议", 23, "村委会委员");
	}

	public Candidate inspected(Round round) {
		return inspected(round, village(round.divisionCode()));
	}

	public Candidate inspected(Round round, String village) {
		Candidate c = recommended(round, village);
		candidateSteps.townshipReview(c.id(), true, null);
		candidateSteps.countyReview(c.id(), true, null);
		return candidateSteps.inspect(c.id(), "李华、陈刚", round.referenceDate(), "群众基础好，熟悉村情", true);
	}

	public Notice onNotice(Round round, List<Candidate> candidates, LocalDate startsOn) {
		return reserveNotices.publishNotice(round.id(), candidates.stream().map(Candidate::id).toList(), startsOn, null);
	}
}
