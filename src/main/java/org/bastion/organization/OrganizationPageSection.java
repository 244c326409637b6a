package org.bastion.organization;

/**
 * A section that another module adds to an organization's page (e.g. its pairings), so that the
 * organization module shows it without depending on that module. The page renders every section
 * whose model is not null.
 */
public interface OrganizationPageSection {

	/** The Thymeleaf fragment that renders the section; it reads {@code section}. */
	String fragment();

	/** What the section shows for the organization, or null to leave it out. */
	Object model(long organizationId);
}
