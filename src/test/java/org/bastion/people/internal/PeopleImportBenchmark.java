package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.geography.Division;
import org.bastion.organization.OrganizationView;
import org.bastion.people.EducationLevel;
import org.bastion.people.Ethnicities;
import org.bastion.people.PartyStatus;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonTag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A benchmark, not a test (docs/benchmarks.md): times the import of 10,000 valid persons spread over
 * Ninghua's villages, a third of them Party members, and prints the figures. It asserts that every row
 * was written, so that the figures are of a whole import, but nothing about time, which depends on the
 * machine and its load. It runs only when asked for: {@code ./mvnw -o test -Pbenchmark} (the tag and the
 * name keep it out of {@code ./mvnw verify}); the import's rules are kept by {@link PeopleImportsTests}.
 */
@Tag("benchmark")
@IntegrationTest
@org.springframework.security.test.context.support.WithMockUser(username = "admin", authorities = {"person:read", "person:write", "data:import", "organization:write"})
class PeopleImportBenchmark {

	static final int ROWS = 10_000;

	@Autowired
	PeopleImports imports;
	@Autowired
	PersonSheet sheet;
	@Autowired
	PeopleTestData data;

	@Test
	void importsTenThousandPeople() throws Exception {
		List<Division> villages = data.villages();
		OrganizationView branch = data.committeeWithBranch()[1];
		List<PersonData> persons = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
			String id = PersonFixtures.freshIdNumber(LocalDate.of(1960 + i % 40, 1 + i % 12, 1), gender);
			LocalDate born = new ChineseIdNumber(id).birthDate();
			boolean member = i % 3 == 0;
			persons.add(new PersonData("测试" + i, gender, Ethnicities.ALL.get(i % 3 == 1 ? 21 : 0), born, id,
					"139" + String.format("%08d", i), EducationLevel.values()[i % 6], villages.get(i % villages.size()).code(),
					member ? branch.id() : null, member ? born.plusYears(20) : null, member ? PartyStatus.FULL : null, null,
					null, null, i % 10 == 0 ? Set.of(PersonTag.TALENT) : Set.of()));
		}
		long built = System.nanoTime();
		byte[] file = PersonWorkbooks.persons(sheet, persons);
		long written = System.nanoTime();
		ImportOutcome outcome = imports.importPersons(new ByteArrayInputStream(file));
		long imported = System.nanoTime();
		System.out.printf("People import: %d rows (%d KiB .xlsx, written in %d ms) imported in %d ms%n", outcome.rows(),
				file.length / 1024, (written - built) / 1_000_000, (imported - written) / 1_000_000);
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.written()).isEqualTo(ROWS);
	}
}
