/**
 * The audit event every module publishes for a change, import, export, sign-in or view of personal
 * data; the audit module records it in the hash-chained audit trail.
 */
package org.bastion.common.audit;
