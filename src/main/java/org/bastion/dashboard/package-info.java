/**
 * Dashboard (数据大屏): the signed-in user's figures on the home page and on a full-screen wall, one page per
 * indicator with its history, breakdown and drill-down, and the generated work report (工作简报) as a web
 * page, Word, PDF and Excel — all read from the indicators engine, never from another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
		allowedDependencies = {"indicators", "organization", "platform"})
package org.bastion.dashboard;
