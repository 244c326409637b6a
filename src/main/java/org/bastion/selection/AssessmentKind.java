package org.bastion.selection;

/** The "daily + annual" double assessment (日常+年度). */
public enum AssessmentKind {
	DAILY, ANNUAL
}
