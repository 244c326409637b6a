package org.bastion.pairing.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.common.security.SignedIn;
import org.bastion.organization.OrganizationPageSection;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.bastion.people.PersonPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A person's and an organization's pairings on their pages, through the people and organization
 * modules' section extension points; shown only to those who may read pairings, and only when
 * there are any.
 */
@Configuration(proxyBeanMethods = false)
class PairingSections {

	static final String FRAGMENT = "pairing/sections :: pairs";

	@Bean
	PersonPageSection personPairings(Pairings pairings) {
		return new PersonPageSection() {
			@Override
			public String fragment() {
				return FRAGMENT;
			}

			@Override
			public Object model(long personId) {
				return mayRead() ? nonEmpty(pairings.ofPerson(personId)) : null;
			}
		};
	}

	@Bean
	OrganizationPageSection organizationPairings(Pairings pairings) {
		return new OrganizationPageSection() {
			@Override
			public String fragment() {
				return FRAGMENT;
			}

			@Override
			public Object model(long organizationId) {
				return mayRead() ? nonEmpty(pairings.ofOrganization(organizationId)) : null;
			}
		};
	}

	private static List<PairingView> nonEmpty(List<PairingView> pairs) {
		return pairs.isEmpty() ? null : pairs;
	}

	private static boolean mayRead() {
		return SignedIn.holds(Authorities.PAIRING_READ);
	}
}
