package org.bastion.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bastion.calendar.OfficialDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The official days, cached per year: they are read on every working-day count and change rarely. */
@Repository
class OfficialDayRepository {

	private final JdbcClient jdbc;
	private final Map<Integer, Map<LocalDate, OfficialDay>> byYear = new ConcurrentHashMap<>();

	OfficialDayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OfficialDay> find(LocalDate day) {
		return Optional.ofNullable(year(day.getYear()).get(day));
	}

	Map<LocalDate, OfficialDay> year(int year) {
		return byYear.computeIfAbsent(year, y -> jdbc
			.sql("select calendar_date, kind, festival from official_day where calendar_date between ? and ? order by calendar_date")
			.param(LocalDate.of(y, 1, 1)).param(LocalDate.of(y, 12, 31))
			.query((rs, n) -> new OfficialDay(rs.getObject(1, LocalDate.class), OfficialDay.Kind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list().stream().collect(Collectors.toMap(OfficialDay::day, d -> d, (a, b) -> a, java.util.TreeMap::new)));
	}

	List<OfficialDay> list(int year) {
		return List.copyOf(year(year).values());
	}

	long count() {
		return jdbc.sql("select count(*) from official_day").query(Long.class).single();
	}

	void save(OfficialDay day) {
		int updated = jdbc.sql("update official_day set kind = ?, festival = ? where calendar_date = ?").param(day.kind().name())
			.param(day.festival()).param(day.day()).update();
		if (updated == 0) {
			jdbc.sql("insert into official_day (calendar_date, kind, festival) values (?, ?, ?)").param(day.day())
				.param(day.kind().name()).param(day.festival()).update();
		}
		byYear.remove(day.day().getYear());
	}

	boolean delete(LocalDate day) {
		boolean deleted = jdbc.sql("delete from official_day where calendar_date = ?").param(day).update() > 0;
		byYear.remove(day.getYear());
		return deleted;
	}
}
