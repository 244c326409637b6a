package org.bastion.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V58 turns the typed counters of visits into records and V59 drops them: the figures they summed —
 * funds, projects, cooperatives, households employed — are the same counted from the records.
 */
class TypedVisitCountersMigrationTests {

	@Test
	void theTypedCountersBecomeRecordsWithTheSameTotals() {
		// one connection throughout: H2 evaluates a check constraint in the session that made it
		SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:visits-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
		try {
			Flyway.configure().dataSource(db).locations("classpath:db/migration").target("57").load().migrate();
			JdbcClient jdbc = JdbcClient.create(db);
			String pairing = """
					insert into pairing (id, kind, left_id, right_id, left_name, right_name, left_organization_id, right_organization_id,
					  right_division, starts_on, status, ends_on, end_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
			jdbc.sql(pairing).params(1, "BRANCH_VILLAGE", 10, 20, "县委办机关支部", "团结村支部", 10, 20, "350424106209",
					LocalDate.of(2025, 3, 1), "ACTIVE", null, null).update();
			jdbc.sql(pairing).params(2, "N_PLUS_ONE", 30, 40, "张三", "李四户", null, null, "350424106209", LocalDate.of(2025, 3, 1),
					"ENDED", LocalDate.of(2026, 11, 30), "干部调离").update();
			jdbc.sql("""
					insert into pairing_visit (pairing_id, visit_type, visited_on, visitor, content, funds_yuan, projects, cooperatives,
					  households_employed)
					values (1, 'HELP', date '2026-06-18', '县委办', '协调资金', 50000.50, 2, 1, 3),
					       (1, 'VISIT', date '2026-03-05', '县委办', '走访', 0, 0, 0, 0),
					       (1, 'HELP', date '2026-09-01', '县委办', '产业项目', 20000, 1, 0, 2),
					       (2, 'HELP', date '2026-07-01', '张三', '无组织的一方', 999, 1, 1, 1)""").update();

			Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

			assertThat(jdbc.sql("select sum(amount_yuan) from fund_entry where kind = 'ASSISTANCE' and record_type = 'pairing' and record_id = 1")
				.query(BigDecimal.class).single()).isEqualByComparingTo("70000.50");
			assertThat(jdbc.sql("select count(*) from project where kind = 'ASSISTANCE' and record_id = 1 and status = 'UNDER_WAY'")
				.query(Long.class).single()).isEqualTo(3);
			assertThat(jdbc.sql("select count(*) from project where kind = 'COOPERATIVE' and record_id = 1").query(Long.class).single())
				.isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from pairing_household_work where pairing_id = 1 and household_id is null")
				.query(Long.class).single()).isEqualTo(5);
			assertThat(jdbc.sql("select count(*) from pairing_household_work where pairing_id = 2").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from project where record_id = 2").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from project where village_code = '350424106209' and owner_organization_id = 20")
				.query(Long.class).single()).isEqualTo(4);
			assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'pairing_visit' and column_name in "
					+ "('funds_yuan', 'projects', 'cooperatives', 'households_employed')").query(Long.class).single()).isZero();
		}
		finally {
			db.destroy();
		}
	}
}
