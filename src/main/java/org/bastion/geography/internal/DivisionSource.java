package org.bastion.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.bastion.geography.DivisionLevel;
import org.springframework.core.io.ClassPathResource;

/**
 * Where the five division files come from: a folder on disk (the full national set, for the import
 * command) or the application's own resources (Fujian, shipped so the app runs anywhere). Each
 * file may be plain {@code .csv} or gzipped {@code .csv.gz}.
 */
interface DivisionSource {

	String describe();

	/** The file for a level, opened, or null when the source has none. */
	BufferedReader open(DivisionLevel level) throws IOException;

	static String fileName(DivisionLevel level) {
		return switch (level) {
			case PROVINCE -> "provinces";
			case CITY -> "cities";
			case COUNTY -> "areas";
			case TOWNSHIP -> "streets";
			case VILLAGE -> "villages";
		};
	}

	static DivisionSource folder(Path folder) {
		return new DivisionSource() {
			@Override
			public String describe() {
				return folder.toString();
			}

			@Override
			public BufferedReader open(DivisionLevel level) throws IOException {
				Path gz = folder.resolve(fileName(level) + ".csv.gz");
				Path plain = folder.resolve(fileName(level) + ".csv");
				if (Files.exists(gz)) {
					return reader(new GZIPInputStream(Files.newInputStream(gz), 1 << 16));
				}
				return Files.exists(plain) ? reader(Files.newInputStream(plain)) : null;
			}
		};
	}

	static DivisionSource classpath(String location) {
		return new DivisionSource() {
			@Override
			public String describe() {
				return "classpath:" + location;
			}

			@Override
			public BufferedReader open(DivisionLevel level) throws IOException {
				ClassPathResource resource = new ClassPathResource(location + "/" + fileName(level) + ".csv.gz");
				return resource.exists() ? reader(new GZIPInputStream(resource.getInputStream(), 1 << 16)) : null;
			}
		};
	}

	private static BufferedReader reader(InputStream in) {
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
	}
}
