/**
 * Geography (地理): China's administrative divisions (行政区划) with their official codes, from
 * province down to village-level committees (村委会 / 居委会). Other modules refer to a place by
 * its code and ask this module's {@link org.bastion.geography.Divisions} about it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.bastion.geography;
