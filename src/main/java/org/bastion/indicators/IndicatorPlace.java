package org.bastion.indicators;

/**
 * Where a fact lies in the tree, for scope and breakdown: the owner organization and/or the
 * division (a village's code, a household's registration). A fact is in a scope when its organization
 * or its division is; it lies in a child organization's part when it lies in that child's subtree
 * or the divisions the child governs. At least one of the two is given.
 */
public record IndicatorPlace(Long organizationId, String divisionCode) {

	public IndicatorPlace {
		if (organizationId == null && (divisionCode == null || divisionCode.isBlank())) {
			throw new IllegalArgumentException("a place names an organization or a division");
		}
	}

	public static IndicatorPlace organization(long organizationId) {
		return new IndicatorPlace(organizationId, null);
	}

	public static IndicatorPlace of(Long organizationId, String divisionCode) {
		return new IndicatorPlace(organizationId, divisionCode);
	}
}
