/**
 * Calendar (工作日历): the official working-day calendar — public holidays and the make-up working
 * days (调休) announced each year — and counting in working days, e.g. for public-notice periods.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.bastion.calendar;
