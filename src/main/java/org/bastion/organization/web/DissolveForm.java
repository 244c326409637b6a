package org.bastion.organization.web;

public class DissolveForm {

	private Long transferToId;

	public Long getTransferToId() {
		return transferToId;
	}

	public void setTransferToId(Long transferToId) {
		this.transferToId = transferToId;
	}
}
