package org.bastion.selection;

import java.util.Set;

/**
 * Where a candidate stands in 三荐两审一考察一公示 and afterwards. Each step leads only from the
 * state before it; {@link #REJECTED}, {@link #APPOINTED} and {@link #REMOVED} are final.
 */
public enum CandidateState {
	/** 三荐: recommended, awaiting the township's qualification review */
	RECOMMENDED,
	/** passed the township's qualification review (资格审查), awaiting the county's review */
	QUALIFIED,
	/** passed the county organization department's review (县委组织部复审), awaiting inspection */
	APPROVED,
	/** inspected (考察) with a favourable conclusion, awaiting the public notice */
	INSPECTED,
	/** on public notice (公示) */
	IN_NOTICE,
	/** in the reserve pool (后备力量库) */
	IN_POOL,
	/** out: a review or inspection failed, an objection was upheld, or a rule no longer held */
	REJECTED,
	/** left the pool appointed to office (调整任职) */
	APPOINTED,
	/** removed from the pool as unsuitable (不适合人选调整) */
	REMOVED;

	public boolean isFinal() {
		return Set.of(REJECTED, APPOINTED, REMOVED).contains(this);
	}
}
