/**
 * Platform: the shared pieces with beans that every program module stands on — today the
 * clustered timers (定时任务). See {@code docs/platform.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.bastion.platform;
