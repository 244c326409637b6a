package org.bastion.organization.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bastion.common.DomainException;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.scope.DataScope;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationView;
import org.springframework.stereotype.Component;

/**
 * An organization governs no land its parent does not: its division lies within (equals or lies
 * below) the division of its nearest ancestor tied to one. A data scope takes in the divisions its
 * organizations are tied to, so this keeps a scoped caller from widening their own scope by tying,
 * revising or moving an organization: they tie organizations only to divisions of their scope, and
 * never change the division or the parent of an organization at the top of their scope.
 */
@Component
class DivisionBounds {

	private final OrganizationRepository organizations;
	private final Divisions divisions;

	DivisionBounds(OrganizationRepository organizations, Divisions divisions) {
		this.organizations = organizations;
		this.divisions = divisions;
	}

	/** The code stripped, or null when blank or, with a fault, when no such division exists. */
	String known(String code, List<FieldFault> faults) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String stripped = code.strip();
		if (!divisions.exists(stripped)) {
			faults.add(new FieldFault("divisionCode", "organization.division.unknown", stripped));
			return null;
		}
		return stripped;
	}

	/** The codes among these that name a division. */
	Set<String> known(Collection<String> codes) {
		return codes.isEmpty() ? Set.of() : divisions.findAll(codes).keySet();
	}

	/** The division an organization governs: its own, else its nearest ancestor's; null when none on its path. */
	String governedBy(Long id) {
		return id == null ? null : nearest(organizations.path(id));
	}

	/** {@link #governedBy} of several organizations in one query, by id. */
	Map<Long, String> governedBy(Collection<Long> ids) {
		Map<Long, String> governed = new HashMap<>();
		organizations.paths(ids, DataScope.everything()).forEach((id, path) -> governed.put(id, nearest(path)));
		return governed;
	}

	private static String nearest(List<OrganizationView> rootFirst) {
		for (int i = rootFirst.size() - 1; i >= 0; i--) {
			if (rootFirst.get(i).divisionCode() != null) {
				return rootFirst.get(i).divisionCode();
			}
		}
		return null;
	}

	/**
	 * A fault when {@code code} may not be tied to an organization whose parent governs {@code bound}:
	 * outside the bound, or, for a scoped caller, outside their scope.
	 */
	void checkTie(String code, String bound, DataScope scope, List<FieldFault> faults) {
		if (code == null) {
			return;
		}
		if (bound != null && !code.startsWith(bound)) {
			faults.add(new FieldFault("divisionCode", "organization.division.outsideParent", code, bound));
		}
		else if (!scope.coversDivision(code)) {
			faults.add(new FieldFault("divisionCode", "organization.division.outsideScope", code));
		}
	}

	/** The faults of changing an organization's division from what it is to {@code code}. */
	void checkRevision(OrganizationView current, String code, DataScope scope, List<FieldFault> faults) {
		if (Objects.equals(code, current.divisionCode())) {
			return;
		}
		if (topOfScope(scope, current)) {
			faults.add(new FieldFault("divisionCode", "organization.division.scopeTop", current.name()));
			return;
		}
		checkTie(code, governedBy(current.parentId()), scope, faults);
		if (code != null) {
			organizations.subtreeDivisions(current.id(), false).stream().filter(c -> !c.startsWith(code)).findFirst()
				.ifPresent(c -> faults.add(new FieldFault("divisionCode", "organization.division.belowOutside", c, code)));
		}
	}

	/**
	 * Refused (400 on {@code field}) when a live organization of the subtree is tied to a division
	 * outside the one the new parent governs.
	 */
	void requireSubtreeFits(OrganizationView moved, OrganizationView newParent, String field) {
		String bound = governedBy(newParent.id());
		if (bound == null) {
			return;
		}
		organizations.subtreeDivisions(moved.id(), true).stream().filter(c -> !c.startsWith(bound)).findFirst()
			.ifPresent(c -> {
				throw DomainException.invalidField(field, "organization.move.outsideDivision", moved.name(), c,
						newParent.name(), bound);
			});
	}

	/** Refused (400) when a scoped caller moves an organization at the top of their scope. */
	static void requireNotTopOfScope(DataScope scope, OrganizationView moved) {
		if (topOfScope(scope, moved)) {
			throw DomainException.invalidField("newParentId", "organization.move.scopeTop", moved.name());
		}
	}

	/** In a restricted scope with its parent outside it (or none): where the caller's scope begins. */
	static boolean topOfScope(DataScope scope, OrganizationView o) {
		return !scope.unrestricted() && scope.coversOrganization(o.id())
				&& (o.parentId() == null || !scope.coversOrganization(o.parentId()));
	}
}
