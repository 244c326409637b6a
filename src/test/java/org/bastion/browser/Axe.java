package org.bastion.browser;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * The axe-core accessibility scan, run inside the page. axe.min.js comes from the axe-core WebJar
 * on the test classpath, which the application under test serves from {@code /webjars/}, so the
 * page's Content-Security-Policy ({@code script-src 'self'}) stays on during the scan.
 */
public final class Axe {

	private static final String SCRIPT = "/webjars/axe-core/axe.min.js";

	private static final String RUN = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => ({ id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
			                 nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html + '\\n      '
			                                         + (n.failureSummary || '').replace(/\\n/g, '\\n      ')) }));
			}""";

	private Axe() {
	}

	/** Fails, listing each rule and element, when axe finds a serious or critical violation on the page as it is now. */
	public static void assertNoSeriousViolations(Page page) {
		List<Map<String, Object>> violations = seriousViolations(page);
		if (!violations.isEmpty()) {
			StringBuilder report = new StringBuilder()
				.append(violations.size()).append(" serious or critical accessibility violation(s) at ")
				.append(page.url()).append(" (").append(page.viewportSize().width).append(" px wide):");
			for (Map<String, Object> v : violations) {
				report.append("\n\n[").append(v.get("impact")).append("] ").append(v.get("id")).append(": ")
					.append(v.get("help")).append("  ").append(v.get("url"));
				for (Object node : (List<?>) v.get("nodes")) {
					report.append("\n  - ").append(node);
				}
			}
			fail(report.toString());
		}
	}

	/** The serious and critical violations axe finds: id, impact, help, url and the nodes, one string each. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> seriousViolations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setUrl(SCRIPT));
		}
		return (List<Map<String, Object>>) page.evaluate(RUN);
	}
}
