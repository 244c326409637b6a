package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.bastion.common.Gender;
import org.junit.jupiter.api.Test;

class PeopleMessagesTests {

	@Test
	void everyLabelExistsInChineseAndEnglish() throws Exception {
		assertThat(load("people_en").keySet()).isEqualTo(load("people").keySet());
	}

	@Test
	void everyEnumValueHasALabel() throws Exception {
		Properties zh = load("people");
		for (Enum<?>[] values : new Enum<?>[][] {EducationLevel.values(), CadreRank.values(), PartyStatus.values(),
				PersonTag.values(), HouseholdRelation.values(), Gender.values()}) {
			for (Enum<?> value : values) {
				String prefix = switch (value.getDeclaringClass().getSimpleName()) {
					case "EducationLevel" -> "education.";
					case "CadreRank" -> "cadreRank.";
					case "PartyStatus" -> "partyStatus.";
					case "PersonTag" -> "tag.";
					case "HouseholdRelation" -> "relation.";
					default -> "gender.";
				};
				assertThat(zh).containsKey(prefix + value.name());
			}
		}
		for (HouseholdStatus status : HouseholdStatus.values()) {
			assertThat(zh).containsKey("household.status." + status.name());
		}
	}

	private static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = PeopleMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
