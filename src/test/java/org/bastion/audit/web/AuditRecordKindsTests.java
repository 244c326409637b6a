package org.bastion.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every kind of record the modules audit or refuse as not found has a name in Chinese and in English. */
class AuditRecordKindsTests {

	private static final List<Pattern> KINDS = List.of(
			Pattern.compile("AuditEvent\\.\\w+\\(\\s*\"([a-z_.]+)\""),
			Pattern.compile("AuditAction\\.\\w+,\\s*\"([a-z_.]+)\""),
			Pattern.compile("\\b(?:ENTITY|POSITION)\\s*=\\s*\"([a-z_.]+)\""),
			Pattern.compile("\\bnotFound\\(\\s*\"([a-z_. ]+)\""),
			Pattern.compile("\\bfound\\([^;]*?,\\s*\"([a-z_. ]+)\",\\s*\\w+\\)"));

	@Test
	void everyAuditedOrRefusedRecordKindHasANameInBothLanguages() throws IOException {
		Set<String> kinds = kinds();
		assertThat(kinds).contains("person", "pairing", "reserve_candidate", "user", "audit_entry");
		Set<String> chinese = keys("");
		Set<String> english = keys("_en");
		assertThat(kinds.stream().filter(k -> !chinese.contains(k)).toList()).as("in messages/<module>.properties").isEmpty();
		assertThat(kinds.stream().filter(k -> !english.contains(k)).toList()).as("in messages/<module>_en.properties").isEmpty();
	}

	private static Set<String> kinds() throws IOException {
		Set<String> kinds = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/bastion"))) {
			for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(f).replaceAll("\\s+", " ");
				for (Pattern p : KINDS) {
					Matcher m = p.matcher(text);
					while (m.find()) {
						kinds.add(m.group(1));
					}
				}
			}
		}
		return kinds;
	}

	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path f : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties")).toList()) {
				Properties p = new Properties();
				try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
					p.load(r);
				}
				keys.addAll(p.stringPropertyNames());
			}
		}
		return keys;
	}
}
