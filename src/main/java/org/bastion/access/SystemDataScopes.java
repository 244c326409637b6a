package org.bastion.access;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Data scope while the only account is the configured administrator: the administrator and the
 * system see everything, an anonymous web request nothing. Per-user subtrees replace this with
 * the users and roles of the access-control work.
 */
@Component
class SystemDataScopes implements DataScopes {

	@Override
	public DataScope current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (signedIn) {
			return DataScope.everything();
		}
		return RequestContextHolder.getRequestAttributes() == null ? DataScope.everything() : DataScope.nothing();
	}
}
