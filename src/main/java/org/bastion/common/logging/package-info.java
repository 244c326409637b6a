/** Logging that keeps personal data out of log lines. */
package org.bastion.common.logging;
