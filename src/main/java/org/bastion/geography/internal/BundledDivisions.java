package org.bastion.geography.internal;

import org.bastion.geography.DivisionImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads Fujian's divisions, shipped with the application, into an empty database, so a new
 * installation has real geography without the national files. Runs before the demo data.
 */
@Component
@Profile("!command")
@Order(0)
@ConditionalOnProperty(name = "bastion.geography.load-bundled", havingValue = "true", matchIfMissing = true)
class BundledDivisions implements ApplicationRunner {

	static final String LOCATION = "geography/divisions";
	private static final Logger log = LoggerFactory.getLogger(BundledDivisions.class);

	private final DivisionImporter importer;
	private final JdbcClient jdbc;

	BundledDivisions(DivisionImporter importer, JdbcClient jdbc) {
		this.importer = importer;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (jdbc.sql("select count(*) from division").query(Long.class).single() > 0) {
			return;
		}
		DivisionImportReport report = importer.importFrom(DivisionSource.classpath(LOCATION), "");
		if (!report.ok()) {
			throw new IllegalStateException("bundled divisions are invalid: " + report.errors());
		}
		log.info("Loaded {} bundled divisions (Fujian) in {} ms", report.inserted(), report.millis());
	}
}
