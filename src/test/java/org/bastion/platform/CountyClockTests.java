package org.bastion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Business dates and times come from the one county clock, never from the server's zone. */
class CountyClockTests {

	/** Reading the time without the clock: {@code LocalDate.now()}, {@code Instant.now()}, a system clock … */
	private static final Pattern OWN_TIME = Pattern.compile(
			"\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Year|YearMonth|MonthDay)\\.now\\(\\s*\\)"
					+ "|\\bClock\\.system(DefaultZone|UTC)?\\(|\\bnew Date\\(\\s*\\)|\\bCalendar\\.getInstance\\(");

	/** The places allowed their own time, and why. */
	private static final Map<String, String> ALLOWED = Map.of(
			"platform/internal/CountyClockConfiguration.java", "it makes the county clock",
			"audit/internal/AuditChain.java", "the audit trail records when a change really happened, never a moved test clock");

	@Test
	void mainCodeReadsTheTimeOnlyFromTheCountyClock() throws IOException {
		Path main = Path.of("src/main/java/org/bastion");
		List<String> offenders;
		try (Stream<Path> files = Files.walk(main)) {
			offenders = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !ALLOWED.containsKey(main.relativize(f).toString().replace('\\', '/')))
				.flatMap(CountyClockTests::ownTimeReads)
				.toList();
		}
		assertThat(offenders).as("inject java.time.Clock (the county clock) instead").isEmpty();
	}

	/** A test that dates by the server's zone fails every evening after 16:00 UTC, when Ninghua's day has moved on. */
	private static final Pattern SERVER_DATE = Pattern.compile(
			"\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth|MonthDay)\\.now\\(\\s*\\)");

	@Test
	void testsDateByTheCountyClockToo() throws IOException {
		Path tests = Path.of("src/test/java/org/bastion");
		List<String> offenders;
		try (Stream<Path> files = Files.walk(tests)) {
			offenders = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.endsWith("CountyClockTests.java"))
				.flatMap(f -> matching(f, SERVER_DATE))
				.toList();
		}
		assertThat(offenders).as("autowire java.time.Clock and use LocalDate.now(clock)").isEmpty();
	}

	@Test
	void theCountysDayBeginsInShanghaiWhateverTheServersZone() {
		Clock county = Clock.fixed(java.time.Instant.parse("2026-12-03T16:30:00Z"), ZoneId.of("UTC"))
			.withZone(ZoneId.of("Asia/Shanghai"));
		assertThat(LocalDate.now(county)).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	private static Stream<String> ownTimeReads(Path file) {
		return matching(file, OWN_TIME);
	}

	private static Stream<String> matching(Path file, Pattern pattern) {
		try {
			List<String> lines = Files.readAllLines(file);
			return java.util.stream.IntStream.range(0, lines.size())
				.filter(i -> !lines.get(i).strip().startsWith("//") && !lines.get(i).strip().startsWith("*"))
				.filter(i -> pattern.matcher(lines.get(i)).find())
				.mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
