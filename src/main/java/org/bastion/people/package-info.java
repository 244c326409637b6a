/**
 * People (人员): persons — Party members, cadres with their rank, village cadres, reserve cadres,
 * mentors, talents, residents — with their tags, and registered poor households (建档立卡贫困户).
 * Other modules read them through {@link org.bastion.people.People} and
 * {@link org.bastion.people.Households}; ID numbers and phones leave this module only masked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = {"geography", "organization", "access", "platform", "indicators"})
package org.bastion.people;
