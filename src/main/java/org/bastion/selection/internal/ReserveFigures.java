package org.bastion.selection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.bastion.common.Period;
import org.bastion.common.security.Authorities;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.bastion.selection.internal.Reserve.Figures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The reserve.* figures for the caller's whole scope and a period, a thin view over the indicator
 * engine ({@link SelectionIndicators}: the pool at the period's end, the classes that started in it,
 * the share of that pool with a named mentor, the removals in it).
 */
@Service
@PreAuthorize("hasAuthority('" + Authorities.SELECTION_READ + "')")
public class ReserveFigures {

	private final Indicators indicators;

	ReserveFigures(Indicators indicators) {
		this.indicators = indicators;
	}

	public Figures figures(LocalDate from, LocalDate to) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (IndicatorValue v : indicators.values(null, Period.of(from, to))) {
			if (v.code().startsWith("reserve.")) {
				values.put(v.code(), v.value());
			}
		}
		return new Figures(from, to, count(values, SelectionIndicators.POOL), count(values, "reserve.classes.demonstration"),
				count(values, "reserve.classes.basic"), values.get("reserve.mentor_coverage"), count(values, "reserve.removed"));
	}

	private static long count(Map<String, BigDecimal> values, String code) {
		return values.get(code).longValueExact();
	}
}
