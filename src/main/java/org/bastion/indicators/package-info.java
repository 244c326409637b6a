/**
 * Indicators (指标): every published figure defined once and computed from the records behind it,
 * for any period and any organization subtree the viewer may see, with the records behind each
 * value (drill-down), monthly history and a breakdown by child organization. See
 * {@code docs/indicators.md}.
 *
 * <p>A module contributes its indicators by implementing {@link org.bastion.indicators.IndicatorProvider}
 * (a bean) and publishing {@link org.bastion.indicators.IndicatorSourcesChanged} after its records
 * change; the engine keeps the facts in its own table and never reads another module's tables nor
 * knows a module by name. Readers use {@link org.bastion.indicators.Indicators}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = {"organization", "platform"})
package org.bastion.indicators;
