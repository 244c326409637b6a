package org.bastion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A class that outgrows 400 lines is cut along its domain before it lands (style: no main class over 400 lines). */
class ClassSizeTests {

	private static final int MAX_LINES = 400;

	@Test
	void noMainClassIsOverFourHundredLines() throws IOException {
		List<String> oversized;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			oversized = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
				.map(f -> f + ": " + lines(f) + " lines").toList();
		}
		assertThat(oversized).isEmpty();
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
