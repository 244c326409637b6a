/** Home (工作台): the start page after sign-in, and the login page. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.bastion.home;
