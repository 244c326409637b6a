package org.bastion.selection;

/** Grades of the annual assessment: 优秀, 称职, 基本称职, 不称职. */
public enum AssessmentGrade {
	EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT
}
