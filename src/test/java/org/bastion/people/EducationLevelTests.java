package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EducationLevelTests {

	@Test
	void keepsSeniorHighApartFromSecondaryVocational() {
		assertThat(EducationLevel.SENIOR_HIGH).isNotEqualTo(EducationLevel.SECONDARY_VOCATIONAL);
		assertThat(EducationLevel.SENIOR_HIGH.isAtLeast(EducationLevel.SECONDARY_VOCATIONAL)).isFalse();
	}

	@Test
	void secondaryVocationalAndAboveIncludesCollegeAndUniversity() {
		assertThat(EducationLevel.values()).filteredOn(e -> e.isAtLeast(EducationLevel.SECONDARY_VOCATIONAL))
			.containsExactly(EducationLevel.SECONDARY_VOCATIONAL, EducationLevel.JUNIOR_COLLEGE, EducationLevel.BACHELOR,
					EducationLevel.POSTGRADUATE);
	}

	@Test
	void knowsTheFiftySixEthnicGroupsOnce() {
		assertThat(Ethnicities.ALL).hasSize(56).doesNotHaveDuplicates().contains("汉族", "畲族");
	}
}
