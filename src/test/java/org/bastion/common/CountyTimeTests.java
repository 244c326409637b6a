package org.bastion.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates and times are shown in the county's zone with one pattern each, whatever the server's zone. */
class CountyTimeTests {

	private static final Instant HALF_PAST_MIDNIGHT_IN_NINGHUA = Instant.parse("2026-12-03T16:30:15Z");

	private final CountyTime time = new CountyTime(Clock.system(ZoneId.of("Asia/Shanghai")));

	private TimeZone serverZone;

	@BeforeEach
	void onAUtcServer() {
		serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restoreTheServersZone() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	void aMomentIsShownInTheCountysZoneNotTheServers() {
		assertThat(time.dateTime(HALF_PAST_MIDNIGHT_IN_NINGHUA)).isEqualTo("2026-12-04 00:30");
		assertThat(time.dateTimeSeconds(HALF_PAST_MIDNIGHT_IN_NINGHUA)).isEqualTo("2026-12-04 00:30:15");
		assertThat(time.date(HALF_PAST_MIDNIGHT_IN_NINGHUA)).isEqualTo("2026-12-04");
		assertThat(time.month(HALF_PAST_MIDNIGHT_IN_NINGHUA)).isEqualTo("2026-12");
		assertThat(time.dateTime(HALF_PAST_MIDNIGHT_IN_NINGHUA.atOffset(ZoneOffset.UTC))).isEqualTo("2026-12-04 00:30");
		assertThat(time.dateTime(HALF_PAST_MIDNIGHT_IN_NINGHUA.atZone(ZoneId.of("Europe/Berlin")))).isEqualTo("2026-12-04 00:30");
		assertThat(time.local(OffsetDateTime.parse("2026-12-03T16:30:15Z"))).isEqualTo(LocalDateTime.of(2026, 12, 4, 0, 30, 15));
	}

	@Test
	void aLocalValueIsAlreadyTheCountysAndIsShownAsItIs() {
		LocalDateTime filed = LocalDateTime.of(2026, 3, 7, 9, 5, 42);
		assertThat(time.dateTime(filed)).isEqualTo("2026-03-07 09:05");
		assertThat(time.date(filed)).isEqualTo("2026-03-07");
		assertThat(time.date(LocalDate.of(2026, 3, 7))).isEqualTo("2026-03-07");
		assertThat(time.month(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03");
		assertThat(time.month(YearMonth.of(2026, 11))).isEqualTo("2026-11");
		assertThat(time.local(filed)).isEqualTo(filed);
	}

	@Test
	void nothingShowsAsAnEmptyText() {
		assertThat(time.date(null)).isEmpty();
		assertThat(time.dateTime(null)).isEmpty();
		assertThat(time.dateTimeSeconds(null)).isEmpty();
		assertThat(time.month(null)).isEmpty();
		assertThat(time.local(null)).isNull();
	}

	@Test
	void noPageOrClassFormatsATimeItsOwnWay() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
				Files.walk(Path.of("src/main/java/org/bastion")))) {
			offenders = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".java"))
				// the audit hash's canonical time is not display
				.filter(f -> !f.endsWith("CountyTime.java") && !f.endsWith("EntryHash.java"))
				.filter(f -> read(f).contains("#temporals.format") || read(f).contains("DateTimeFormatter.ofPattern"))
				.map(Path::toString)
				.toList();
		}
		assertThat(offenders).as("show dates and times through CountyTime").isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
