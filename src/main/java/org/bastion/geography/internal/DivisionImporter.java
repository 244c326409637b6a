package org.bastion.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.bastion.common.audit.AuditEvent;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.DivisionImportReport;
import org.bastion.geography.DivisionImportReport.RowError;
import org.bastion.geography.DivisionLevel;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the five NBS division files. The whole set is read and checked first — code lengths, each
 * code's prefix being its parent's code, parents present, no duplicates — and only a clean set is
 * written, in one transaction: new codes inserted, changed names or parents updated, equal rows
 * left alone, so a second run of the same files changes nothing. Codes absent from the files are
 * kept, since people and organizations may refer to them.
 */
@Component
class DivisionImporter {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);
	private static final int MAX_REPORTED = 200;
	private static final int BATCH = 5_000;

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final DivisionRepository repository;
	private final ApplicationEventPublisher events;

	DivisionImporter(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate tx, DivisionRepository repository,
			ApplicationEventPublisher events) {
		this.events = events;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.tx = tx;
		this.repository = repository;
	}

	record Row(String code, String name, DivisionLevel level, String parentCode) {
		CommitteeKind kind() {
			return level == DivisionLevel.VILLAGE ? CommitteeKind.ofName(name) : null;
		}
	}

	/**
	 * @param codePrefix only rows whose code starts with it (e.g. {@code 35} for Fujian, {@code 350424} for
	 * Ninghua); empty for everything. Rows above the prefix's level on its path are kept too.
	 */
	DivisionImportReport importFrom(DivisionSource source, String codePrefix) throws IOException {
		return importFrom(source, codePrefix, SYSTEM);
	}

	/**
	 * Imports and records the import, with its counts, in the audit trail as done by {@code actor}
	 * (imports run outside any signed-in request: the operating-system user, or {@value #SYSTEM}).
	 */
	DivisionImportReport importFrom(DivisionSource source, String codePrefix, String actor) throws IOException {
		long start = System.currentTimeMillis();
		String prefix = codePrefix == null ? "" : codePrefix;
		Map<String, Row> rows = new HashMap<>(1 << 20);
		List<RowError> errors = new ArrayList<>();
		long[] errorCount = {0};
		List<List<Row>> byLevel = new ArrayList<>();
		for (DivisionLevel level : DivisionLevel.values()) {
			List<Row> levelRows = read(source, level, prefix, rows, errors, errorCount);
			byLevel.add(levelRows);
		}
		long read = rows.size();
		if (errorCount[0] > 0) {
			return new DivisionImportReport(read, 0, 0, 0, List.copyOf(errors), errorCount[0], System.currentTimeMillis() - start);
		}
		long[] counts = tx.execute(status -> {
			long[] written = write(byLevel, prefix);
			events.publishEvent(AuditEvent.imported("division", "%s, prefix '%s': %d read, %d inserted, %d updated"
					.formatted(source.describe(), prefix, read, written[0], written[1])).by(actor, null));
			return written;
		});
		repository.evictAll();
		DivisionImportReport report = new DivisionImportReport(read, counts[0], counts[1], read - counts[0] - counts[1],
				List.of(), 0, System.currentTimeMillis() - start);
		log.info("Imported divisions from {} (prefix '{}'): {} read, {} inserted, {} updated in {} ms", source.describe(),
				prefix, report.read(), report.inserted(), report.updated(), report.millis());
		return report;
	}

	private List<Row> read(DivisionSource source, DivisionLevel level, String prefix, Map<String, Row> rows,
			List<RowError> errors, long[] errorCount) throws IOException {
		String file = DivisionSource.fileName(level) + ".csv";
		List<Row> result = new ArrayList<>();
		try (BufferedReader reader = source.open(level)) {
			if (reader == null) {
				if (level == DivisionLevel.PROVINCE) {
					fault(errors, errorCount, file, 0, "文件不存在 (file missing)");
				}
				return result;
			}
			String header = reader.readLine();
			if (header == null) {
				fault(errors, errorCount, file, 1, "文件为空 (empty file)");
				return result;
			}
			List<String> columns = Csv.split(stripBom(header));
			int codeAt = columns.indexOf("code");
			int nameAt = columns.indexOf("name");
			String parentColumn = switch (level) {
				case PROVINCE -> null;
				case CITY -> "provinceCode";
				case COUNTY -> "cityCode";
				case TOWNSHIP -> "areaCode";
				case VILLAGE -> "streetCode";
			};
			int parentAt = parentColumn == null ? -1 : columns.indexOf(parentColumn);
			if (codeAt < 0 || nameAt < 0 || (parentColumn != null && parentAt < 0)) {
				fault(errors, errorCount, file, 1, "表头缺少 code、name" + (parentColumn == null ? "" : " 或 " + parentColumn)
						+ " 列 (header lacks a required column)");
				return result;
			}
			String line;
			long lineNo = 1;
			while ((line = reader.readLine()) != null) {
				lineNo++;
				if (line.isBlank()) {
					continue;
				}
				List<String> cells = Csv.split(line);
				if (cells.size() != columns.size()) {
					fault(errors, errorCount, file, lineNo, "列数为 " + cells.size() + "，应为 " + columns.size()
							+ " (wrong number of columns)");
					continue;
				}
				String code = cells.get(codeAt).strip();
				if (!inScope(code, prefix)) {
					continue;
				}
				String name = cells.get(nameAt).strip();
				String parent = parentAt < 0 ? null : cells.get(parentAt).strip();
				String fault = check(level, code, name, parent, rows);
				if (fault != null) {
					fault(errors, errorCount, file, lineNo, fault);
					continue;
				}
				Row row = new Row(code, name, level, parent);
				rows.put(code, row);
				result.add(row);
			}
		}
		return result;
	}

	/** A row is in scope when it lies under the prefix or on the path down to it. */
	private static boolean inScope(String code, String prefix) {
		return code.startsWith(prefix) || prefix.startsWith(code);
	}

	private String check(DivisionLevel level, String code, String name, String parent, Map<String, Row> rows) {
		if (code.length() != level.codeLength() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return "代码 " + code + " 不是 " + level.codeLength() + " 位数字 (code must be " + level.codeLength() + " digits)";
		}
		if (name.isEmpty() || name.length() > 100) {
			return "代码 " + code + " 的名称为空或过长 (name empty or too long)";
		}
		if (rows.containsKey(code)) {
			return "代码 " + code + " 重复 (duplicate code)";
		}
		if (parent != null) {
			if (!code.startsWith(parent) || parent.length() != level.parent().codeLength()) {
				return "代码 " + code + " 的前缀与上级代码 " + parent + " 不符 (code prefix differs from parent code)";
			}
			if (!rows.containsKey(parent) && repository.find(parent).isEmpty()) {
				return "上级代码 " + parent + " 不存在 (parent code unknown)";
			}
		}
		return null;
	}

	private static void fault(List<RowError> errors, long[] count, String file, long line, String message) {
		count[0]++;
		if (errors.size() < MAX_REPORTED) {
			errors.add(new RowError(file, line, message));
		}
	}

	private static String stripBom(String header) {
		return header.startsWith("\uFEFF") ? header.substring(1) : header;
	}

	private long[] write(List<List<Row>> byLevel, String prefix) {
		Map<String, Row> existing = loadExisting(prefix);
		long inserted = 0;
		long updated = 0;
		for (List<Row> levelRows : byLevel) {
			List<Row> inserts = new ArrayList<>();
			List<Row> updates = new ArrayList<>();
			for (Row row : levelRows) {
				Row old = existing.get(row.code());
				if (old == null) {
					inserts.add(row);
				}
				else if (!old.name().equals(row.name()) || !Objects.equals(old.parentCode(), row.parentCode())) {
					updates.add(row);
				}
			}
			insert(inserts);
			for (int i = 0; i < updates.size(); i += BATCH) {
				List<Row> chunk = updates.subList(i, Math.min(updates.size(), i + BATCH));
				jdbc.batchUpdate("update division set name = ?, parent_code = ?, committee_kind = ? where code = ?", chunk,
						chunk.size(), (ps, row) -> {
							ps.setString(1, row.name());
							ps.setString(2, row.parentCode());
							ps.setString(3, row.kind() == null ? null : row.kind().name());
							ps.setString(4, row.code());
						});
			}
			inserted += inserts.size();
			updated += updates.size();
		}
		return new long[] {inserted, updated};
	}

	private Map<String, Row> loadExisting(String prefix) {
		Map<String, Row> existing = new HashMap<>(1 << 20);
		jdbc.query("select code, name, level, parent_code from division where code like ? or cast(? as varchar(12)) like code || '%'",
				rs -> {
					existing.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2),
							DivisionLevel.valueOf(rs.getString(3)), rs.getString(4)));
				}, prefix + "%", prefix);
		return existing;
	}

	private void insert(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				// COPY is an order of magnitude faster than batched inserts for the national set
				PGConnection pg = connection.unwrap(PGConnection.class);
				pg.getCopyAPI().copyIn(
						"copy division (code, name, level, parent_code, committee_kind) from stdin with (format csv)",
						new CsvRowsReader(rows.iterator()));
				return;
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("bulk copy of divisions failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		for (int i = 0; i < rows.size(); i += BATCH) {
			List<Row> chunk = rows.subList(i, Math.min(rows.size(), i + BATCH));
			jdbc.batchUpdate("insert into division (code, name, level, parent_code, committee_kind) values (?, ?, ?, ?, ?)",
					chunk, chunk.size(), (ps, row) -> {
						ps.setString(1, row.code());
						ps.setString(2, row.name());
						ps.setString(3, row.level().name());
						ps.setString(4, row.parentCode());
						ps.setString(5, row.kind() == null ? null : row.kind().name());
					});
		}
	}

	/** Streams rows as CSV text for COPY without building one big string. */
	private static final class CsvRowsReader extends Reader {

		private final Iterator<Row> rows;
		private String current = "";
		private int position;

		CsvRowsReader(Iterator<Row> rows) {
			this.rows = rows;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (position >= current.length()) {
				if (!rows.hasNext()) {
					return -1;
				}
				Row row = rows.next();
				current = row.code() + "," + Csv.quote(row.name()) + "," + row.level().name() + ","
						+ (row.parentCode() == null ? "" : row.parentCode()) + ","
						+ (row.kind() == null ? "" : row.kind().name()) + "\n";
				position = 0;
			}
			int n = Math.min(length, current.length() - position);
			current.getChars(position, position + n, buffer, offset);
			position += n;
			return n;
		}

		@Override
		public void close() {
		}
	}
}
