package org.bastion.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rows are mapped by hand, column by column: a property row mapper asks the database for each property's
 * camelCase name before the snake_case one, and H2 writes a stack trace into its trace file for every miss
 * (72 MB in 17 minutes, issue 11).
 */
class ExplicitRowMapperTests {

	private static final Pattern PROPERTY_MAPPER = Pattern.compile(
			"\\b(DataClassRowMapper|SimplePropertyRowMapper|BeanPropertyRowMapper|SimplePropertySqlParameterSource"
					+ "|BeanPropertySqlParameterSource)\\b");

	/** {@code JdbcClient}'s {@code query(SomeRecord.class)} maps with {@code SimplePropertyRowMapper}. */
	private static final Pattern QUERY_BY_CLASS = Pattern.compile("\\bquery\\(\\s*([\\w.\\[\\]]+)\\.class\\s*\\)");

	/** Single-column types, read as one value without any property mapping. */
	private static final Set<String> SINGLE_VALUES = Set.of("Long", "Integer", "Short", "String", "Boolean",
			"BigDecimal", "Double", "Instant", "LocalDate", "LocalDateTime", "Timestamp", "byte[]", "Object");

	@Test
	void mainCodeMapsEveryRowExplicitly() throws IOException {
		Path main = Path.of("src/main/java/org/bastion");
		List<String> offenders;
		try (Stream<Path> files = Files.walk(main)) {
			offenders = files.filter(f -> f.toString().endsWith(".java")).flatMap(ExplicitRowMapperTests::propertyMapping)
				.toList();
		}
		assertThat(offenders).as("write a RowMapper reading each column by its name").isEmpty();
	}

	@Test
	void theRuleSeesAQueryByARecordClass() {
		assertThat(offends("jdbc.sql(\"select * from t\").query(Row.class).list();")).isTrue();
		assertThat(offends("jdbc.sql(\"select * from t\").query(Reserve.Notice.class).list();")).isTrue();
		assertThat(offends("new DataClassRowMapper<>(Row.class)")).isTrue();
		assertThat(offends("jdbc.sql(\"select count(*) from t\").query(Long.class).single();")).isFalse();
		assertThat(offends("jdbc.sql(\"select * from t\").query(ROW).list();")).isFalse();
	}

	private static boolean offends(String line) {
		if (PROPERTY_MAPPER.matcher(line).find()) {
			return true;
		}
		Matcher m = QUERY_BY_CLASS.matcher(line);
		while (m.find()) {
			String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
			if (!SINGLE_VALUES.contains(type)) {
				return true;
			}
		}
		return false;
	}

	private static Stream<String> propertyMapping(Path file) {
		try {
			String text = Files.readString(file).replaceAll("\\s+", " ");
			return offends(text) ? Stream.of(file.toString()) : Stream.empty();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
