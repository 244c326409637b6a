package org.bastion.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessagesTests {

	@Test
	void everyChineseLabelHasAnEnglishOneAndTheOtherWayRound() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		assertThat(bundles).isNotEmpty();
		for (Resource bundle : bundles) {
			String name = bundle.getFilename();
			if (name.endsWith("_en.properties")) {
				continue;
			}
			Resource english = bundle.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as("English bundle for %s", name).isTrue();
			assertThat(load(english).stringPropertyNames()).as("keys of %s in English", name)
				.containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
		}
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
