/**
 * Project (项目登记): the registry of projects every program reuses — assistance projects brought by
 * branch–village pairings, professional cooperatives founded, industry, mentee, community benefit,
 * road and lighting projects — with kind, village, owner organization, dates, status, investment and
 * yearly income gain. Other modules register and read projects through {@link org.bastion.project.Projects};
 * a project may name the record it belongs to (type and id), which the registry never reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project",
		allowedDependencies = {"geography", "organization", "platform", "indicators"})
package org.bastion.project;
