package org.bastion.pairing;

/** How a pairing brought a household into work (带动方式). */
public enum WorkWay {
	/** 就业: a job. */
	EMPLOYMENT,
	/** 创业: a business of its own. */
	BUSINESS,
	/** 产业: a share in an industry (land, capital or labour in a project or cooperative). */
	INDUSTRY
}
