package org.bastion.common.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import jakarta.servlet.MultipartConfigElement;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Chinese first: zh-CN unless the user picked English with {@code ?lang=en}, remembered in a cookie.
 * JSON text fields take only JSON strings.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("bastion-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** {@code {"name": 123}} is refused (400), not read as the name "123": a number or boolean is no text. */
	@Bean
	JsonMapperBuilderCustomizer scalarsAreNoText() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/** Just before the security filters, which would otherwise be the first to trip over an oversized upload. */
	@Bean
	FilterRegistrationBean<UploadLimit> uploadLimit(ObjectProvider<MultipartConfigElement> multipart, MessageSource messages,
			LocaleResolver localeResolver, JsonMapper json) {
		MultipartConfigElement config = multipart.getIfAvailable();
		long max = config == null ? -1 : config.getMaxRequestSize();
		FilterRegistrationBean<UploadLimit> registration = new FilterRegistrationBean<>(
				new UploadLimit(max, messages, localeResolver, json));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	/**
	 * Our static files and the WebJars, each under its own path. Boot's default handler for {@code /**} made
	 * every link on a page ({@code @{/people?page=2}}, a row's {@code /people/12} …) a resource to look for in
	 * every jar of the class path while the page rendered (the resource chain rewrites links to versioned
	 * WebJar paths); with these paths only the stylesheet, scripts, icons and WebJars are looked up, once each.
	 * {@code spring.web.resources.add-mappings} is off.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/")
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
