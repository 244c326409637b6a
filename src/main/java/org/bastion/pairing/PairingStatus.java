package org.bastion.pairing;

/** 拟定 → 生效 → 结束 (with a reason). */
public enum PairingStatus {
	PROPOSED, ACTIVE, ENDED;

	public boolean live() {
		return this != ENDED;
	}
}
