package org.bastion.indicators;

/**
 * One child organization's part of a value (breakdown). Distinct counts of the children need not
 * add up to the parent's: a record may lie in two children, or in the parent itself.
 */
public record IndicatorShare(long organizationId, String organizationName, IndicatorValue value) {
}
