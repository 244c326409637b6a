/**
 * Access (访问控制): who may sign in and what they may reach. For now a form login for people and
 * HTTP Basic for API clients over one configured administrator; users, roles and data scope by
 * organization subtree come with the access-control work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.bastion.access;
