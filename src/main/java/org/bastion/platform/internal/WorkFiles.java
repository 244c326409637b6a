package org.bastion.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The files long work made ({@code platform_work_file}), one per work, streamed in and out of the
 * database. Whose file it is, is the caller's to check: {@link org.bastion.platform.LongWork#find}
 * answers only the owner.
 */
@Repository
public class WorkFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final JdbcTemplate jdbc;

	WorkFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(long workId, String fileName, Path file, Instant now) throws IOException {
		long size = Files.size(file);
		try (InputStream in = Files.newInputStream(file)) {
			jdbc.update("insert into platform_work_file (work_id, file_name, content_type, size_bytes, created_at, content)"
					+ " values (?, ?, ?, ?, ?, ?)", ps -> {
						ps.setLong(1, workId);
						ps.setString(2, fileName);
						ps.setString(3, XLSX);
						ps.setLong(4, size);
						ps.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
						ps.setBinaryStream(6, in, size);
					});
		}
	}

	/** Writes the work's file to the response as a download; false when it has none (any more). */
	public boolean download(long workId, HttpServletResponse response) {
		Boolean found = jdbc.query("select file_name, content_type, size_bytes, content from platform_work_file where work_id = ?",
				rs -> {
					if (!rs.next()) {
						return false;
					}
					attachment(response, rs.getString("content_type"), rs.getString("file_name"));
					response.setContentLengthLong(rs.getLong("size_bytes"));
					try (InputStream in = rs.getBinaryStream("content")) {
						OutputStream out = response.getOutputStream();
						in.transferTo(out);
						out.flush();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return true;
				}, workId);
		return Boolean.TRUE.equals(found);
	}

	/** Deletes the files made before {@code before}; how many. */
	int deleteBefore(Instant before) {
		return jdbc.update("delete from platform_work_file where created_at < ?", OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
	}

	static void attachment(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}
