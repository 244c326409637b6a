package org.bastion.indicators;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An indicator, defined once by its owning module.
 *
 * @param code the stable key of the catalogue ({@code ../shared/spec/indicators.md}), e.g.
 * {@code pairing.n1.cadres}: lower case words joined by dots
 * @param name what users read, e.g. 结对帮扶干部 / Cadres in N+1 pairings
 * @param module the owning module's name, e.g. {@code pairing}
 * @param definition one sentence shown to users: what is counted, in which scope and period
 * @param numerator for a {@link IndicatorKind#RATIO}: the code of the indicator on top; else null
 * @param denominator for a {@link IndicatorKind#RATIO}: the code of the base; else null
 * @param order where the indicator stands among its module's, smallest first
 */
public record IndicatorDefinition(String code, Text name, IndicatorUnit unit, IndicatorKind kind, String module,
		Text definition, String numerator, String denominator, int order) {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

	public IndicatorDefinition {
		Objects.requireNonNull(code, "code");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("indicator code " + code + " is not lower-case words joined by dots");
		}
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(definition, "definition");
		if ((kind == IndicatorKind.RATIO) != (numerator != null && denominator != null)) {
			throw new IllegalArgumentException("indicator " + code + ": a ratio, and only a ratio, names a numerator and a denominator");
		}
	}

	/** A count of distinct records whose validity overlaps the period. */
	public static IndicatorDefinition count(String module, int order, String code, Text name, IndicatorUnit unit, Text definition) {
		return new IndicatorDefinition(code, name, unit, IndicatorKind.DISTINCT_COUNT, module, definition, null, null, order);
	}

	/** A count of distinct records valid on the period's last day. */
	public static IndicatorDefinition stock(String module, int order, String code, Text name, Text definition) {
		return new IndicatorDefinition(code, name, IndicatorUnit.COUNT, IndicatorKind.STOCK, module, definition, null, null, order);
	}

	/** A sum of the amounts on the records of the period. */
	public static IndicatorDefinition sum(String module, int order, String code, Text name, IndicatorUnit unit, Text definition) {
		return new IndicatorDefinition(code, name, unit, IndicatorKind.SUM, module, definition, null, null, order);
	}

	/** A percentage of two other indicators. */
	public static IndicatorDefinition ratio(String module, int order, String code, Text name, Text definition,
			String numerator, String denominator) {
		return new IndicatorDefinition(code, name, IndicatorUnit.PERCENT, IndicatorKind.RATIO, module, definition,
				numerator, denominator, order);
	}

	/** Whether the value is computed from facts of its own (everything but a ratio). */
	public boolean hasFacts() {
		return kind != IndicatorKind.RATIO;
	}
}
