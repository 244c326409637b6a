package org.bastion.organization;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Builds organizations with names no other test uses, so tests share one database safely. It acts
 * as the system (outside any request and without a user, whose data scope is everything), so that
 * fixtures are made whoever the test acts as.
 */
public final class TreeFixture {

	private final Organizations organizations;
	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	public TreeFixture(Organizations organizations) {
		this.organizations = organizations;
	}

	/** A text in every name this fixture makes, for searches that should find only them. */
	public String tag() {
		return tag;
	}

	public OrganizationView county(String name) {
		return asSystem(() -> organizations.create(new NewOrganization(name + tag, OrganizationKind.COUNTY_COMMITTEE, null, null, null)));
	}

	public OrganizationView township(String name, OrganizationView parent) {
		return under(name, OrganizationKind.TOWNSHIP_COMMITTEE, parent);
	}

	public OrganizationView village(String name, OrganizationView parent) {
		return under(name, OrganizationKind.VILLAGE_BRANCH, parent);
	}

	public OrganizationView under(String name, OrganizationKind kind, OrganizationView parent) {
		return tied(name, kind, null, parent);
	}

	/** An organization tied to a division, which must lie within the one its parent governs. */
	public OrganizationView tied(String name, OrganizationKind kind, String divisionCode, OrganizationView parent) {
		return asSystem(() -> organizations.create(new NewOrganization(name + tag, kind, null, divisionCode, parent.id())));
	}

	/**
	 * Runs {@code work} as the system: outside any request and without a signed-in user, as
	 * start-up and commands do, with an unrestricted data scope.
	 */
	public static <T> T asSystem(Supplier<T> work) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		SecurityContext security = SecurityContextHolder.getContext();
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
		try {
			return work.get();
		}
		finally {
			RequestContextHolder.setRequestAttributes(request);
			SecurityContextHolder.setContext(security);
		}
	}

	public static void asSystem(Runnable work) {
		asSystem(() -> {
			work.run();
			return null;
		});
	}
}
