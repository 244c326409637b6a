/**
 * Demo (演示数据): the generated Ninghua demo data for an empty embedded database, and the
 * province-scale generator used by benchmarks. All people are generated, never real persons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"geography", "organization", "people", "access", "pairing", "selection", "project", "funds"})
package org.bastion.demo;
