package org.bastion.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bastion.BastionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the application once on a fresh in-memory database (the demo data generated as at any
 * first start) and prints one digest line per table of everything generated, then exits. Run twice
 * in two JVMs by {@link DemoDeterminismTests}: each JVM has its own hash seed (the iteration order
 * of {@code Map.of}/{@code Set.of} and of enum or identity-keyed hash maps), so equal digests mean
 * the generation depends on the seed alone.
 */
public final class DemoDigest {

	static final String PREFIX = "DIGEST ";

	/** What a start writes besides the data: bookkeeping, times, salted or randomly encrypted values. */
	private static final Set<String> SKIPPED_TABLES = Set.of("flyway_schema_history", "event_publication",
			"event_publication_archive", "audit_entry", "audit_chain_head", "platform_work", "app_user", "app_user_role",
			"app_user_subtree", "api_token");
	private static final Pattern SKIPPED_TABLE_PREFIXES = Pattern.compile("^(qrtz_|spring_session).*");
	/** Randomly salted ciphertexts (their keyed hashes are kept) and the solver's wall-clock time. */
	private static final Set<String> SKIPPED_COLUMNS = Set.of("id_number", "mobile", "millis");

	private DemoDigest() {
	}

	public static void main(String[] args) throws Exception {
		String database = "jdbc:h2:mem:digest-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
		int status = 0;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BastionApplication.class).profiles("test")
			.properties("spring.datasource.url=" + database, "server.port=0", "logging.level.root=error",
					"logging.file.name=target/demo-digest.log")
			.run()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			for (String table : args) {
				// the rows themselves, to find what differs
				jdbc.queryForList("select * from " + table + " order by 1").forEach(row -> System.out.println("ROW " + table + " " + row));
			}
			digests(jdbc).forEach((table, digest) -> System.out.println(PREFIX + table + " " + digest));
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	static Map<String, String> digests(JdbcTemplate jdbc) {
		Map<String, String> digests = new TreeMap<>();
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
				+ "and table_type in ('BASE TABLE', 'TABLE') order by table_name", String.class);
		for (String table : tables) {
			if (SKIPPED_TABLES.contains(table) || SKIPPED_TABLE_PREFIXES.matcher(table).matches()) {
				continue;
			}
			List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'public' "
					+ "and table_name = ? and data_type not like '%TIME%' and data_type not like '%time%' order by ordinal_position",
					String.class, table).stream().filter(c -> !SKIPPED_COLUMNS.contains(c)).toList();
			if (columns.isEmpty()) {
				continue;
			}
			String list = String.join(", ", columns);
			MessageDigest sha = sha256();
			long[] rows = {0};
			jdbc.query("select " + list + " from " + table + " order by " + list, rs -> {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= columns.size(); c++) {
					row.append(rs.getString(c)).append('\u001f');
				}
				sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
				rows[0]++;
			});
			digests.put(table, rows[0] + " " + HexFormat.of().formatHex(sha.digest()));
		}
		return digests;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
