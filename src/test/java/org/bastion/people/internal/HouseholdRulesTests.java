package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.junit.jupiter.api.Test;

class HouseholdRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	@Test
	void aHouseholdThatLeftPovertyNeedsItsExitYear() {
		assertThat(faults(household(HouseholdStatus.LEFT_POVERTY, null))).containsExactly("exitYear:household.error.exitYearRequired");
	}

	@Test
	void refusesAnExitYearBefore2014() {
		assertThat(faults(household(HouseholdStatus.LEFT_POVERTY, 2013))).containsExactly("exitYear:household.error.exitYearRange");
	}

	@Test
	void refusesAnExitYearAfterThisYear() {
		assertThat(faults(household(HouseholdStatus.LEFT_POVERTY, 2027))).containsExactly("exitYear:household.error.exitYearRange");
	}

	@Test
	void acceptsAnExitYearFrom2014ToThisYear() {
		assertThat(faults(household(HouseholdStatus.LEFT_POVERTY, 2014))).isEmpty();
		assertThat(faults(household(HouseholdStatus.LEFT_POVERTY, 2026))).isEmpty();
	}

	@Test
	void aHouseholdStillInPovertyHasNoExitYear() {
		assertThat(faults(household(HouseholdStatus.IN_POVERTY, 2020))).containsExactly("exitYear:household.error.exitYearWhileInPoverty");
	}

	@Test
	void refusesTheHeadListedAgainAsAMember() {
		HouseholdData h = new HouseholdData(null, "350424100201", 1L, HouseholdStatus.IN_POVERTY, null,
				List.of(new HouseholdData.Member(2L, HouseholdRelation.SPOUSE), new HouseholdData.Member(1L, HouseholdRelation.CHILD)));
		assertThat(faults(h)).containsExactly("members[1].personId:household.error.memberTwice");
	}

	private static HouseholdData household(HouseholdStatus status, Integer exitYear) {
		return new HouseholdData("HH-1", "350424100201", 1L, status, exitYear,
				List.of(new HouseholdData.Member(2L, HouseholdRelation.SPOUSE)));
	}

	private static List<String> faults(HouseholdData h) {
		return HouseholdRules.check(h, TODAY).stream().map(f -> f.field() + ":" + f.messageKey()).toList();
	}
}
