package org.bastion.platform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.bastion.common.OwnerOnlyFiles;
import org.bastion.common.security.SignedIn;
import org.bastion.platform.FileExport;
import org.bastion.platform.FileExports;
import org.bastion.platform.LongWork;
import org.bastion.platform.WorkResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link FileExports}: a small export straight to the response, a big one as long work whose file
 * is written to an owner-only temporary file (SXSSF keeps only a window of rows in memory), then kept
 * in {@code platform_work_file} for its owner. The work writes in the submitter's language.
 */
@Service
class ExcelFileExports implements FileExports {

	private final LongWork longWork;
	private final WorkFiles files;
	private final MessageSource messages;
	private final Clock clock;
	private final long longWorkRows;
	private final int keepDays;

	ExcelFileExports(LongWork longWork, WorkFiles files, MessageSource messages, Clock clock,
			@Value("${bastion.export.long-work-rows:2000}") long longWorkRows, @Value("${bastion.export.keep-days:3}") int keepDays) {
		this.longWork = longWork;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
		this.longWorkRows = longWorkRows;
		this.keepDays = keepDays;
	}

	@Override
	public String answer(FileExport export, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (export.rows() <= longWorkRows) {
			WorkFiles.attachment(response, WorkFiles.XLSX, export.fileName());
			OutputStream out = response.getOutputStream();
			export.body().write(out, rows -> {
			});
			out.flush();
			return null;
		}
		if (!"POST".equals(request.getMethod())) {
			List<Param> params = new ArrayList<>();
			request.getParameterMap().forEach((name, values) -> Arrays.stream(values).forEach(v -> params.add(new Param(name, v))));
			request.setAttribute("export", new Offer(export.fileName(), export.rows(), longWorkRows, keepDays,
					new UrlPathHelper().getPathWithinApplication(request), params));
			return "work/export";
		}
		return "redirect:" + LongWork.progressPage(start(export));
	}

	/** What the offer page shows: the file, its rows, the threshold, how long it is kept, where to POST what. */
	public record Offer(String fileName, long rows, long longWorkRows, int keepDays, String action, List<Param> params) {
	}

	/** One of the export's filters, posted again as a hidden field. */
	public record Param(String name, String value) {
	}

	private long start(FileExport export) {
		Locale locale = LocaleContextHolder.getLocale();
		String owner = SignedIn.authentication().map(a -> a.getName()).orElse("");
		String title = chinese("platform.export.title", export.fileName(), count(export.rows()));
		return longWork.start(export.kind(), owner, title, progress -> {
			progress.phase("platform.export.phase");
			progress.total(export.rows());
			AtomicLong written = new AtomicLong();
			Path file = OwnerOnlyFiles.file(Files.createTempFile("bastion-export-", ".xlsx"));
			LocaleContextHolder.setLocale(locale);
			try {
				try (OutputStream out = Files.newOutputStream(file)) {
					export.body().write(out, rows -> {
						written.set(rows);
						progress.done(rows);
					});
				}
				progress.phase("platform.export.phase.keep");
				files.save(progress.workId(), export.fileName(), file, clock.instant());
				return WorkResult.of(FileExports.fileLink(progress.workId()),
						chinese("platform.export.summary", count(written.get())));
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
				Files.deleteIfExists(file);
			}
		});
	}

	private static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	private String chinese(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
