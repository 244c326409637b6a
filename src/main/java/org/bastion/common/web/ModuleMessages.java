package org.bastion.common.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns its messages in {@code messages/<module>.properties} (Chinese) and
 * {@code messages/<module>_en.properties}; every bundle found there is used, so that adding a module
 * never means editing a shared list.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

	private static final Pattern LOCALE_SUFFIX = Pattern.compile("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$");

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		String[] basenames = Arrays.stream(bundles)
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.map(name -> "messages/" + LOCALE_SUFFIX.matcher(name).replaceFirst(""))
			.distinct()
			.sorted()
			.toArray(String[]::new);
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
