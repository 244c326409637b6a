package org.bastion.access.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeBinding;
import org.bastion.common.web.PerRequest;
import org.bastion.organization.Organizations;
import org.bastion.organization.SubtreeCoverage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The data scope of whoever acts now, computed afresh from the tree for each request (and kept
 * for the rest of that request only), so that moving a subtree changes scope at once:
 * <ul>
 * <li>a scope pinned to the thread ({@link ScopeBinding}: a user's long work): that scope, exactly;</li>
 * <li>outside any request (start-up, jobs, commands): everything;</li>
 * <li>an anonymous web request, or a principal who is no known enabled user: nothing;</li>
 * <li>the configured bootstrap administrator {@code admin}: everything;</li>
 * <li>the three separated administrators: nothing (they have no business data);</li>
 * <li>a {@link Role#MEMBER} only: their own person and their own branch;</li>
 * <li>everyone else: the subtrees of their organization and of their extra organizations, and the
 * divisions those govern — never more than each root's own division, whatever the organizations
 * below it are tied to, so that data a scoped user can edit cannot widen their scope.</li>
 * </ul>
 */
@Component
class UserDataScopes implements DataScopes {

	private static final String CACHE = UserDataScopes.class.getName() + ".scope";

	private final UserRepository users;
	/** Lazily: the tree asks this for its scope, and this asks the tree for subtrees. */
	private final ObjectProvider<Organizations> organizations;
	private final BootstrapAdmin bootstrap;

	UserDataScopes(UserRepository users, ObjectProvider<Organizations> organizations, BootstrapAdmin bootstrap) {
		this.users = users;
		this.organizations = organizations;
		this.bootstrap = bootstrap;
	}

	@Override
	public DataScope current() {
		Optional<DataScope> pinned = ScopeBinding.pinned();
		if (pinned.isPresent()) {
			return pinned.get();
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return DataScope.everything();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			return DataScope.nothing();
		}
		String name = authentication.getName();
		if (bootstrap.is(name)) {
			return DataScope.everything();
		}
		return PerRequest.cached(CACHE, name, () -> scopeOf(name));
	}

	/** The scope of the named user, computed now. */
	DataScope scopeOf(String username) {
		Optional<UserView> user = users.find(username);
		return user.filter(UserView::enabled).map(this::scopeOf).orElse(DataScope.nothing());
	}

	DataScope scopeOf(UserView user) {
		Set<Role> business = new HashSet<>(user.roles());
		business.removeIf(role -> !role.business());
		if (business.isEmpty()) {
			return DataScope.nothing();
		}
		if (business.equals(Set.of(Role.MEMBER))) {
			Set<Long> branch = user.organizationId() == null ? Set.of() : Set.of(user.organizationId());
			Set<Long> self = user.personId() == null ? Set.of() : Set.of(user.personId());
			return DataScope.of(branch, Set.of()).withPersons(self);
		}
		Set<Long> roots = new HashSet<>(user.extraSubtrees());
		if (user.organizationId() != null) {
			roots.add(user.organizationId());
		}
		SubtreeCoverage coverage = organizations.getObject().coverage(roots);
		DataScope scope = DataScope.of(coverage.organizationIds(), coverage.divisionPrefixes());
		return user.personId() == null ? scope : scope.withPersons(Set.of(user.personId()));
	}
}
