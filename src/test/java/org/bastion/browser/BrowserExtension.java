package org.bastion.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs Debian's Chromium ({@code /usr/bin/chromium}, or {@code BASTION_CHROMIUM}) headless through
 * Playwright: one browser per test class, a fresh browser context (no cookies, locale zh-CN, 1280×800
 * or 375×812 for {@link Phone}) and page per test, given to test methods as a {@link Page} or
 * {@link BrowserContext} parameter. Playwright never downloads a browser of its own. When a test
 * fails, a screenshot and the page's HTML go to {@code target/browser-screenshots/}.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
		AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

	public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/**
	 * How long an action, a navigation or an assertion waits for its condition (the element, the page, the
	 * text) before failing. Everything waits for a condition, never for a fixed time, so this is only the upper
	 * bound: generous, because on a loaded 2-core machine a page that runs the solver or confirms a whole
	 * township's pairs takes many times its usual second (Playwright's own defaults are 30 s and 5 s).
	 */
	static final int PATIENCE_MILLIS = 60_000;

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic", "--disable-dev-shm-usage");

	static Path chromium() {
		String configured = System.getenv("BASTION_CHROMIUM");
		return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = chromium();
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("No Chromium at " + executable
					+ ": install Debian's (apt-get install chromium) or set BASTION_CHROMIUM to a Chromium executable");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MILLIS);
		// the driver would otherwise try to download Playwright's own browser builds
		Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
			store(context).put(Playwright.class, playwright);
			store(context).put(Browser.class, browser);
		}
		catch (RuntimeException e) {
			playwright.close();
			throw e;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = store(context).remove(Browser.class, Browser.class);
		Playwright playwright = store(context).remove(Playwright.class, Playwright.class);
		try {
			if (browser != null) {
				browser.close();
			}
		}
		finally {
			if (playwright != null) {
				playwright.close();
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = store(context).get(Browser.class, Browser.class);
		boolean phone = context.getElement().map(e -> AnnotationSupport.isAnnotated(e, Phone.class)).orElse(false)
				|| AnnotationSupport.isAnnotated(context.getRequiredTestClass(), Phone.class);
		Browser.NewContextOptions options = new Browser.NewContextOptions()
			.setBaseURL(baseUrl(context))
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai");
		if (phone) {
			options.setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
		}
		else {
			options.setViewportSize(1280, 800);
		}
		BrowserContext browserContext = browser.newContext(options);
		browserContext.setDefaultTimeout(PATIENCE_MILLIS);
		store(context).put(BrowserContext.class, browserContext);
		store(context).put(Page.class, browserContext.newPage());
	}

	/** Runs before {@code @AfterEach} methods, while the page still shows what went wrong. */
	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		Page page = store(context).get(Page.class, Page.class);
		if (page == null || page.isClosed()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "."
				+ context.getDisplayName().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		Files.createDirectories(SCREENSHOTS);
		Path png = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
		Files.writeString(SCREENSHOTS.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
		System.err.println("Browser test failed at " + page.url() + "; screenshot: " + png.toAbsolutePath());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		store(context).remove(Page.class);
		BrowserContext browserContext = store(context).remove(BrowserContext.class, BrowserContext.class);
		if (browserContext != null) {
			browserContext.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == BrowserContext.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return store(context).get(parameter.getParameter().getType());
	}

	private static String baseUrl(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("Browser tests need a running server: use @BrowserTest");
		}
		return "http://localhost:" + port;
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(NAMESPACE);
	}
}
