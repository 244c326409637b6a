package org.bastion.dashboard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * The CJK font shipped for the PDF report: WenQuanYi Micro Hei (文泉驿微米黑, Apache License 2.0), cut down
 * to the GB 2312 characters, ASCII, common punctuation and the rarer characters of Fujian's division names
 * (resources {@code dashboard/fonts/}, where its licence and how it was cut lie beside it). The PDF
 * embeds the glyphs it uses, so a reader needs no font of its own.
 */
final class ReportFont {

	static final String RESOURCE = "dashboard/fonts/WenQuanYiMicroHei-GB2312.ttf";

	private static volatile byte[] bytes;

	private ReportFont() {
	}

	/** The font file, read once. */
	static byte[] bytes() {
		byte[] read = bytes;
		if (read == null) {
			try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
				read = in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("the report font " + RESOURCE + " is missing", e);
			}
			bytes = read;
		}
		return read;
	}
}
