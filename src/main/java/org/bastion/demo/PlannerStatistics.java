package org.bastion.demo;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics current while a bulk load grows tables from nothing: without
 * them (autovacuum off, or not yet run) the planner believes the tables are empty and answers each
 * lookup of a thousand keys with a full scan. Refreshed after chunks 1, 2, 4, 8 … — whenever a
 * table may have doubled. Does nothing on other databases.
 */
@Component
class PlannerStatistics {

	private final JdbcTemplate jdbc;
	private final boolean postgres;
	private long chunks;

	PlannerStatistics(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
				meta -> meta.getDatabaseProductName()));
	}

	void grew() {
		chunks++;
		if (Long.bitCount(chunks) == 1) {
			refresh();
		}
	}

	void refresh() {
		if (postgres) {
			jdbc.execute("analyze");
		}
	}
}
