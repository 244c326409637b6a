package org.bastion.people;

/**
 * A section that another module adds to a person's page (e.g. the person's pairings), so that the
 * people module shows it without depending on that module. The page renders every section whose
 * model is not null, in the order of {@link org.springframework.core.annotation.Order}.
 */
public interface PersonPageSection {

	/** The Thymeleaf fragment that renders the section, e.g. {@code pairing/sections :: person}; it reads {@code section}. */
	String fragment();

	/** What the section shows for the person, or null to leave it out (nothing to show, or not allowed to see it). */
	Object model(long personId);
}
