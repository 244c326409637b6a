package org.bastion.indicators.internal;

import java.util.List;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.SubtreeCoverage;
import org.springframework.stereotype.Component;

/**
 * Turns a requested scope root into what the facts are filtered by: the caller's data scope, and
 * the subtree of the root (its organizations and governed divisions) within it.
 */
@Component
class Subtrees {

	/** The root id of a caller's whole scope that has no topmost organization (divisions or persons only). */
	static final long WHOLE_SCOPE = 0;

	private final DataScopes scopes;
	private final Organizations organizations;

	Subtrees(DataScopes scopes, Organizations organizations) {
		this.scopes = scopes;
		this.organizations = organizations;
	}

	/**
	 * The evaluated part of the tree.
	 *
	 * @param caller the caller's data scope, always applied
	 * @param subtree the root's subtree, or null when it adds nothing to the caller's scope
	 */
	record Part(long rootId, String rootName, DataScope caller, DataScope subtree) {
	}

	/** Null: the caller's topmost organization and their whole scope. Outside the scope: not found. */
	Part resolve(Long rootId) {
		DataScope caller = scopes.current();
		if (rootId == null) {
			List<OrganizationView> roots = organizations.roots();
			if (roots.isEmpty()) {
				return new Part(WHOLE_SCOPE, "", caller, null);
			}
			return new Part(roots.get(0).id(), roots.get(0).name(), caller, null);
		}
		OrganizationView root = FoundOrForbidden.found(organizations.find(rootId), caller.coversOrganization(rootId),
				"organization", rootId);
		DataScope subtree = subtree(rootId);
		boolean wholeTree = caller.unrestricted() && root.parentId() == null && organizations.roots().size() == 1;
		return new Part(rootId, root.name(), caller, wholeTree || subtree.equals(caller) ? null : subtree);
	}

	/** The live children of the part's root that the caller may see, each as a part of its own. */
	List<Part> children(Part part) {
		if (part.rootId() == WHOLE_SCOPE) {
			return List.of();
		}
		return organizations.children(part.rootId())
			.stream()
			.map(child -> new Part(child.id(), child.name(), part.caller(), subtree(child.id())))
			.toList();
	}

	private DataScope subtree(long rootId) {
		SubtreeCoverage coverage = organizations.coverage(List.of(rootId));
		return DataScope.of(coverage.organizationIds(), coverage.divisionPrefixes());
	}
}
