package org.bastion.audit.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bastion.audit.*}.
 *
 * @param retentionDays how long entries are kept at least; below 180 days (等保 2.0 level 3 and the
 *        Cybersecurity Law, art. 21) the application refuses to start
 * @param trustForwardedFor take the client address from {@code X-Forwarded-For}; only behind a
 *        proxy that sets it, as clients can forge it
 * @param zone the time zone of the days in searches; {@code application.yml} sets it to
 *        {@code bastion.zone}, the zone {@code CountyTime} shows every time in
 */
@ConfigurationProperties("bastion.audit")
public record AuditProperties(@DefaultValue("180") int retentionDays, @DefaultValue("false") boolean trustForwardedFor,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

	public static final int MINIMUM_RETENTION_DAYS = 180;

	public AuditProperties {
		if (retentionDays < MINIMUM_RETENTION_DAYS) {
			throw new IllegalArgumentException("bastion.audit.retention-days is " + retentionDays
					+ "; audit entries must be kept at least " + MINIMUM_RETENTION_DAYS + " days");
		}
	}
}
