package org.bastion.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that uses the application the way a person does: the whole application on a random port
 * (with the same database and demo data as {@link IntegrationTest}) and a real headless Chromium
 * driven by Playwright. Test methods take a {@link com.microsoft.playwright.Page}, which is signed
 * out, in Chinese, 1280×800 (or 375×812 with {@link Phone}), and whose relative addresses go to the
 * application: {@code page.navigate("/divisions")}. See {@link BrowserExtension}, {@link Pages} and
 * {@link Axe}. Runs only with {@code ./mvnw verify -Pbrowser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
@ActiveProfiles(resolver = IntegrationTest.Profiles.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
