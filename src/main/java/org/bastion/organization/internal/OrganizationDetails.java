package org.bastion.organization.internal;

import java.time.LocalDateTime;

import org.bastion.organization.OrganizationView;

/** An organization with what only its own module's pages and API need: the version for optimistic locking. */
public record OrganizationDetails(OrganizationView view, long version, LocalDateTime createdAt) {
}
