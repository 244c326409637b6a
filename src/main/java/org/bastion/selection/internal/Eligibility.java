package org.bastion.selection.internal;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonView;
import org.bastion.selection.internal.Reserve.Fault;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The round's rules applied to a person nominated in a village: age on the reference date within
 * the round's range (both bounds inclusive), education at or above the round's minimum, household
 * registration in the village. Checked at nomination and again at every later step.
 */
final class Eligibility {

	private Eligibility() {
	}

	static List<Fault> faults(Round round, PersonView person, String villageCode) {
		List<Fault> faults = new ArrayList<>();
		if (person.birthDate() == null) {
			faults.add(new Fault("selection.rule.birthDate"));
		}
		else {
			int age = person.ageOn(round.referenceDate());
			if (age < round.minAge() || age > round.maxAge()) {
				faults.add(new Fault("selection.rule.age", age, round.referenceDate().toString(), round.minAge(),
						round.maxAge()));
			}
		}
		if (person.education() == null || !person.education().isAtLeast(round.minEducation())) {
			faults.add(new Fault("selection.rule.education",
					person.education() == null ? new DefaultMessageSourceResolvable(new String[] {"selection.unknown"}, "—")
							: education(person),
					new DefaultMessageSourceResolvable("education." + round.minEducation())));
		}
		if (round.requireLocalHousehold() && !villageCode.equals(person.householdDivisionCode())) {
			faults.add(new Fault("selection.rule.household",
					person.householdDivisionCode() == null ? "—" : person.householdDivisionCode(), villageCode));
		}
		return faults;
	}

	private static DefaultMessageSourceResolvable education(PersonView person) {
		return new DefaultMessageSourceResolvable("education." + person.education());
	}
}
