/**
 * Platform: the shared pieces with beans that every program module stands on — among them the
 * clustered timers (定时任务) and long work with progress (后台任务). See {@code docs/platform.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.bastion.platform;
