package org.bastion.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.bastion.common.DomainException;
import org.bastion.dashboard.internal.FiguresWorkbook;
import org.bastion.dashboard.internal.WorkReport;
import org.bastion.dashboard.internal.WorkReportDocx;
import org.bastion.dashboard.internal.WorkReportPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a work report as a file: written to memory first (a report is a few dozen kilobytes), so that a
 * failure is still an error page and not half a download; named 「宁化县基层党建工作简报（2026年）.pdf」.
 */
@Component
class ReportFiles {

	/** The formats a report is downloaded in. */
	enum Format {
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("application/pdf"),
		XLSX(DashboardPageController.XLSX);

		final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		/** docx, pdf or xlsx (any case); anything else is refused with {@code dashboard.report.format.invalid} (400). */
		static Format of(String name) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
					return f;
				}
			}
			throw new DomainException(DomainException.Kind.INVALID, "dashboard.report.format.invalid",
					List.of(new DomainException.FieldFault("format", "dashboard.report.format.invalid", name)), name);
		}

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	byte[] write(WorkReport report, Format format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (format) {
			case DOCX -> new WorkReportDocx().write(report, out);
			case PDF -> new WorkReportPdf().write(report, out);
			case XLSX -> new FiguresWorkbook().write(report, out);
		}
		return out.toByteArray();
	}

	void send(WorkReport report, Format format, HttpServletResponse response) throws IOException {
		byte[] file = write(report, format);
		response.setContentType(format.contentType);
		response.setContentLength(file.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(report.title() + "（" + report.periodText() + "）." + format.extension(), StandardCharsets.UTF_8)
			.build()
			.toString());
		response.getOutputStream().write(file);
	}
}
